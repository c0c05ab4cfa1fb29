package xlang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// FreeDict entries are TEI turned into plain text. The first line holds the
// headword, then optionally its pronunciation (/.../), an abbreviation
// ("(ALS /ˈals/)") and grammar ("<fem, n, sg>"). The translations follow,
// either on one line or as numbered senses ("1. dictate", "I.  <Adj>
// ..."); between and after them come notes, examples in quotes, synonyms,
// cross-references and, in some dictionaries, a definition in the source
// language on the line after the translations. Translations are separated
// by commas and semicolons and carry their own tags: domains ("[pol.]"),
// regions ("[Am.]"), grammar ("<n>"), glosses in parentheses, and
// abbreviations glued to a grammar tag ("government <n>Gov.,  /ɡˈoːf/").

const (
	// maxSenses is how many senses of an entry are read: the first senses
	// are the common ones, and later ones add noise.
	maxSenses = 4
	// maxItems is how many translations of one sense are read.
	maxItems = 5
	// maxItemWords is the longest translation, in words, worth reading;
	// longer ones are definitions.
	maxItemWords = 4
)

// entry is one parsed dictionary entry.
type entry struct {
	// heads are the headword and its spelling variants.
	heads []string
	// senses are the translations of each sense, cleaned of tags, in
	// order; at most maxSenses senses of at most maxItems items.
	senses [][]string
}

// parseEntry parses the text of one entry. It never fails: what cannot be
// read is left out.
func parseEntry(text string) entry {
	var e entry
	first, rest, _ := strings.Cut(text, "\n")
	e.heads = parseHead(first)
	if len(e.heads) == 0 {
		return e
	}
	inSense := false // the current sense has its translation line
	for line := range strings.SplitSeq(rest, "\n") {
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		marker, body, _ := cutSenseMarker(t)
		if marker {
			// A numbered sense: its first line holds its translations,
			// whatever it starts with ("1. (tıb.) afazi"). A number
			// alone on its line opens a sense without translations,
			// whose definition follows (Polish-English: " 3.\nimię
			// męskie").
			inSense = body == ""
		}
		if t = body; t == "" || inSense || !marker && skipLine(t) {
			continue
		}
		inSense = true
		if len(e.senses) >= maxSenses {
			break
		}
		if items := splitItems(t); len(items) > 0 {
			e.senses = append(e.senses, items)
		}
	}
	return e
}

// parseHead returns the headwords of an entry's first line: the text before
// the pronunciation, abbreviation or grammar, split at spaced commas
// ("nicaea , nicea /.../"; "lange, heftige Menstruationsblutung" is one).
func parseHead(line string) []string {
	end := len(line)
	for _, sep := range []string{" /", " (", " <", "\t"} {
		i := strings.Index(line, sep)
		if sep == " /" {
			// A pronunciation, not a slash between words ("Mann /
			// Frau").
			for i >= 0 && i+2 < len(line) && line[i+2] == ' ' {
				j := strings.Index(line[i+2:], sep)
				if j < 0 {
					i = -1
					break
				}
				i += 2 + j
			}
		}
		if i >= 0 && i < end {
			end = i
		}
	}
	var heads []string
	for h := range strings.SplitSeq(line[:end], " , ") {
		if h = strings.TrimSpace(h); h != "" && !isAbbreviation(h) {
			heads = append(heads, h)
		}
	}
	return heads
}

// cutSenseMarker removes the sense numbers that open a line ("1. ", "I.  ",
// "2. a. ") and reports whether there was one. A lone letter ("a. ",
// "b.") continues the current sense rather than opening a new one, so
// marker is false for it.
func cutSenseMarker(line string) (marker bool, body string, ok bool) {
	body = line
	for {
		i := 0
		for i < len(body) && body[i] != '.' && i < 5 {
			i++
		}
		if i == 0 || i >= len(body) || body[i] != '.' || i+1 < len(body) && body[i+1] != ' ' {
			return marker, body, ok
		}
		tok := body[:i]
		switch {
		case isDigits(tok) || isRoman(tok):
			marker = true
		case len(tok) == 1 && 'a' <= tok[0] && tok[0] <= 'h':
		default:
			return marker, body, ok
		}
		ok = true
		body = strings.TrimSpace(body[i+1:])
	}
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isRoman(s string) bool {
	return s != "" && strings.Trim(s, "IVX") == ""
}

// skipLine reports a line that holds no translations: an example, a note,
// synonyms, cross-references, a gloss in parentheses, a continuation.
func skipLine(t string) bool {
	switch t[0] {
	case '"', '(', '-', '{', '=', '*':
		return true
	}
	for _, p := range []string{"Note:", "Notes:", "Synonym:", "Synonyms:", "Antonym:", "Antonyms:", "see:", "See:", "Usage:"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// splitItems cleans a line of translations and splits it into items.
func splitItems(line string) []string {
	line = stripTags(line)
	// A sentence after the translations ("... malumat vermek. be
	// acquainted with tanımak") or a gloss after a dash ("ديكارت -
	// فيلسوف") is no translation.
	for _, sep := range []string{". ", " - ", " – "} {
		if i := strings.Index(line, sep); i >= 0 {
			line = line[:i]
		}
	}
	var items []string
	for it := range strings.FieldsFuncSeq(line, func(r rune) bool { return r == ',' || r == ';' || r == '|' }) {
		it = strings.Trim(it, " .:!?·…\t")
		if it == "" || isAbbreviation(it) || wordCount(it) > maxItemWords {
			continue
		}
		items = append(items, it)
		if len(items) == maxItems {
			break
		}
	}
	return items
}

// stripTags removes tags, glosses and pronunciations from a line of
// translations: "<n>" (and an abbreviation glued to it, up to the next
// comma), "[Am.]", "(of sth)", "{...}", and "/ɡˈoːf/" after a space, with
// the abbreviation that follows it.
func stripTags(line string) string {
	var b strings.Builder
	b.Grow(len(line))
	depth := 0 // nesting of (), [], {}
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch c {
		case '(', '[', '{':
			depth++
			continue
		case ')', ']', '}':
			if depth > 0 {
				depth--
			}
			continue
		}
		if depth > 0 {
			continue
		}
		switch {
		case c == '<':
			j := strings.IndexByte(line[i:], '>')
			if j < 0 {
				return b.String()
			}
			i += j
			if i+1 < len(line) && line[i+1] != ' ' && line[i+1] != ',' && line[i+1] != ';' {
				// A glued abbreviation: skip to the next separator.
				i = skipToSep(line, i+1) - 1
			}
		case c == '/' && (i == 0 || line[i-1] == ' '):
			j := strings.IndexByte(line[i+1:], '/')
			if j < 0 {
				b.WriteByte(c)
				continue
			}
			// The pronunciation of an abbreviation: drop it and what
			// follows up to the next separator.
			i = skipToSep(line, i+1+j+1) - 1
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// skipToSep returns the index of the next comma or semicolon at or after
// i, or len(s).
func skipToSep(s string, i int) int {
	if i >= len(s) {
		return len(s)
	}
	if j := strings.IndexAny(s[i:], ",;"); j >= 0 {
		return i + j
	}
	return len(s)
}

// isAbbreviation reports an abbreviation or a symbol rather than a word:
// no letter, all capitals ("NATO", "Gov."), or a word that ends in a full
// stop ("approx.").
func isAbbreviation(s string) bool {
	letters, upper := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters == 0 {
		return true
	}
	if upper == letters && letters > 1 {
		return true
	}
	return strings.HasSuffix(s, ".") && !strings.Contains(s, " ")
}

// wordCount counts the space-separated words of s.
func wordCount(s string) int {
	n, in := 0, false
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}
