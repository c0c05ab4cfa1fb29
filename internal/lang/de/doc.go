// Package de holds what storyline knows of German: the words and rules every
// stage uses for text in that language, in one place.
package de
