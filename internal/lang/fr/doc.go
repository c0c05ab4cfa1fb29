// Package fr holds what storyline knows of French: the words and rules every
// stage uses for text in that language, in one place.
package fr
