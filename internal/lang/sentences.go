package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/lang/token"
)

// Sentences splits a text into its sentences, each trimmed, in order;
// together they hold every word of s. A sentence ends at a full stop,
// question or exclamation mark of any script (".", "?", "!", "؟", "۔",
// "।", "。", "？", "！", "…") followed by a space, or by nothing in Han and
// kana text, with the closing quotes and brackets after the mark. A lone
// full stop ends no sentence after an abbreviation of any language ("Gen.",
// "Dr."), an initial ("J. Smith"), a dotted acronym ("U.S.") or before a
// word in lower case; the dots inside numbers ("6.4") and addresses
// ("example.com") are no stops at all.
func Sentences(s string) []string {
	toks := token.Tokenize(s)
	var out []string
	start := 0
	for i := 0; i+1 < len(toks); i++ {
		prev, next := &toks[i], &toks[i+1]
		cut := sentenceCut(s[prev.End:next.Start], prev, next)
		if cut < 0 {
			continue
		}
		if sent := strings.TrimSpace(s[start : prev.End+cut]); sent != "" {
			out = append(out, sent)
		}
		start = prev.End + cut
	}
	if sent := strings.TrimSpace(s[start:]); sent != "" {
		out = append(out, sent)
	}
	return out
}

// sentenceCut returns where in gap, the text between the tokens prev and
// next of s, one sentence ends and the next begins, or -1 when none ends
// there.
func sentenceCut(gap string, prev, next *token.Token) int {
	mark := strings.IndexFunc(gap, isSentenceMark)
	if mark < 0 {
		return -1
	}
	// Only stops: not after an abbreviation, initial or acronym, nor
	// before a word in lower case.
	stopsOnly := strings.Trim(gap, " .…\"'”’»)]") == "" && !strings.ContainsAny(gap, "?!")
	if stopsOnly {
		r, _ := utf8.DecodeRuneInString(next.Text)
		if unicode.IsLower(r) {
			return -1
		}
		if strings.HasPrefix(gap, ".") && (utf8.RuneCountInString(prev.Text) == 1 && prev.Kind == token.Word ||
			prev.End-prev.Start != len(prev.Text) || IsAbbrev(strings.ToLower(prev.Text))) {
			return -1
		}
	}
	// The sentence takes the marks and what closes them; the next begins
	// after them, at a space, or at once after a mark of Han and kana text.
	cut, han := mark, false
	for cut < len(gap) {
		r, size := utf8.DecodeRuneInString(gap[cut:])
		if !isSentenceMark(r) && !strings.ContainsRune(closers, r) {
			break
		}
		han = han || r == '。' || r == '！' || r == '？'
		cut += size
	}
	if cut == len(gap) || unicode.IsSpace(rune(gap[cut])) || han {
		return cut
	}
	return -1
}

// closers close a sentence after its mark: quotes and brackets.
const closers = "\"'”’»)]」』）】"

// isSentenceMark reports a mark that can end a sentence.
func isSentenceMark(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '؟', '۔', '।', '。', '！', '？':
		return true
	}
	return false
}
