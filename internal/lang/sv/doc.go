// Package sv holds what storyline knows of Swedish: the words and rules every
// stage uses for text in that language, in one place.
package sv
