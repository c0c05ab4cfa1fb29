package search

import (
	"strings"
	"unicode"
)

// Fragment is a piece of text, marked when it matches the query.
type Fragment struct {
	Text  string
	Match bool
}

// ellipsis marks where Snippet cut the text.
const ellipsis = "…"

// maxAnchors bounds the matches Snippet tries as the start of its passage.
const maxAnchors = 256

// Highlight returns the whole text in fragments, every match of q marked.
// The fragments' texts joined are the text, invalid UTF-8 sequences
// replaced by U+FFFD. Neighbouring fragments differ in Match.
func (sr *Searcher) Highlight(text string, q Query) []Fragment {
	text = strings.ToValidUTF8(text, "\uFFFD")
	if text == "" {
		return nil
	}
	return appendFragments(nil, text, 0, len(text), sr.newMatcher(q).find(text))
}

// Snippet returns the best passage of text for q: at most n runes (the
// ellipses that mark a cut included), cut on word boundaries, with the
// matches marked. The passage is the one with the most distinct query
// words, then the most matches; without a match it is the start of the
// text. Runs of white space become one space and invalid UTF-8 sequences
// U+FFFD. Neighbouring fragments differ in Match.
func (sr *Searcher) Snippet(text string, q Query, n int) []Fragment {
	if n <= 0 {
		return nil
	}
	text = strings.Join(strings.Fields(strings.ToValidUTF8(text, "\uFFFD")), " ")
	if text == "" {
		return nil
	}
	spans := sr.newMatcher(q).find(text)
	rs, offs := runesOf(text)
	if len(rs) <= n {
		return appendFragments(nil, text, 0, len(text), spans)
	}
	start := bestStart(rs, offs, spans, n)
	budget := n
	if start > 0 {
		budget--
	}
	end := len(rs)
	if start+budget < len(rs) {
		budget-- // the closing ellipsis
		end = wordEnd(rs, start, start+budget)
	}
	var out []Fragment
	if start > 0 {
		out = appendFragment(out, ellipsis, false)
	}
	out = appendFragments(out, text, offs[start], offs[end], spans)
	if end < len(rs) {
		out = appendFragment(out, ellipsis, false)
	}
	return out
}

// runesOf returns the runes of text and the byte offset of each, with
// len(text) after the last.
func runesOf(text string) ([]rune, []int) {
	rs := make([]rune, 0, len(text))
	offs := make([]int, 0, len(text)+1)
	for i, r := range text {
		rs = append(rs, r)
		offs = append(offs, i)
	}
	return rs, append(offs, len(text))
}

// bestStart returns the rune index where the best passage of n runes
// starts: the text's start, or a word start a little before a match, the
// one whose passage holds the most distinct query words, then the most
// matches; the earliest on a tie.
func bestStart(rs []rune, offs []int, spans []span, n int) int {
	if len(spans) == 0 {
		return 0
	}
	lead := n / 5
	runeAt := func(b int) int { // the rune index of byte offset b
		lo, hi := 0, len(offs)-1
		for lo < hi {
			mid := (lo + hi) / 2
			if offs[mid] < b {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		return lo
	}
	starts := []int{0}
	for i, s := range spans {
		if i == maxAnchors {
			break
		}
		a := runeAt(s.start)
		starts = append(starts, wordStart(rs, max(0, a-lead), a))
	}
	best, bestScore := 0, -1
	for _, st := range starts {
		limit := offs[max(st, min(len(rs), st+n-2))]
		from := offs[st]
		words := map[int]bool{}
		count := 0
		for _, s := range spans {
			if s.start >= from && s.end <= limit {
				words[s.word] = true
				count++
			}
		}
		if score := len(words)*(maxAnchors+1)*4 + min(count, maxAnchors*4); score > bestScore || score == bestScore && st < best {
			best, bestScore = st, score
		}
	}
	return best
}

// wordStart returns the first rune index in [from, to] where a word
// starts, or to.
func wordStart(rs []rune, from, to int) int {
	for k := from; k < to; k++ {
		if k == 0 || boundary(rs[k-1], rs[k]) && !unicode.IsSpace(rs[k]) {
			return k
		}
	}
	return to
}

// wordEnd returns the last rune index in (start, limit] where a word
// ends, spaces before it left out; limit itself when no word ends there
// (one word longer than the passage).
func wordEnd(rs []rune, start, limit int) int {
	for k := limit; k > start; k-- {
		if k == len(rs) || boundary(rs[k-1], rs[k]) && !unicode.IsSpace(rs[k-1]) {
			return k
		}
	}
	return max(limit, start)
}

// boundary reports whether a word boundary falls between runes a and b:
// a space on either side, or an ideograph or kana, which are written
// without spaces.
func boundary(a, b rune) bool {
	return unicode.IsSpace(a) || unicode.IsSpace(b) || wide(a) || wide(b)
}

// wide reports whether r is written without spaces between words.
func wide(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}

// appendFragments appends text[from:to] to out in fragments, the parts
// that spans cover marked.
func appendFragments(out []Fragment, text string, from, to int, spans []span) []Fragment {
	pos := from
	for _, s := range spans {
		a, b := max(s.start, pos), min(s.end, to)
		if a >= b {
			continue
		}
		out = appendFragment(out, text[pos:a], false)
		out = appendFragment(out, text[a:b], true)
		pos = b
	}
	return appendFragment(out, text[pos:to], false)
}

// appendFragment appends a fragment to out, joined to the last one when
// both match or both do not.
func appendFragment(out []Fragment, text string, match bool) []Fragment {
	if text == "" {
		return out
	}
	if n := len(out); n > 0 && out[n-1].Match == match {
		out[n-1].Text += text
		return out
	}
	return append(out, Fragment{Text: text, Match: match})
}
