package analyze

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/dates"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/ar"
	"github.com/storyline/storyline/internal/lang/fa"
	"github.com/storyline/storyline/internal/lang/namekey"
	"github.com/storyline/storyline/internal/lang/token"
)

// Name extraction, first version. Two kinds of cue find name mentions:
//
// In cased scripts (Latin, Cyrillic, Greek, ...) a name is a run of
// capitalised words, with particles such as "al", "bin", "von", "de" or
// "of" allowed between them. The run loses leading stop words, a
// sentence-initial word that the article never capitalises mid-sentence,
// and capitalised common words the article also writes in lowercase; a
// title or honorific inside it ("Syrian President Bashar al-Assad") splits
// it, the title itself dropped. Lines in title case (headlines, menus) are
// skipped: there capitals say nothing. German capitalises every noun, so a
// German single-word candidate counts only after a title.
//
// In the Arabic script, which has no capitals, a name is the one to three
// words after a cue word (a title, rank or office: "الرئيس", "اللواء",
// "سردار"), past the adjectives and ministries that qualify the cue
// ("وزير الخارجية الأمريكي ..."), or one to three words in quotation marks.
// Later bare mentions of a found name, with a one-letter proclitic or not,
// are counted too.
//
// Mentions with equal namekey.Key are merged; then a name whose key is the tail
// of a longer name's key ("Soleimani", "Qassem Soleimani") is merged into
// the most mentioned such longer name.

// maxNameWords bounds a name: longer capitalised runs are menus or titles.
const maxNameWords = 6

// tokInfo is what name finding knows of one token.
type tokInfo struct {
	folded     string
	cased      bool // first letter has case
	capital    bool // first letter is upper or title case
	acronym    bool // two to five letters, all capitals
	arabic     bool // Arabic-script word
	sentStart  bool // first word of a sentence, line, quote or segment
	joinPrev   bool // separated from the previous token by a space or hyphen only
	possessive bool // ends with an apostrophe suffix ("Iran's")
	line       int  // line number, counted over all segments
}

// mention is one found name mention.
type mention struct {
	text  string
	key   string
	order int
}

// nameFinder holds the state of one article's name search.
type nameFinder struct {
	lang      string
	r         *lang.Pipeline
	segs      []token.Segment
	info      [][]tokInfo
	lower     map[string]bool // folded words the article writes in lowercase
	midCap    map[string]bool // folded words capitalised mid-sentence
	titleCap  map[string]bool // folded words capitalised in the title
	titleCase map[int]bool    // lines written in title case
	mentions  []mention
	keys      map[string]string // namekey.Key by mention text
}

func findNames(lang string, r *lang.Pipeline, segs []token.Segment) []Name {
	f := &nameFinder{
		lang:      lang,
		r:         r,
		segs:      segs,
		lower:     map[string]bool{},
		midCap:    map[string]bool{},
		titleCap:  map[string]bool{},
		titleCase: map[int]bool{},
		keys:      map[string]string{},
	}
	f.describe()
	f.markTitleCase()
	for si := range segs {
		f.cased(si)
		f.arabic(si)
	}
	return f.merge()
}

// describe fills info, lower and the line numbers.
func (f *nameFinder) describe() {
	line := 0
	f.info = make([][]tokInfo, len(f.segs))
	for si, seg := range f.segs {
		line++
		infos := make([]tokInfo, len(seg.Tokens))
		prevEnd := 0
		for i, t := range seg.Tokens {
			gap := seg.Src[prevEnd:t.Start]
			in := &infos[i]
			if strings.IndexByte(gap, '\n') >= 0 {
				line++
			}
			in.line = line
			in.joinPrev = i > 0 && joinable(gap, seg.Tokens[i-1])
			in.sentStart = i == 0 || sentenceBreak(gap, seg.Tokens[i-1], seg.Src)
			if t.Kind == token.Word {
				r, _ := utf8.DecodeRuneInString(t.Text)
				in.cased = unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r)
				in.capital = unicode.IsUpper(r) || unicode.IsTitle(r)
				in.acronym = in.capital && token.IsAllCaps(t.Text) && utf8.RuneCountInString(t.Text) <= 5
				in.arabic = ar.IsArabicLetter(r)
				in.possessive = namekey.HasApostropheSuffix(t.Text)
				w := t.Text
				if in.possessive {
					w = namekey.TrimApostrophe(w)
				}
				in.folded = f.r.Fold(w)
				if in.cased && !in.capital {
					f.lower[in.folded] = true
				}
			}
			prevEnd = t.End
		}
		f.info[si] = infos
	}
}

// markTitleCase finds the lines written in title case: three words or
// more, and of their capitalised words after the first, at least two and at
// least 40% are stop words or words the article also writes in lowercase.
// Then it records the words capitalised mid-sentence elsewhere.
func (f *nameFinder) markTitleCase() {
	type stat struct{ words, caps, common int }
	stats := map[int]*stat{}
	for si := range f.segs {
		for _, in := range f.info[si] {
			if !in.cased {
				continue
			}
			st := stats[in.line]
			if st == nil {
				st = &stat{}
				stats[in.line] = st
			}
			st.words++
			if in.capital && !in.sentStart {
				st.caps++
				if f.isStop(in.folded) || f.lower[in.folded] {
					st.common++
				}
			}
		}
	}
	for line, st := range stats {
		if st.words >= 3 && st.common >= 2 && st.common*10 >= st.caps*4 {
			f.titleCase[line] = true
		}
	}
	for si := range f.segs {
		for _, in := range f.info[si] {
			if in.capital && !in.sentStart && !f.titleCase[in.line] {
				f.midCap[in.folded] = true
			}
			if in.capital && si == 0 {
				f.titleCap[in.folded] = true
			}
		}
	}
}

// isStop reports a stop word of the article's language.
func (f *nameFinder) isStop(folded string) bool {
	return f.r.IsStop(folded)
}

// cased finds names in the cased-script words of segment si.
func (f *nameFinder) cased(si int) {
	seg, infos := f.segs[si], f.info[si]
	for i := 0; i < len(seg.Tokens); {
		in := infos[i]
		if !in.capital || f.titleCase[in.line] {
			i++
			continue
		}
		// Extend the run of capitalised words and inner particles.
		j := i + 1
		for !infos[j-1].possessive && j < len(seg.Tokens) && infos[j].joinPrev && infos[j].cased {
			if infos[j].capital {
				j++
				continue
			}
			// A particle must be followed by a capitalised word.
			k := j
			for k < len(seg.Tokens) && infos[k].cased && !infos[k].capital && infos[k].joinPrev && isParticle(infos[k].folded) {
				k++
			}
			if k > j && k < len(seg.Tokens) && infos[k].capital && infos[k].joinPrev {
				j = k + 1
				continue
			}
			break
		}
		f.casedRun(si, i, j, false)
		i = j
	}
}

// casedRun trims and splits the capitalised run toks[i:j] and records the
// names in it. afterTitle says a title preceded the run.
func (f *nameFinder) casedRun(si, i, j int, afterTitle bool) {
	infos := f.info[si]
	// Leading words that are no part of a name.
	for i < j {
		in := infos[i]
		switch {
		case isParticle(in.folded):
		case isCalendar(in.folded):
		case f.isStop(in.folded) && !in.acronym:
		case in.sentStart && !f.midCap[in.folded] && !f.titleCap[in.folded] && !isTitle(in.folded):
		case f.lower[in.folded] && !isTitle(in.folded) && !in.acronym:
		default:
			goto trimmed
		}
		i++
	}
trimmed:
	// A title splits the run: what precedes it is a name of its own, what
	// follows it is the name the title belongs to.
	for k := j - 1; k >= i; k-- {
		if !isTitle(infos[k].folded) {
			continue
		}
		start := k
		for start > i && isTitle(infos[start-1].folded) {
			start--
		}
		f.casedRun(si, i, start, afterTitle)
		f.casedRun(si, k+1, j, true)
		return
	}
	// A month or weekday splits the run ("Yemen January", "Iran September").
	for k := i; k < j; k++ {
		if isCalendar(infos[k].folded) {
			f.casedRun(si, i, k, afterTitle)
			f.casedRun(si, k+1, j, false)
			return
		}
	}
	// Trailing particles, stop words and initials.
	for j > i {
		in := infos[j-1]
		if !isParticle(in.folded) && !(f.isStop(in.folded) && !in.acronym) && utf8.RuneCountInString(in.folded) > 1 {
			break
		}
		j--
	}
	n := j - i
	if n <= 0 || n > maxNameWords {
		return
	}
	if n == 1 && !afterTitle {
		in := infos[i]
		if !in.acronym && (utf8.RuneCountInString(in.folded) < 3 || f.lang == "de") {
			return
		}
	}
	f.add(si, i, j)
}

// arabic finds names in the Arabic-script words of segment si: after cue
// words and between quotation marks.
func (f *nameFinder) arabic(si int) {
	seg, infos := f.segs[si], f.info[si]
	n := len(seg.Tokens)
	for i := 0; i < n; i++ {
		if !infos[i].arabic {
			continue
		}
		// Quoted: “قاسم سليماني”.
		if k := f.quoted(si, i); k > i {
			f.add(si, i, k)
			i = k - 1
			continue
		}
		if ar.IsGivenName(infos[i].folded) {
			// A given name opens a name: بشار الأسد.
			if k := f.arabicName(si, i); k > i {
				f.add(si, i, k)
				i = k - 1
			}
			continue
		}
		if !isArabicCue(infos[i].folded) {
			continue
		}
		// Skip the cue's qualifiers: more cue words, definite words
		// ("الخارجية", "السوري").
		j, skipped := i+1, 0
		for j < n && skipped < 4 && infos[j].arabic && infos[j].joinPrev &&
			(isArabicCue(infos[j].folded) || ar.IsDefinite(infos[j].folded)) {
			j++
			skipped++
		}
		if j >= n || !infos[j].joinPrev || !infos[j].arabic {
			continue
		}
		if k := f.arabicName(si, j); k > j {
			f.add(si, j, k)
			i = k - 1
		}
	}
}

// quoted returns the end of a quoted name of one to three Arabic-script
// words starting at token i, or i when there is none.
func (f *nameFinder) quoted(si, i int) int {
	seg, infos := f.segs[si], f.info[si]
	if !quoteBefore(seg, i) {
		return i
	}
	for k := i; k < len(infos) && k-i < 3; k++ {
		in := infos[k]
		if !in.arabic || arabicStop(in.folded) || utf8.RuneCountInString(in.folded) < 2 || k > i && !in.joinPrev {
			return i
		}
		if quoteAfter(seg, k) {
			return k + 1
		}
	}
	return i
}

// arabicName returns the end of the name starting at token j: two words
// (three or four with عبد, أبو, بن), stopping at a stop word, a cue, a
// relational adjective, punctuation or a non-Arabic token. It returns j
// when no name starts there.
func (f *nameFinder) arabicName(si, j int) int {
	infos := f.info[si]
	n := len(infos)
	if j >= n || ar.IsDefinite(infos[j].folded) {
		return j
	}
	max := 2
	k := j
	for k < n && k-j < max && infos[k].arabic && (k == j || infos[k].joinPrev) {
		w := infos[k].folded
		if arabicStop(w) || isArabicCue(w) || k > j && ar.IsNisba(w) || utf8.RuneCountInString(w) < 2 {
			break
		}
		if ar.IsNameConnector(w) && max < 4 {
			max++
		}
		k++
	}
	// A name does not end on a connector.
	for k > j && ar.IsNameConnector(infos[k-1].folded) {
		k--
	}
	return k
}

func (f *nameFinder) add(si, i, j int) {
	seg := f.segs[si]
	text := seg.Src[seg.Tokens[i].Start:seg.Tokens[j-1].End]
	if !lang.IsASCII(text) {
		text = token.NFKC(text)
	}
	if last := seg.Tokens[j-1].Text; namekey.TrimApostrophe(last) != last {
		text = strings.TrimSuffix(text, last) + namekey.TrimApostrophe(last)
	}
	key, ok := f.keys[text]
	if !ok {
		key = namekey.Key(text)
		f.keys[text] = key
	}
	if key == "" {
		return
	}
	f.mentions = append(f.mentions, mention{text: text, key: key, order: len(f.mentions)})
}

// merge groups the mentions into names, counts the bare later mentions of
// Arabic-script names, and folds short names into the longer names they end.
func (f *nameFinder) merge() []Name {
	byKey := map[string]*Name{}
	first := map[string]int{}
	var keys []string
	for _, m := range f.mentions {
		if n, ok := byKey[m.key]; ok {
			n.Count++
			continue
		}
		byKey[m.key] = &Name{Text: m.text, Key: m.key, Count: 1}
		first[m.key] = m.order
		keys = append(keys, m.key)
	}
	f.countArabic(byKey, keys)
	// Fold a name into the most mentioned person-like longer name whose key
	// it ends ("Soleimani" into "Qassem Soleimani").
	for _, k := range keys {
		var best *Name
		for _, k2 := range keys {
			long := byKey[k2]
			if long == nil || k2 == k || !strings.HasSuffix(k2, " "+k) || !personLike(long.Text) {
				continue
			}
			// A short key ("as") says little: ask for the same spelling.
			if len(k) < 3 && !strings.HasSuffix(strings.ToLower(long.Text), strings.ToLower(byKey[k].Text)) {
				continue
			}
			if best == nil || long.Count > best.Count {
				best = long
			}
		}
		if best != nil {
			best.Count += byKey[k].Count
			first[best.Key] = min(first[best.Key], first[k])
			delete(byKey, k)
		}
	}
	out := make([]Name, 0, len(byKey))
	for _, k := range keys {
		if n, ok := byKey[k]; ok && n.Count > 0 {
			out = append(out, *n)
		}
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].Count != out[b].Count {
			return out[a].Count > out[b].Count
		}
		return first[out[a].Key] < first[out[b].Key]
	})
	return out
}

// personLike reports whether a name of several words looks like a
// person's: two to four words, joined by spaces or after a particle
// ("al-Assad"), no "of" ("Ministry of Defense") and no hyphenated compound
// ("Russian-Iranian").
func personLike(text string) bool {
	words := strings.Fields(text)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		lw := strings.ToLower(w)
		if lw == "of" {
			return false
		}
		if i := strings.IndexAny(lw, "-‐‑"); i >= 0 && !isParticle(lw[:i]) {
			return false
		}
	}
	return true
}

// countArabic sets the count of each Arabic-script name to the number of
// times it occurs: its words in a row, a one-letter proclitic (و ف ب ل ك)
// allowed on the first, or its last word alone (a surname mention). Longer
// names claim their tokens first, so no token counts twice; a name whose
// every occurrence lies inside a longer one gets 0.
func (f *nameFinder) countArabic(byKey map[string]*Name, keys []string) {
	type cand struct {
		n     *Name
		words []string
	}
	var cands []cand
	for _, k := range keys {
		n := byKey[k]
		words := strings.Fields(n.Text)
		if len(words) == 0 || !ar.HasLetter(words[0]) {
			continue
		}
		for i, w := range words {
			words[i] = f.r.Fold(w)
		}
		cands = append(cands, cand{n, words})
	}
	if len(cands) == 0 {
		return
	}
	sort.SliceStable(cands, func(a, b int) bool { return len(cands[a].words) > len(cands[b].words) })
	covered := make([][]bool, len(f.segs))
	for si := range f.segs {
		covered[si] = make([]bool, len(f.info[si]))
	}
	free := func(si, i, n int) bool {
		for k := i; k < i+n; k++ {
			if covered[si][k] {
				return false
			}
		}
		return true
	}
	claim := func(words []string) int {
		count := 0
		for si, infos := range f.info {
			for i := 0; i+len(words) <= len(infos); i++ {
				if free(si, i, len(words)) && matchArabic(infos[i:i+len(words)], words) {
					for k := i; k < i+len(words); k++ {
						covered[si][k] = true
					}
					count++
					i += len(words) - 1
				}
			}
		}
		return count
	}
	for _, c := range cands {
		count := claim(c.words)
		if last := c.words[len(c.words)-1]; len(c.words) > 1 && utf8.RuneCountInString(last) >= 3 && !arabicStop(last) {
			count += claim([]string{last})
		}
		c.n.Count = count
	}
}

// matchArabic reports whether the tokens spell words, the first maybe with
// a one-letter proclitic.
func matchArabic(infos []tokInfo, words []string) bool {
	for i, w := range words {
		got := infos[i].folded
		if got == w {
			continue
		}
		if i == 0 && strings.HasSuffix(got, w) {
			if p := got[:len(got)-len(w)]; utf8.RuneCountInString(p) == 1 && strings.Contains(ar.Proclitics, p) {
				continue
			}
		}
		return false
	}
	return true
}

// joinable reports whether gap, the text between prev and the next token,
// lets a name run on: one space or hyphen, or ". " after an initial.
func joinable(gap string, prev token.Token) bool {
	switch gap {
	case " ", "\u00a0", "-", "\u2010", "\u2011":
		return true
	case ". ":
		return utf8.RuneCountInString(prev.Text) == 1
	}
	return false
}

// sentenceBreak reports whether gap ends a sentence or starts a line,
// quote or parenthesis, after which a capital says nothing about names.
func sentenceBreak(gap string, prev token.Token, src string) bool {
	if !strings.ContainsAny(gap, ".!?…:;\n\"“”«»„()[]|•") {
		return false
	}
	if strings.TrimLeft(gap, " ") != "" && strings.Trim(gap, ". ") == "" {
		// Only a dot: not a sentence end after an abbreviation or initial.
		if utf8.RuneCountInString(prev.Text) == 1 || lang.IsAbbrev(strings.ToLower(prev.Text)) {
			return false
		}
		if len(prev.Text) != prev.End-prev.Start { // a dotted acronym
			return false
		}
	}
	return true
}

// quoteBefore reports whether token i of seg directly follows an opening
// quotation mark.
func quoteBefore(seg token.Segment, i int) bool {
	start := 0
	if i > 0 {
		start = seg.Tokens[i-1].End
	}
	gap := strings.TrimRight(seg.Src[start:seg.Tokens[i].Start], " ")
	return strings.HasSuffix(gap, "“") || strings.HasSuffix(gap, "\"") ||
		strings.HasSuffix(gap, "«") || strings.HasSuffix(gap, "”") && !strings.HasSuffix(gap, "“”")
}

// quoteAfter reports whether token i of seg is directly followed by a
// closing quotation mark.
func quoteAfter(seg token.Segment, i int) bool {
	rest := strings.TrimLeft(seg.Src[seg.Tokens[i].End:], " ")
	return strings.HasPrefix(rest, "”") || strings.HasPrefix(rest, "\"") ||
		strings.HasPrefix(rest, "»") || strings.HasPrefix(rest, "“")
}

// arabicStop reports an Arabic or Persian stop word.
func arabicStop(w string) bool { return ar.IsStop(w) || fa.IsStop(w) }

// isArabicCue reports an Arabic or Persian cue word, a one-letter
// proclitic allowed ("والرئيس", "للرئيس").
func isArabicCue(w string) bool {
	if ar.IsNameCue(w) || fa.IsNameCue(w) {
		return true
	}
	if rest, ok := ar.StripProclitic(w); ok {
		return ar.IsNameCue(rest) || fa.IsNameCue(rest)
	}
	return false
}

// isParticle reports the lowercase words allowed inside a name.
func isParticle(w string) bool {
	_, ok := particleWords[w]
	return ok
}

var particleWords = setOf(`al el ad as ash at an ar az bin ibn bint ben abu
	de da di del della dos das du des la le van von der den ter zu of y
	аль ал бен ибн бин фон ван де`)

// isTitle reports a title, rank, office or honorific that precedes a name,
// German compounds included ("Finanzminister", "Ministerpräsidentin").
func isTitle(w string) bool { return lang.IsTitle(w) || lang.HasTitleSuffix(w) }

// setOf returns the set of the space-separated words of s.
func setOf(s string) map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range strings.Fields(s) {
		m[w] = struct{}{}
	}
	return m
}

// isCalendar reports a month or weekday name, which is capitalised in many
// languages without being a name.
func isCalendar(w string) bool {
	return dates.IsMonthName(w) || dates.IsWeekdayName(strings.TrimSuffix(w, "s"))
}
