// Package en holds what storyline knows of English: the words and rules every
// stage uses for text in that language, in one place.
package en
