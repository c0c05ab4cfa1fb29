package tagger

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"hash/fnv"
	"slices"
	"sync"
	"unicode/utf8"
)

// deNounsGz lists German common nouns, one folded word a line, gzipped:
// the capitalised words of German that are no names. Written by gen/nouns
// from the FreeDict German-English dictionary (go generate).
//
//go:generate go run ./gen/nouns -o de-nouns.txt.gz
//go:embed de-nouns.txt.gz
var deNounsGz []byte

// deNouns are the hashes of the German nouns, sorted.
var deNouns = sync.OnceValue(func() []uint64 {
	zr, err := gzip.NewReader(bytes.NewReader(deNounsGz))
	if err != nil {
		panic("tagger: de-nouns.txt.gz: " + err.Error()) // embedded: cannot happen
	}
	var hs []uint64
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		hs = append(hs, hash64(sc.Text()))
	}
	if err := sc.Err(); err != nil {
		panic("tagger: de-nouns.txt.gz: " + err.Error())
	}
	slices.Sort(hs)
	return hs
})

func hash64(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// Noun classes of a word, for the German lexicon.
const (
	notNoun  byte = iota
	noun          // a German common noun
	nounTail      // a compound whose last part is one ("Fußballtraining")
)

// nounClass says whether the folded word of language code is a common
// noun of the language's lexicon (only German has one) or ends in one:
// a tail of four runes or more after a head of three or more.
func nounClass(code, fold string) byte {
	if code != "de" {
		return notNoun
	}
	hs := deNouns()
	has := func(w string) bool {
		_, ok := slices.BinarySearch(hs, hash64(w))
		return ok
	}
	if has(fold) {
		return noun
	}
	n := utf8.RuneCountInString(fold)
	for i, k := 0, 0; i < len(fold) && n-k >= 4; k++ {
		if k >= 3 && has(fold[i:]) {
			return nounTail
		}
		_, size := utf8.DecodeRuneInString(fold[i:])
		i += size
	}
	return notNoun
}
