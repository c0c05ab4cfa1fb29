package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/lang/fold"
)

// The headline, byline facts and outlet of a scraped page.

// titleLike reports a line that can be a headline.
func titleLike(l *textLine) bool {
	if l.kind != kShort || l.list || l.section || l.words < 2 || l.words > 30 {
		return false
	}
	if utf8.RuneCountInString(l.text) < 8 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l.text)
	return !unicode.IsLower(r) && hasLetter(l.text)
}

// findTitle returns the headline among the title-like lines above the body
// (passing over bylines, dates, captions, chrome and at most two lead
// paragraphs). Each candidate is scored: nearer the body is better, and so
// is a line above the byline and date block; short labels ("World"),
// standfirsts (long, or longer than a headline right above them), lines
// with separators ("Desk | City") and lines naming the outlet score lower.
// Without a candidate, the first title-like line above the body.
func (p *textPage) findTitle(start int, outlet string) int {
	start = min(start, len(p.lines))
	outletKey := outletKey(outlet)
	var cands []int
	var scores []float64
	prose, pastByline := 0, false
scan:
	for i := start - 1; i >= 0 && i >= start-12; i-- {
		l := &p.lines[i]
		switch l.kind {
		case kProse, kLong:
			if prose++; prose > 2 {
				break scan
			}
			continue
		case kDate, kByline:
			pastByline = true
			continue
		case kNav:
			// A capitalised line right above the body may be a title-case
			// headline rather than a menu.
			if !l.weakNav || len(cands) > 0 || l.words > 15 {
				continue
			}
		case kShort:
			if !titleLike(l) {
				continue
			}
		default:
			continue
		}
		score := 10 - 0.3*float64(len(cands))
		if l.words < 4 && (hasCase(l.text) || l.words < 3) {
			score -= 6
		}
		if l.words > 24 {
			score -= 5
		}
		if hasTitleSeparator(l.text, l.words) {
			score -= 4
		}
		if outletKey != "" && strings.Contains(l.fold, outletKey) {
			score -= 4
		}
		if pastByline {
			score += 2
		}
		if strings.HasSuffix(l.text, ":") {
			score -= 3
		}
		// The candidate just below, longer than this plausible headline,
		// is its standfirst.
		if n := len(cands); n > 0 && cands[n-1] == i+1 && p.lines[i+1].words > l.words && l.words >= 5 &&
			!hasTitleSeparator(l.text, l.words) && (outletKey == "" || !strings.Contains(l.fold, outletKey)) {
			scores[n-1] -= 3
		}
		cands, scores = append(cands, i), append(scores, score)
	}
	best := -1
	for k := range cands {
		if best < 0 || scores[k] > scores[best] {
			best = k
		}
	}
	if best >= 0 {
		return cands[best]
	}
	for i := 0; i < start; i++ {
		if titleLike(&p.lines[i]) && !p.lines[i].run {
			return i
		}
	}
	return -1
}

// hasTitleSeparator reports a line cut by a separator, as desk, dateline
// and site lines are ("Redacción Economía | Madrid", "Outlet - City"); a
// dash counts only in short lines, since headlines use it too.
func hasTitleSeparator(t string, words int) bool {
	if strings.Contains(t, " | ") || strings.Contains(t, " · ") || strings.Contains(t, " • ") || strings.Contains(t, " / ") {
		return true
	}
	return words <= 6 && (strings.Contains(t, " - ") || strings.Contains(t, " – ") || strings.Contains(t, " — "))
}

func hasCase(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) || unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// pick returns the line holding a byline fact (a date, authors) that is
// nearest the article: between the headline and the first lines of the
// body, else the closest one above the headline, else just after the body.
// Lines inside boilerplate sections never count.
func (p *textPage) pick(title, start, end int, has func(*textLine) bool) int {
	ls := p.lines
	ok := func(i int) bool { return i >= 0 && i < len(ls) && !ls[i].section && has(&ls[i]) }
	top := start
	if title >= 0 && title < start {
		top = title
	}
	for i := top; i <= min(start+6, len(ls)-1); i++ {
		if ok(i) {
			return i
		}
	}
	for i := top - 1; i >= 0; i-- {
		if ok(i) {
			return i
		}
	}
	for i := end + 1; i < len(ls) && i <= end+4; i++ {
		if ok(i) {
			return i
		}
	}
	return -1
}

// authorsNear gathers the names of the byline at i and of byline lines right
// after it, less the outlet ("By Dana White, Coastal Herald").
func (p *textPage) authorsNear(i int, outlet string) []string {
	var out []string
	for j := i; j < len(p.lines) && j <= i+2 && (j == i || p.lines[j].kind == kByline); j++ {
		for _, name := range p.lines[j].authors {
			if (outlet == "" || !strings.EqualFold(name, outlet)) && !slices.Contains(out, name) {
				out = append(out, name)
			}
		}
	}
	return out
}

// findOutlet returns the name the page gives itself, "" when unsure:
//   - one side of the only separator of one of the first lines, a masthead
//     with its tagline ("The Jerusalem Post - Israel News ...") or a
//     headline with the site's name ("Headline | Outlet"), when the name
//     recurs elsewhere on the page, menus aside;
//   - a masthead alone among the first lines ("Northern Ledger"), when the
//     name recurs in a line that is not body prose (copyright, byline,
//     "More from ...");
//   - the holder of a copyright line.
//
// An all-capital masthead ("SUD FOOT") takes the spelling the page uses
// elsewhere.
func (p *textPage) findOutlet(start int) string {
	limit := min(start, 12, len(p.lines))
	notMenu := func(l *textLine) bool { return l.kind != kNav }
	for i := 0; i < min(limit, 4); i++ {
		l := &p.lines[i]
		if l.kind == kSection || l.kind == kChrome || l.kind == kInline {
			continue
		}
		sep := onlySeparator(l.text)
		if sep == "" {
			continue
		}
		k := strings.Index(l.text, sep)
		for _, name := range []string{l.text[:k], l.text[k+len(sep):]} {
			if name = strings.TrimSpace(name); outletName(name) && !isCueText(name) {
				if form, ok := p.mention(name, i, notMenu); ok {
					return form
				}
			}
		}
	}
	notProse := func(l *textLine) bool { return l.kind != kProse && l.kind != kLong && l.kind != kNav }
	shortLines := 0
	for i := 0; i < limit && shortLines < 3; i++ {
		l := &p.lines[i]
		if l.kind != kShort && !(l.kind == kNav && l.weakNav) {
			continue
		}
		shortLines++
		if strings.Count(l.text, " ") >= 1 && outletName(l.text) && !isCueText(l.text) {
			if form, ok := p.mention(l.text, i, notProse); ok {
				return form
			}
		}
	}
	holder := ""
	for i := len(p.lines) - 1; i >= 0 && holder == ""; i-- {
		holder = copyrightHolder(p.lines[i].text)
	}
	if holder == "" {
		return ""
	}
	// A masthead line that the copyright holder begins with ("Northern
	// Ledger", "© 2020 Northern Ledger Media Ltd.") or shares its first two
	// words with ("Norddeutsche Rundschau Online", "© Norddeutsche
	// Rundschau Medien GmbH & Co. KG").
	hw := strings.Fields(fold.String(holder))
	for i := 0; i < limit; i++ {
		l := &p.lines[i]
		if l.kind != kShort || !outletName(l.text) {
			continue
		}
		mw := strings.Fields(l.fold)
		shared := 0
		for shared < len(mw) && shared < len(hw) && mw[shared] == hw[shared] {
			shared++
		}
		switch {
		case shared == len(mw) && shared == len(hw):
			if allCaps(holder) {
				return l.text
			}
			return holder
		case shared == len(mw) && allCaps(l.text):
			return strings.Join(strings.Fields(holder)[:shared], " ")
		case shared == len(mw) || shared >= 2:
			return l.text
		}
	}
	if !outletName(holder) {
		return ""
	}
	return holder
}

// onlySeparator returns the separator that cuts t in two, "" when t has
// none or several (a menu).
func onlySeparator(t string) string {
	found, n := "", 0
	for _, sep := range outletSeparators {
		if c := strings.Count(t, sep); c > 0 {
			found, n = sep, n+c
		}
	}
	if n != 1 {
		return ""
	}
	return found
}

// isCueText reports a text that is a chrome or section cue ("Most Read").
func isCueText(t string) bool {
	_, rest, ok := cuePrefix(fold.String(t), headingFolded)
	return ok && rest == ""
}

func allCaps(s string) bool {
	return hasCase(s) && strings.ToUpper(s) == s
}

// outletKey is the folded name less a leading article, as it is looked for
// in other lines.
func outletKey(name string) string {
	key := fold.String(name)
	for _, art := range outletArticles {
		key = strings.TrimPrefix(key, art)
	}
	return key
}

// mention reports whether name recurs in a line other than skip that ok
// accepts, and returns the name as written: an all-capital name takes the
// spelling of its mention when that is not all capitals.
func (p *textPage) mention(name string, skip int, ok func(*textLine) bool) (string, bool) {
	key := outletKey(name)
	if len(key) < 3 {
		return "", false
	}
	keyWords := strings.Fields(key)
	for i := range p.lines {
		l := &p.lines[i]
		if i == skip || !ok(l) || !strings.Contains(l.fold, key) {
			continue
		}
		if allCaps(name) {
			form := findWords(l.text, strings.Fields(fold.String(name))) // with its article
			if form == "" {
				form = findWords(l.text, keyWords)
			}
			if form != "" && !allCaps(form) {
				return form, true
			}
		}
		return name, true
	}
	return "", false
}

// findWords returns the words of t whose folded forms are want, in a row,
// as t writes them; "" when they are not there.
func findWords(t string, want []string) string {
	words := strings.Fields(t)
	trim := func(w string) string {
		return strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	for i := 0; i+len(want) <= len(words); i++ {
		match := true
		for k, w := range want {
			if fold.String(trim(words[i+k])) != strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
				match = false
				break
			}
		}
		if match {
			out := make([]string, len(want))
			for k := range want {
				out[k] = trim(words[i+k])
			}
			return strings.Join(out, " ")
		}
	}
	return ""
}

// outletName reports a plausible publication name: one to five words,
// capitalised when the script has case, no sentence punctuation.
func outletName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 || utf8.RuneCountInString(s) > 40 || endsSentence(s) && !corporateSuffix(words[len(words)-1]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsLower(r) || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	return !strings.ContainsAny(s, ":;,?!\"“”«»")
}

// copyrightHolder reads the holder of "Copyright © 2020 Jpost Inc. All
// rights reserved".
func copyrightHolder(t string) string {
	var before, after string
	if i := strings.Index(t, "©"); i >= 0 {
		before, after = t[:i], t[i+len("©"):]
	} else if strings.HasPrefix(strings.ToLower(t), "copyright ") {
		after = t[len("copyright "):]
	} else {
		return ""
	}
	// The holder follows the sign ("© 2020 Jpost Inc.") or, when a notice
	// follows it, precedes it ("航天前沿网 版权所有 © 2026 未经许可不得转载").
	for _, part := range []string{after, before} {
		if name := holderName(part); name != "" && !phrases.find(fold.String(name), notSentence, true) {
			return name
		}
	}
	return ""
}

// holderName cleans one side of a copyright sign down to a name.
func holderName(t string) string {
	t = strings.TrimSpace(t)
	for _, w := range []string{"Copyright", "copyright", "COPYRIGHT", "(c)", "(C)"} {
		t = strings.TrimSpace(strings.TrimPrefix(t, w))
	}
	t = strings.TrimLeft(t, "0123456789-–, ")
	t = strings.TrimPrefix(strings.TrimPrefix(t, "by "), "By ")
	f := fold.String(t)
	cut := len(t)
	if len(f) == len(t) {
		for _, r := range rightsFolded {
			if k := strings.Index(f, r); k >= 0 && k < cut {
				cut = k
			}
		}
	}
	if k := strings.IndexAny(t, "|•·,;"); k >= 0 && k < cut {
		cut = k
	}
	for _, sep := range []string{" - ", " – ", " — "} {
		if k := strings.Index(t, sep); k >= 0 && k < cut {
			cut = k
		}
	}
	name := strings.TrimRight(strings.TrimSpace(t[:cut]), "0123456789-–, ") // "© Outlet 2020"
	if words := strings.Fields(name); strings.HasSuffix(name, ".") && !corporateSuffix(words[len(words)-1]) {
		name = strings.TrimSpace(strings.TrimSuffix(name, "."))
	}
	// A company name may be longer than a masthead ("Norddeutsche Rundschau
	// Medien GmbH & Co. KG"); findOutlet decides what to keep of it.
	if words := strings.Fields(name); len(words) == 0 || len(words) > 8 || !outletName(words[0]) {
		return ""
	}
	return name
}

// outletSeparators divide a site's name from a tagline or a headline.
var outletSeparators = []string{" | ", " - ", " – ", " — ", " —— ", " -- ", " :: ", " · "}

// corporateSuffix reports an abbreviation such as "Inc." or "Ltd." that
// ends a company name with its own full stop.
func corporateSuffix(w string) bool {
	return companySuffixes[strings.ToLower(strings.TrimSuffix(w, "."))]
}

// stripOutlet removes " | Outlet" or " - Outlet" from a headline.
func stripOutlet(title, outlet string) string {
	for _, sep := range outletSeparators {
		if strings.HasSuffix(title, sep+outlet) {
			return strings.TrimSpace(strings.TrimSuffix(title, sep+outlet))
		}
		if strings.HasPrefix(title, outlet+sep) {
			return strings.TrimSpace(strings.TrimPrefix(title, outlet+sep))
		}
	}
	return title
}
