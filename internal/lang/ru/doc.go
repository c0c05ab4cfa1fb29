// Package ru holds what storyline knows of Russian: the words and rules every
// stage uses for text in that language, in one place.
package ru
