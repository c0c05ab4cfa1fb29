// Package es holds what storyline knows of Spanish: the words and rules every
// stage uses for text in that language, in one place.
package es
