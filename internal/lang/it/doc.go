// Package it holds what storyline knows of Italian: the words and rules every
// stage uses for text in that language, in one place.
package it
