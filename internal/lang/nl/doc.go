// Package nl holds what storyline knows of Dutch: the words and rules every
// stage uses for text in that language, in one place.
package nl
