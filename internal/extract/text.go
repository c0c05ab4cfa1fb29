package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/dates"
	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/fold"
)

// How the plain-text extractor works
//
// A scraped page is a column of lines: menus, the headline, a byline, the
// body, then lists of other headlines, comment forms and footers. A long
// line (a whole article on one line, as exports and corpora hold it) is
// first cut into blocks where runs of spaces separate them (the headline
// from the body) and into sentences (lang.Sentences), each classified as a
// line of its own, so that a chrome phrase inside it ("Advertisement",
// "Please enable JavaScript", a trailing copyright notice) drops only
// itself; the sentences kept are joined again into their paragraph. Each
// non-blank line is classified on its own (length, sentence punctuation,
// share of capitalised words, menu separators, dates, bylines, cue phrases
// of page chrome in many languages), then in context (repeated captions,
// runs of short lines, boilerplate sections that a cue heading opens and
// that last until article prose clearly resumes). Every line gets a weight,
// positive for prose and negative for chrome, and the body is the run of
// lines with the largest total weight, so that short paragraphs, quotes and
// subheads inside the article are kept while lists of headlines after it
// are not. The headline is the best title-like line above the body; the
// date and authors come from byline lines near the top of it.
//
// Files: text.go (this pipeline and the choice of the body), textline.go
// (classifying one line), textcues.go (the cue tables, gathered from the
// page cues of the language packages, and their matchers),
// textmeta.go (headline, byline facts, outlet), textfold.go (folding for
// comparisons), date.go (dates in many languages and calendars).

// extractText turns a scraped page, as plain text, into an article: title,
// body, date, authors, outlet. Bytes that are not UTF-8 are replaced by
// U+FFFD and counted. A page in which nothing reads as an article keeps
// its text lines whole rather than losing them.
func extractText(raw string) article.Article {
	raw, replaced := repairUTF8(raw)
	texts := splitTextLines(raw)
	meta, hasMeta := takeMetaDate(texts)
	texts = unwrapLines(texts)
	p := newTextPage(texts)
	p.classify()
	p.markRepeats()
	p.markRuns()
	p.markSections()
	start, end := p.mainRegion()

	var a article.Article
	a.Outlet = p.findOutlet(start)
	title := p.findTitle(start, a.Outlet)
	if title >= 0 {
		a.Title = p.lines[title].text
		if a.Outlet != "" {
			a.Title = stripOutlet(a.Title, a.Outlet)
		}
	}
	if hasMeta {
		a.Published, a.DateOnly = meta.Time, meta.DateOnly
	} else if i := p.pick(title, start, end, func(l *textLine) bool { return l.hasDate }); i >= 0 {
		a.Published, a.DateOnly = p.lines[i].date.Time, p.lines[i].date.DateOnly
	}
	if i := p.pick(title, start, end, func(l *textLine) bool { return len(l.authors) > 0 }); i >= 0 {
		a.Authors = p.authorsNear(i, a.Outlet)
	}
	a.Text = p.body(start, end, title)
	if a.Text == "" {
		a.Text = p.allText(title)
	}
	a.Replaced = replaced
	return a
}

// repairUTF8 replaces each byte of s that is not part of valid UTF-8 by
// U+FFFD and returns how many it replaced.
func repairUTF8(s string) (string, int) {
	if utf8.ValidString(s) {
		return s, 0
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(utf8.RuneError)
			n++
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String(), n
}

// lineKind is what a line of a scraped page is taken to be.
type lineKind uint8

const (
	kShort   lineKind = iota // short text without a sentence ending: headline, subhead, label, list item
	kProse                   // text that ends like a sentence
	kLong                    // long text without a sentence ending
	kNav                     // a menu or breadcrumb line
	kSection                 // a heading or notice that opens a boilerplate section (related, comments, footer)
	kChrome                  // a button, label or advertisement marker
	kInline                  // "Read also: <headline>" inside the body
	kCredit                  // a photo caption or credit
	kDate                    // a date line
	kByline                  // an author line, possibly with a date
	kSource                  // the attribution of a cited source ("Source: Reuters"), kept in the body
)

// textLine is one non-blank line of the page, or one sentence of a long
// line.
type textLine struct {
	text string
	// para numbers the paragraph the line belongs to: the sentences of a
	// long line share one.
	para int
	// sentence marks one of several sentences cut from a long line.
	sentence bool
	fold     string
	words    int  // words; Han and kana characters count two to a word
	end      bool // ends like a sentence
	han      bool // holds Han or kana characters
	kind     lineKind
	list     bool // a numbered headline ("3 Ten things ...")
	weakNav  bool // a menu by its capitals alone; can still be a headline
	run      bool // part of a run of short lines: a link list
	section  bool // inside a boilerplate section
	hasDate  bool
	date     dates.Match
	authors  []string
	weight   float64
}

type textPage struct {
	lines []textLine
}

// splitTextLines splits raw into normalised lines; blank lines stay as "".
// A headline run into the text of a long line is cut off (see splitHead).
func splitTextLines(raw string) []string {
	out := make([]string, 0, strings.Count(raw, "\n")+1)
	add := func(line string) {
		if len(line) >= longLine {
			if head, rest, ok := splitHead(line); ok {
				out = append(out, normalizeLine(head))
				line = rest
			}
		}
		out = append(out, normalizeLine(line))
	}
	start := 0
	for i := 0; i < len(raw); {
		size := lineBreakAt(raw, i)
		if size == 0 {
			i++
			continue
		}
		add(raw[start:i])
		i += size
		start = i
	}
	add(raw[start:])
	return out
}

// longLine is the length in bytes from which a line is taken to hold
// more than one paragraph: split into blocks and sentences.
const longLine = 600

// splitHead cuts the head of a long line where two or more spaces or a
// tab first separate text within its first maxHead bytes: a headline run
// into its article ("Quake hits Izmir  ANKARA - A quake ...").
func splitHead(line string) (head, rest string, ok bool) {
	lead := len(line) - len(strings.TrimLeft(line, " \t"))
	for i := lead; i < len(line) && i < lead+maxHead; i++ {
		switch {
		case line[i] == '\t', line[i] == ' ' && i+1 < len(line) && line[i+1] == ' ':
			if head = strings.TrimSpace(line[:i]); head != "" {
				return head, line[i:], true
			}
		}
	}
	return "", line, false
}

// maxHead is the longest head of a long line cut off as its headline.
const maxHead = 300

// lineBreakAt returns the length of the line break at s[i] ("\r\n" counts
// as one), or 0. Breaks are LF, CR, VT, FF, NEL and the Unicode line and
// paragraph separators.
func lineBreakAt(s string, i int) int {
	switch c := s[i]; c {
	case '\n', '\v', '\f':
		return 1
	case '\r':
		if i+1 < len(s) && s[i+1] == '\n' {
			return 2
		}
		return 1
	case 0xC2: // U+0085
		if i+1 < len(s) && s[i+1] == 0x85 {
			return 2
		}
	case 0xE2: // U+2028, U+2029
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
			return 3
		}
	}
	return 0
}

// normalizeLine collapses white space (no-break spaces included), drops
// invisible format characters and trims.
func normalizeLine(s string) string {
	clean := true
	for i := 0; i < len(s) && clean; {
		c := s[i]
		if c < utf8.RuneSelf {
			clean = c >= ' ' && c != 0x7f && (c != ' ' || i > 0 && i+1 < len(s) && s[i+1] != ' ')
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		clean = !unicode.IsSpace(r) && !invisible(r)
		i += size
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case invisible(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// invisible reports format and control characters dropped from lines:
// zero-width space, direction marks, byte order mark, soft hyphen.
func invisible(r rune) bool {
	switch {
	case r == 0x200B, r == 0x200E, r == 0x200F, r == 0xFEFF, r == 0xAD,
		r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x2064, r >= 0x2066 && r <= 0x2069,
		unicode.IsControl(r):
		return true
	}
	return false
}

// takeMetaDate reads a metadata line that some scrapers put first
// (" date 2020-02-23 ..."): the date is returned and removed, and the rest
// of the line stays as page text.
func takeMetaDate(texts []string) (dates.Match, bool) {
	for i, t := range texts {
		if t == "" {
			continue
		}
		f := fold.String(t)
		for _, key := range []string{"date", "published", "pubdate"} {
			if !strings.HasPrefix(f, key) || len(f) == len(key) || f[len(key)] != ' ' && f[len(key)] != ':' {
				continue
			}
			// fold keeps ASCII prefixes at the same byte offsets.
			rest := strings.TrimLeft(t[len(key):], " :")
			m, ok := dates.First(rest)
			if !ok || m.Start != 0 {
				return dates.Match{}, false
			}
			texts[i] = strings.TrimSpace(rest[m.End:])
			return m, true
		}
		return dates.Match{}, false
	}
	return dates.Match{}, false
}

// unwrapLines joins the lines of hard-wrapped text (paragraphs broken at a
// fixed width, as in e-mails and some archives) back into paragraphs.
func unwrapLines(texts []string) []string {
	width, nonBlank, atWidth := 0, 0, 0
	for _, t := range texts {
		if len(t) > 400 { // more than 100 characters in any script
			return texts
		}
	}
	lengths := make([]int, len(texts))
	for i, t := range texts {
		lengths[i] = utf8.RuneCountInString(t)
		width = max(width, lengths[i])
	}
	if width < 40 || width > 100 {
		return texts
	}
	for _, n := range lengths {
		if n >= 20 {
			nonBlank++
			if n >= width-15 {
				atWidth++
			}
		}
	}
	if nonBlank < 6 || atWidth*10 < nonBlank*4 {
		return texts
	}
	out := texts[:0:0]
	for i, t := range texts {
		if i > 0 && t != "" && len(out) > 0 && out[len(out)-1] != "" && lengths[i-1] >= width-20 {
			out[len(out)-1] += " " + t
			continue
		}
		out = append(out, t)
	}
	return out
}

func newTextPage(texts []string) *textPage {
	p := &textPage{lines: make([]textLine, 0, len(texts))}
	add := func(t string, para int) {
		words, han, end := measureLine(t)
		p.lines = append(p.lines, textLine{text: t, para: para, fold: fold.String(t), words: words, han: han, end: end})
	}
	for para, t := range texts {
		if t == "" {
			continue
		}
		if len(t) < longLine {
			add(t, para)
			continue
		}
		first := len(p.lines)
		for _, sent := range lang.Sentences(t) {
			for _, part := range splitChromeLead(sent) {
				add(part, para)
			}
		}
		if len(p.lines)-first > 1 {
			for i := first; i < len(p.lines); i++ {
				p.lines[i].sentence = true
			}
		}
	}
	return p
}

// splitChromeLead cuts off the chrome label that begins a sentence of a
// long line, where the page's furniture was run into the text: a label of
// the chrome cues before a word with a capital ("Advertisement The
// minister said ..."), or the cue of a link to another article before a
// headline and the text that goes on ("RELATED: <headline> After the
// vote, ..."), each written with a capital. The label becomes a line of
// its own, which the classifier drops; the headline of a link stays, as
// where it ends is not known.
func splitChromeLead(sent string) []string {
	f := fold.String(sent)
	if len(f) != len(sent) {
		return []string{sent}
	}
	cut := func(cue, rest string) []string {
		label, after := sent[:len(sent)-len(rest)], sent[len(sent)-len(rest):]
		first, _ := utf8.DecodeRuneInString(label)
		next, _ := utf8.DecodeRuneInString(strings.TrimLeft(after, "\"'“‘«„"))
		if len(cue) < 4 || !unicode.IsUpper(first) || !unicode.IsUpper(next) && !unicode.IsDigit(next) {
			return nil
		}
		return []string{strings.TrimSpace(label), after}
	}
	if cue, rest, ok := cuePrefix(f, chromeLeadFolded); ok && rest != "" {
		if parts := cut(cue, rest); parts != nil {
			return parts
		}
	}
	if cue, rest, ok := cuePrefix(f, inlineFolded); ok && len(strings.Fields(rest)) > 15 {
		if parts := cut(cue, rest); parts != nil {
			return parts
		}
	}
	return []string{sent}
}

// markRepeats marks photo captions: a line repeated close by (alt text and
// caption), or a line that begins a neighbouring, longer line. A repeated
// headline keeps its first copy.
func (p *textPage) markRepeats() {
	ls := p.lines
	for i := range ls {
		if len(ls[i].text) < 20 {
			continue
		}
		for j := i + 1; j < len(ls) && j <= i+3; j++ {
			a, b := &ls[i], &ls[j]
			switch {
			case a.sentence || b.sentence:
				// Sentences of one paragraph: no captions; a repeat is
				// dropped from the body.
			case !textual(a) || !textual(b):
				// Chrome and bylines keep their kind when repeated.
			case a.fold == b.fold:
				if a.kind == kShort && !a.end && a.words <= 20 {
					b.kind = kChrome // a headline printed twice
				} else {
					a.kind, b.kind = kCredit, kCredit
				}
			case len(a.fold) >= 30 && strings.HasPrefix(b.fold, a.fold) || len(b.fold) >= 30 && strings.HasPrefix(a.fold, b.fold):
				a.kind, b.kind = kCredit, kCredit
			}
		}
	}
}

// textual reports a line of text or a caption, as opposed to chrome,
// dates and bylines.
func textual(l *textLine) bool { return l.kind <= kLong || l.kind == kCredit }

// markRuns marks runs of three or more short lines without sentence
// endings, and numbered headlines: link lists rather than article text.
func (p *textPage) markRuns() {
	ls := p.lines
	for i := 0; i < len(ls); {
		if !shortItem(&ls[i]) {
			i++
			continue
		}
		j := i
		for j < len(ls) && (shortItem(&ls[j]) || ls[j].kind == kChrome || ls[j].kind == kNav) {
			j++
		}
		n := 0
		for k := i; k < j; k++ {
			if shortItem(&ls[k]) {
				n++
			}
		}
		if n >= 3 {
			for k := i; k < j; k++ {
				if shortItem(&ls[k]) {
					ls[k].run = true
				}
			}
		}
		i = j
	}
}

func shortItem(l *textLine) bool { return l.kind == kShort && !l.end || l.list }

// markSections marks boilerplate sections: after the article has begun, a
// section heading or notice drops what follows until article prose clearly
// resumes (see resumes).
func (p *textPage) markSections() {
	ls := p.lines
	seen, in, comments := false, false, false
	for i := range ls {
		l := &ls[i]
		if l.kind == kSection {
			if seen {
				in = true
				comments = comments || commentCue(l.fold)
			}
			continue
		}
		if in {
			if l.kind == kProse && p.resumes(i, comments) {
				in, comments = false, false
			} else {
				l.section = true
				continue
			}
		}
		if l.kind == kProse && l.words >= 8 {
			seen = true
		}
	}
}

// resumes reports whether article prose resumes at line i inside a
// boilerplate section: a paragraph followed by another (a teaser's summary
// or an author's bio stands alone). Comments read like prose, so in a
// comment section only a run of three paragraphs with nothing between them
// (no names, dates or reply buttons) counts.
func (p *textPage) resumes(i int, comments bool) bool {
	l := &p.lines[i]
	if l.words < 12 {
		return false
	}
	if comments {
		for j := i + 1; j < i+3; j++ {
			if j >= len(p.lines) || p.lines[j].kind != kProse || p.lines[j].words < 8 {
				return false
			}
		}
		return true
	}
	for j := i + 1; j < len(p.lines); j++ {
		switch n := &p.lines[j]; n.kind {
		case kDate, kByline, kCredit, kChrome:
			continue
		case kProse:
			return n.words >= 8
		default:
			return false
		}
	}
	return false
}

func commentCue(f string) bool {
	for _, s := range commentStems {
		if strings.Contains(f, s) {
			return true
		}
	}
	return false
}

// weigh gives each line its weight for the choice of the main region. A
// boilerplate block costs about the same however many lines it has: its
// first section line weighs -20, the section lines right after it little,
// so that an article interrupted by a newsletter box is kept whole while
// a block still separates the body from lists and footers.
func (p *textPage) weigh() {
	boiler := false // the previous line is boilerplate
	for i := range p.lines {
		l := &p.lines[i]
		var w float64
		switch l.kind {
		case kProse:
			w = float64(l.words)
		case kLong:
			w = float64(l.words) / 2
		case kShort:
			if l.end {
				w = 0
			} else {
				w = -(1.5 + float64(l.words)/4)
			}
			if l.run || l.list {
				w -= 3
			}
		case kNav:
			w = -(5 + float64(l.words)/2)
		case kSection:
			w = -20
			if boiler {
				w = -2
			}
		case kChrome:
			w = -4
		case kInline:
			w = -3
		}
		if l.section && w > -2 {
			w = -2
		}
		l.weight = w
		switch l.kind {
		case kSection, kChrome, kNav, kInline:
			boiler = true
		case kDate, kByline, kCredit:
		default:
			boiler = l.section
		}
	}
}

// mainRegion returns the run of lines with the largest total weight
// (start > end when there is none), extended over source attributions
// that follow it.
func (p *textPage) mainRegion() (start, end int) {
	p.weigh()
	best, sum := 0.0, 0.0
	start, end = 0, -1
	s := 0
	for i := range p.lines {
		if sum <= 0 {
			sum, s = 0, i
		}
		sum += p.lines[i].weight
		if sum > best {
			best, start, end = sum, s, i
		}
	}
	if end < 0 {
		return 0, -1
	}
	for j := end + 1; j < len(p.lines) && j <= end+4; j++ {
		l := &p.lines[j]
		if l.section {
			break
		}
		if l.kind == kSource {
			end = j
			continue
		}
		if l.kind != kDate && l.kind != kByline && l.kind != kCredit {
			break
		}
	}
	return start, end
}

// body joins the article lines of the main region into paragraphs.
func (p *textPage) body(start, end, title int) string {
	var b strings.Builder
	titleFold := "\x00"
	if title >= 0 {
		titleFold = p.lines[title].fold
	}
	seen := map[string]bool{titleFold: true} // scrapers sometimes print a paragraph twice
	para := -1
	for i := start; i <= end && i < len(p.lines); i++ {
		l := &p.lines[i]
		// A paragraph printed twice is dropped; a sentence repeated in
		// its paragraph is the writer's.
		if l.section || l.run || i == title || seen[l.fold] && !l.sentence {
			continue
		}
		switch l.kind {
		case kProse, kShort, kLong, kSource:
		default:
			continue
		}
		writeLine(&b, l, &para)
		seen[l.fold] = true
	}
	return b.String()
}

// writeLine adds a line to a body: a paragraph of its own, or the next
// sentence of the paragraph before it; para is the paragraph last written
// (-1 for none).
func writeLine(b *strings.Builder, l *textLine, para *int) {
	switch {
	case b.Len() == 0:
	case l.para == *para:
		b.WriteByte(' ')
	default:
		b.WriteString("\n\n")
	}
	b.WriteString(l.text)
	*para = l.para
}

// allText is the body of a page in which nothing reads as an article: its
// lines of text, the title's aside, or else every line but the title, so
// that the text of an input is never lost.
func (p *textPage) allText(title int) string {
	for _, textOnly := range []bool{true, false} {
		var b strings.Builder
		para := -1
		for i := range p.lines {
			l := &p.lines[i]
			if i == title || textOnly && (l.section || !textual(l) && l.kind != kSource) {
				continue
			}
			writeLine(&b, l, &para)
		}
		if b.Len() > 0 {
			return b.String()
		}
	}
	return ""
}
