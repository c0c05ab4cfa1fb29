package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/dates"
	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/fold"
)

// Line measures and the classification of one line of a scraped page,
// from the line alone: see classifyLine.

// isHan reports Han ideographs and Japanese kana, written without spaces.
func isHan(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r))
}

// measureLine counts the words of a line (tokens holding a letter or a
// digit; Han and kana characters two to a word, Thai and similar unspaced
// scripts five letters to a word) and reports whether it ends like a
// sentence.
func measureLine(t string) (words int, hasHan, end bool) {
	counted, han, thai := false, 0, 0 // counted: the current token has been counted as a word
	for _, r := range t {
		switch {
		case r == ' ':
			counted = false
		case r < 0x80:
			if !counted && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
				words++
				counted = true
			}
		case isHan(r):
			han++
			counted = false
		case r >= 0x0E00 && r <= 0x0EFF || r >= 0x1000 && r <= 0x109F || r >= 0x1780 && r <= 0x17FF:
			thai++
		default:
			if !counted && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				words++
				counted = true
			}
		}
	}
	words += (han+1)/2 + thai/5
	return words, han > 0, endsSentence(t)
}

// endsSentence reports whether a line ends with sentence punctuation,
// possibly followed by closing quotes or brackets. A closing quote alone
// does not end a sentence (headlines often end with a quoted name).
func endsSentence(t string) bool {
	for len(t) > 0 {
		r, size := utf8.DecodeLastRuneInString(t)
		switch r {
		case '.', '!', '?', '؟', '。', '！', '？', '…', '۔', '।':
			return true
		case '"', '\'', '”', '“', '’', '»', '«', ')', ']', '）', '」', '』', '›', ' ', '*':
			t = t[:len(t)-size]
		default:
			return false
		}
	}
	return false
}

// lineStats counts capitalised words, all-capital words, repeated
// capitalised words, ampersands and menu separators.
type lineStats struct {
	cased, capped, allCaps int
	repeated               bool
	amp                    bool
	seps                   int
	firstNumber            bool
	function               bool // holds an English function word ("In", "of"), as title-case headlines do
	punct                  bool // a word ends with punctuation other than "&"
}

func statsOf(t string) lineStats {
	var st lineStats
	fields := strings.Fields(t)
	for i, w := range fields {
		switch w {
		case "&":
			st.amp = true
			continue
		case "|", "•", "·", ">", "»", "›", "/", "-", "–", "—", "::":
			st.seps++
			continue
		}
		if len(w) <= 8 {
			var buf [8]byte
			for k := 0; k < len(w); k++ {
				c := w[k]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf[k] = c
			}
			if titleCaseFunctionWords[string(buf[:len(w)])] {
				st.function = true
			}
		}
		if last, _ := utf8.DecodeLastRuneInString(w); unicode.IsPunct(last) && i < len(fields)-1 {
			st.punct = true
		}
		r, _ := utf8.DecodeRuneInString(w)
		if i == 0 {
			if _, ok := dates.DigitValue(r); ok && len(w) <= 2 {
				st.firstNumber = true
			}
		}
		if !unicode.IsUpper(r) && !unicode.IsLower(r) {
			continue
		}
		st.cased++
		if unicode.IsUpper(r) {
			st.capped++
			if len(w) >= 3 && !st.repeated && i < 32 {
				for _, v := range fields[:i] {
					if strings.EqualFold(v, w) {
						st.repeated = true
						break
					}
				}
			}
			upper, letters := true, 0
			for _, c := range w {
				if unicode.IsLetter(c) {
					letters++
					if !unicode.IsUpper(c) {
						upper = false
					}
				}
			}
			if upper && letters >= 2 {
				st.allCaps++
			}
		}
	}
	return st
}

func (p *textPage) classify() {
	for i := range p.lines {
		l := &p.lines[i]
		classifyLine(l)
		// A sentence of a paragraph is prose, whatever its own ending or
		// capitals, unless a cue made it chrome; a notice among them
		// (cookies, newsletters, comments) drops itself only, as the
		// sentences after it go on with the paragraph.
		switch {
		case !l.sentence:
		case l.kind == kShort || l.kind == kLong || l.kind == kNav:
			l.kind, l.list = kProse, false
		case l.kind == kSection && l.words > 4:
			l.kind = kChrome
		case l.kind == kCredit && l.words > 15:
			// A photo credit run into a sentence: the sentence stays.
			l.kind = kProse
		}
	}
}

// classifyLine decides what a line is from the line alone.
func classifyLine(l *textLine) {
	f := l.fold
	reach := notSentence
	switch {
	case l.end && l.words > 30:
		reach = anywhere
	case l.end:
		reach = notProse
	}
	// Notices: copyright, comment forms, cookies, newsletters.
	if phrases.find(f, reach, l.han) {
		l.kind = kSection
		return
	}
	if strings.Contains(f, "©") || strings.HasPrefix(f, "copyright") || strings.HasPrefix(f, "(c) ") {
		if l.words <= 6 && !strings.HasPrefix(f, "copyright") {
			l.kind = kCredit // "© Reuters"
		} else {
			l.kind = kSection
		}
		return
	}
	// Dates and bylines.
	if l.words <= 20 && hasDigit(l.text) {
		if m, ok := dates.First(l.text); ok {
			rest := strings.TrimSpace(l.text[:m.Start] + " " + l.text[m.End:])
			if names, ok := parseByline(rest, fold.String(rest)); ok {
				l.kind, l.hasDate, l.date, l.authors = kByline, true, m, names
				return
			}
			if dateLabelsOnly(l.text, m) {
				l.kind, l.hasDate, l.date = kDate, true, m
				return
			}
		}
	}
	if l.words <= 14 {
		if names, ok := parseByline(l.text, l.fold); ok {
			l.kind, l.authors = kByline, names
			return
		}
	}
	// Photo credits and captions; "[Image: ...]" alt text.
	if strings.HasPrefix(l.text, "[") && strings.HasSuffix(l.text, "]") {
		l.kind = kCredit
		return
	}
	if _, rest, ok := cuePrefix(f, creditFolded); ok && rest != "" && (!l.end || l.words <= 15) && hasSeparatorAfterCue(f, rest) {
		l.kind = kCredit
		return
	}
	if l.words <= 30 || strings.Contains(f, "photo credit") {
		for _, m := range creditFoldedM {
			if strings.Contains(f, m) {
				l.kind = kCredit
				return
			}
		}
	}
	// Attribution of a source: "Source: Reuters".
	if _, rest, ok := cuePrefix(f, sourceFolded); ok && rest != "" && l.words <= 12 && hasSeparatorAfterCue(f, rest) {
		l.kind = kSource
		return
	}
	// Tag lists.
	if !l.end {
		if cue, rest, ok := cuePrefix(f, tagFolded); ok && (rest == "" || !strictTagCues[cue] || hasSeparatorAfterCue(f, rest)) {
			l.kind = kSection
			return
		}
	}
	// "Read also: <headline>", or the cue alone.
	if cue, rest, ok := cuePrefix(f, inlineFolded); ok {
		switch {
		case strings.Trim(rest, " .:!") == "":
			l.kind = kSection
			return
		case hasSeparatorAfterCue(f, rest) || strings.Contains(cue, " ") && !l.end:
			l.kind = kInline
			return
		}
	}
	// Headings of chrome: "Related posts", "Most Read", "Leave a Reply", "Gold Member".
	if l.words <= 8 {
		h := strings.TrimRight(f, " :：.!…»›>|-–—*")
		h = strings.TrimLeftFunc(h, func(r rune) bool { // "8 Comments", "(3) Kommentare"
			return unicode.IsDigit(r) || r == ' ' || r == '(' || r == ')' || r == '[' || r == ']' || r == '#'
		})
		if cue, rest, ok := cuePrefix(h, headingFolded); ok {
			extra := len(strings.Fields(strings.TrimFunc(rest, func(r rune) bool {
				return r == '(' || r == ')' || r == '[' || r == ']' || r == ' ' || unicode.IsDigit(r)
			})))
			// Words allowed after the cue: a single word opens a section
			// only as "Related posts", "Comments (3)"; a single-word button
			// label only alone; a phrase can take a few more words ("Sign
			// up for The Morning Brief").
			allowed := 1
			if r, _ := utf8.DecodeRuneInString(cue); strings.Contains(cue, " ") || isHan(r) {
				allowed = 4
			} else if chromeSet[cue] {
				allowed = 0
			}
			if rest == "" || extra <= allowed && !l.end {
				if chromeSet[cue] {
					l.kind = kChrome
				} else {
					l.kind = kSection
				}
				return
			}
		}
	}
	if !l.end && l.words <= 14 && shareBar(f) {
		l.kind = kChrome
		return
	}
	if l.words <= 12 && (strings.ContainsAny(l.text, "@#/") || strings.Contains(f, "www.")) && isLinkLine(l.text) {
		l.kind = kChrome
		return
	}
	switch {
	case l.end && questionHeadline(l):
		l.kind = kShort
		return
	case l.end && l.words >= 3:
		l.kind = kProse
		return
	}
	st := statsOf(l.text)
	if !l.end && l.words >= 3 && (st.seps >= 3 || st.seps == 2 && l.words <= 6 && st.capped == st.cased) {
		l.kind = kNav // breadcrumbs, menus with separators
		return
	}
	if !l.end && st.cased >= 6 && st.capped*4 >= st.cased*3 {
		switch {
		case st.amp || st.repeated || st.allCaps >= 2 || l.words >= 16:
			l.kind = kNav // a run of menu items written as one line
			return
		case st.capped == st.cased && !st.function && !st.punct:
			// Capitalised words only: a menu, or a title-case headline
			// without function words ("Trump Fires Defense Secretary Mark Esper").
			l.kind, l.weakNav = kNav, true
			return
		}
	}
	switch {
	case !l.end && l.words >= 30:
		l.kind = kLong
	default:
		l.kind = kShort
		l.list = st.firstNumber && l.words >= 4 && !l.end
	}
}

// questionHeadline reports a short line that ends with "?" or "!" and holds
// no other sentence: a headline or subhead rather than prose.
func questionHeadline(l *textLine) bool {
	if l.words > 15 {
		return false
	}
	t := strings.TrimRight(l.text, "\"'”’») ")
	if !strings.HasSuffix(t, "?") && !strings.HasSuffix(t, "!") && !strings.HasSuffix(t, "؟") {
		return false
	}
	body := t[:len(t)-1]
	return !strings.Contains(body, ". ") && !strings.ContainsAny(body, "?!؟")
}

func hasDigit(s string) bool {
	for _, r := range s {
		if _, ok := dates.DigitValue(r); ok {
			return true
		}
	}
	return false
}

// hasSeparatorAfterCue reports whether a colon or similar mark separates a
// cue from what follows it in the folded line f.
func hasSeparatorAfterCue(f, rest string) bool {
	between := strings.TrimSpace(f[:len(f)-len(rest)])
	r, _ := utf8.DecodeLastRuneInString(between)
	switch r {
	case ':', '：', '|', '»', '›', '>', '-', '–', '—', '/', '•':
		return true
	}
	return false
}

// dateLabelsOnly reports whether a line holding the date m is a date line:
// besides its dates it holds only date labels, weekdays and at most one
// other word ("BERLIN, 23.02.2020"), or a place or a desk written before
// the date and a separator ("Santiago de Chile, 23 de febrero de 2020",
// "Anadolu Gündem Haber Merkezi | 16.04.2026 15:48").
func dateLabelsOnly(t string, m dates.Match) bool {
	before, after := t[:m.Start], t[m.End:]
	// Later dates on the line ("Updated: ...") are labels too.
	for i := 0; i < 3; i++ {
		m2, ok := dates.First(after)
		if !ok {
			break
		}
		after = after[:m2.Start] + " " + after[m2.End:]
	}
	if endsSentence(strings.TrimSpace(after)) && letterWords(after) > 0 {
		return false
	}
	unknown := func(s string) (n int, capitalised bool) {
		capitalised = true
		for _, w := range strings.Fields(s) {
			// "来源：新华网", "Source:Reuters": a labelled value.
			if k := strings.IndexAny(w, ":："); k > 0 && dateLabelWords[fold.String(w[:k])] {
				continue
			}
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' })
			w = strings.Trim(w, ".")
			if w == "" || !hasLetter(w) || dateLabelWords[fold.String(w)] || dates.IsMonthName(w) || dates.IsWeekdayName(w) {
				continue
			}
			if dates.IsZoneName(w) {
				continue
			}
			n++
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !dateLabelWords[fold.String(w)] && w != "de" {
				capitalised = false
			}
		}
		return n, capitalised
	}
	nb, capB := unknown(before)
	na, _ := unknown(after)
	if nb+na <= 1 {
		return true
	}
	b := strings.TrimSpace(before)
	r, _ := utf8.DecodeLastRuneInString(b)
	return na == 0 && nb <= 4 && capB && strings.ContainsRune(",|·•—–-", r)
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// letterWords counts the words of s that hold a letter.
func letterWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		for _, r := range w {
			if unicode.IsLetter(r) {
				n++
				break
			}
		}
	}
	return n
}

// shareBar reports a line of share buttons and page controls ("Share
// Facebook X LinkedIn Email Copy link", "字号：大 中 小 分享到：微信 微博").
func shareBar(f string) bool {
	tokens, ui := 0, 0
	for _, w := range strings.FieldsFunc(f, func(r rune) bool {
		return r == ' ' || r == '|' || r == ':' || r == '：' || r == '•' || r == '·' || r == ',' || r == '/' || r == '[' || r == ']'
	}) {
		tokens++
		if uiWords[w] {
			ui++
		}
	}
	return ui >= 3 || ui >= 2 && ui*2 >= tokens
}

// isLinkLine reports a line made only of URLs, e-mail addresses, hashtags
// and handles.
func isLinkLine(t string) bool {
	fields := strings.Fields(t)
	if len(fields) == 0 || len(fields) > 12 {
		return false
	}
	for _, w := range fields {
		lw := strings.ToLower(w)
		if !(strings.HasPrefix(lw, "http://") || strings.HasPrefix(lw, "https://") || strings.HasPrefix(lw, "www.") ||
			strings.HasPrefix(w, "#") && len(w) > 1 || strings.HasPrefix(w, "@") && len(w) > 1 ||
			strings.Contains(w, "@") && strings.Contains(w, ".")) {
			return false
		}
	}
	return true
}

// parseByline reads an author line t, folded as f: a byline cue ("By",
// "Von", "Par", "Автор:", "بقلم") followed by one or more names. The names
// are kept as written.
func parseByline(t, f string) ([]string, bool) {
	cue, rest, ok := cuePrefix(f, bylineFolded)
	if !ok || rest == "" || endsSentence(t) && !strings.HasSuffix(t, ".") {
		return nil, false
	}
	text := strings.Trim(origRest(t, f, rest), " |•·,-–—:")
	if text == "" || strings.ContainsAny(text, "!?؟\"“”«»") || len(strings.Fields(text)) > 12 {
		return nil, false
	}
	// "A, B and C" lists names; without a conjunction, what follows a comma
	// is a role or an affiliation ("Ingrid Salo, Europe correspondent",
	// "Dana White, Coastal Herald").
	parts := strings.FieldsFunc(text, func(r rune) bool { return r == ',' || r == '،' || r == ';' || r == '|' })
	if len(parts) == 0 {
		return nil, false
	}
	if !hasConjunction(text) {
		parts = parts[:1]
	}
	var names []string
	for k, part := range parts {
		ns, ok := nameList(part, lang.IsASCII(cue))
		if !ok {
			if k == 0 {
				return nil, false
			}
			break
		}
		names = append(names, ns...)
	}
	return names, len(names) > 0
}

func hasConjunction(s string) bool {
	for _, w := range strings.Fields(s) {
		if nameConjunctions[w] || w == "&" {
			return true
		}
	}
	return strings.ContainsRune(s, '、')
}

// nameList reads one or more names joined by conjunctions: capitalised
// words (when needCase) with lower-case particles ("van", "de", "al").
func nameList(s string, needCase bool) ([]string, bool) {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 9 {
		return nil, false
	}
	cased := false
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && (i == 0 || !bylineJoiners[strings.ToLower(w)]) {
			return nil, false
		}
		cased = cased || unicode.IsUpper(r)
	}
	if needCase && !cased {
		return nil, false
	}
	// A sentence that starts with "By" is not a byline.
	if last := words[len(words)-1]; strings.HasSuffix(last, ".") && utf8.RuneCountInString(last) > 3 {
		return nil, false
	}
	return splitNames(s), true
}

// origRest maps rest, a suffix of the folded line f, to the same part of
// the original line t. Folding keeps byte lengths for most text; when it
// does not, the words after the cue are taken.
func origRest(t, f, rest string) string {
	if len(f) == len(t) {
		return t[len(t)-len(rest):]
	}
	cueWords := len(strings.Fields(f[:len(f)-len(rest)]))
	fields := strings.Fields(t)
	if cueWords > len(fields) {
		return ""
	}
	return strings.Join(fields[cueWords:], " ")
}

// splitNames splits a list of names at commas and conjunctions.
func splitNames(s string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '،' || r == '、' || r == ';' || r == '&' }) {
		words := strings.Fields(part)
		start := 0
		for i, w := range words {
			if i > 0 && nameConjunctions[w] {
				if name := strings.Join(words[start:i], " "); name != "" {
					out = append(out, name)
				}
				start = i + 1
			}
		}
		if name := strings.Join(words[start:], " "); name != "" {
			out = append(out, name)
		}
	}
	return out
}
