// Package ja holds what storyline knows of Japanese: the words and rules every
// stage uses for text in that language, in one place.
package ja
