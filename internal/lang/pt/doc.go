// Package pt holds what storyline knows of Portuguese: the words and rules every
// stage uses for text in that language, in one place.
package pt
