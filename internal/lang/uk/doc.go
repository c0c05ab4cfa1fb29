// Package uk holds what storyline knows of Ukrainian: the words and rules every
// stage uses for text in that language, in one place.
package uk
