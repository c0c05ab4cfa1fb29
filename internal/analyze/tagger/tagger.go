// Package tagger finds the names of persons, organisations and places in a
// sentence with a learned sequence tagger: a first-order structured
// perceptron over IOB2 tags, its weights averaged, decoded with Viterbi.
//
// One Model serves one language. A model is trained from annotated sentences
// (Train), written in a compact binary form (Model.WriteTo) and read back
// (Load); the trainer is "storyline train entities". The tagger reads words as
// lang/token gives them (Words), one Han character a word, so the words it
// was trained on and the words it tags are cut the same way.
package tagger

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/lang/token"
)

// Tag is the IOB2 tag of one word.
type Tag uint8

// The tags. A name starts with B- and goes on with I- of its type.
const (
	O Tag = iota
	BPer
	IPer
	BLoc
	ILoc
	BOrg
	IOrg
	numTags
)

var tagNames = [numTags]string{"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"}

// String returns the tag as IOB2 writes it ("B-PER").
func (t Tag) String() string {
	if t < numTags {
		return tagNames[t]
	}
	return "?"
}

// ParseTag reads an IOB2 tag ("B-LOC"); ok is false for any other string.
func ParseTag(s string) (t Tag, ok bool) {
	for i, n := range tagNames {
		if n == s {
			return Tag(i), true
		}
	}
	return O, false
}

// Type is the type of the name a tag belongs to: "PER", "LOC", "ORG", or ""
// for O.
func (t Tag) Type() string {
	if t == O || t >= numTags {
		return ""
	}
	return tagNames[t][2:]
}

// begins reports whether t starts a name.
func (t Tag) begins() bool { return t == BPer || t == BLoc || t == BOrg }

// allowed reports whether tag cur may follow tag prev in IOB2 (prev < 0 at
// the start of a sentence): I- of a type only after B- or I- of that type.
func allowed(prev int, cur Tag) bool {
	if cur == O || cur.begins() {
		return true
	}
	return prev > 0 && (Tag(prev) == cur || Tag(prev) == cur-1)
}

// Span is one name: the words [Start, End) and its type ("PER", "LOC",
// "ORG").
type Span struct {
	Start, End int
	Type       string
}

// Spans returns the names the tags mark. An I- tag that does not continue a
// name of its type starts one, as the CoNLL scorer reads it.
func Spans(tags []Tag) []Span {
	var spans []Span
	for i, t := range tags {
		switch {
		case t == O || t >= numTags:
			continue
		case !t.begins() && len(spans) > 0 && spans[len(spans)-1].End == i && spans[len(spans)-1].Type == t.Type():
			spans[len(spans)-1].End = i + 1
		default:
			spans = append(spans, Span{Start: i, End: i + 1, Type: t.Type()})
		}
	}
	return spans
}

// Word is one word as the tagger reads it.
type Word struct {
	// Text is the word as lang/token gives it.
	Text string
	// Punct is the punctuation written between the word before and this
	// one (or before the first word), without spaces: "," "." "(" "«".
	Punct string
}

// Words cuts text into the words the tagger reads: the tokens of
// token.Tokenize, each run of Han ideographs cut into single characters,
// each with the punctuation before it. It returns the tokens too, one a
// word, for their offsets.
func Words(text string) ([]Word, []token.Token) { return WordsOf(text, token.Tokenize(text)) }

// WordsOf is Words of text already cut into tokens by token.Tokenize.
func WordsOf(text string, tokens []token.Token) ([]Word, []token.Token) {
	var words []Word
	var toks []token.Token
	prevEnd := 0
	for _, t := range tokens {
		punct := gapPunct(text[prevEnd:t.Start])
		prevEnd = t.End
		if t.Kind != token.Han || utf8.RuneCountInString(t.Text) == 1 || len(t.Text) != t.End-t.Start {
			words = append(words, Word{Text: t.Text, Punct: punct})
			toks = append(toks, t)
			continue
		}
		for off, r := range t.Text {
			n := utf8.RuneLen(r)
			words = append(words, Word{Text: t.Text[off : off+n], Punct: punct})
			toks = append(toks, token.Token{Text: t.Text[off : off+n], Start: t.Start + off, End: t.Start + off + n, Kind: token.Han})
			punct = ""
		}
	}
	return words, toks
}

// StartPunct returns the punctuation a sentence's first word carries, for
// gap, the text before it since the last word of the sentence before: the
// punctuation after the last end of a sentence or a line in gap (". «"
// gives "«"). Words gives the first word of each sentence all of gap; the
// model learned from sentences cut apart.
func StartPunct(gap string) string {
	if k := strings.LastIndexAny(gap, ".!?。！？\n"); k >= 0 {
		_, size := utf8.DecodeRuneInString(gap[k:])
		gap = gap[k+size:]
	}
	return gapPunct(gap)
}

// gapPunct returns the punctuation of the text between two words, spaces
// dropped, at most four runes.
func gapPunct(gap string) string {
	if gap == "" || gap == " " {
		return ""
	}
	var b strings.Builder
	n := 0
	for _, r := range gap {
		if unicode.IsSpace(r) || r == '\u200c' || r == '\u200b' {
			continue
		}
		if n == 4 {
			break
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}
