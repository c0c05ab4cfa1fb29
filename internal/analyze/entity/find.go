package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/ar"
	"github.com/storyline/storyline/internal/lang/namekey"
	"github.com/storyline/storyline/internal/lang/token"
)

// tok is one token of a segment with what the finder knows of it.
type tok struct {
	start, end int    // the name part: an elided article before and an apostrophe suffix after are outside
	raw        string // the token text as Tokenize gives it ("US" for "U.S.")
	norm       string // the name part, NFKC
	fold       string // norm folded (lang.Fold)
	kind       token.Kind
	cased      bool // first letter has case
	capital    bool // first letter is a capital
	allCaps    bool // two letters or more, all capitals
	arabic     bool // Arabic-script word
	sentStart  bool // first word of a sentence, line, quote or segment
	joinPrev   bool // only a space or hyphen (or ". " after an initial or abbreviated title) since the previous token
	hyphenPrev bool // a hyphen since the previous token
	suffix     string
	title      bool    // a title or rank (isTitle)
	stop       bool    // a stop word (isStop)
	org        orgKind // an organisation word (orgWord)
	line       int
	noisy      bool // on a line whose capitals say nothing
	titleCase  bool // on a title-case line (noisy)
	used       bool // inside a mention
}

// seg is the title (0) or the text (1).
type seg struct {
	src  string
	raw  []token.Token // the tokens as given
	toks []tok
}

// cand is one mention found, with what is known of its entity.
type cand struct {
	seg, i, j  int // tokens i..j-1
	start, end int // byte offsets in the segment
	typ        Type
	keys       []string // keys of the name words
	full       string   // keys joined by spaces
	core       string   // organisation: key without type words
	surname    string   // person: family-name key
	placeID    string
	place      string
	placeHint  bool // after a place preposition
	alForm     bool // an article and a word: "al-Nusra"
	acronym    bool
	midSent    bool // not sentence-initial, not on a noisy line
	order      int
}

// finder holds one article's search.
type finder struct {
	lang    string
	segs    [2]seg
	lower   map[string]bool // folded words the article writes in lowercase
	midCap  map[string]bool // folded words capitalised mid-sentence
	memo    map[string]wordInfo
	keyMemo map[string]string
	gaz     map[string]gazHit
	cands   []*cand
	fd      *Finder
	nextOrd int
}

// wordInfo caches the folding and the classes of one token text.
type wordInfo struct {
	norm, fold  string
	title, stop bool
	org         orgKind
}

func (fd *Finder) newFinder(lang string, title, text token.Segment) *finder {
	listsOnce.Do(loadLists)
	f := &finder{
		fd:      fd,
		lang:    lang,
		lower:   map[string]bool{},
		midCap:  map[string]bool{},
		memo:    map[string]wordInfo{},
		keyMemo: map[string]string{},
		gaz:     map[string]gazHit{},
	}
	line := 0
	for si, in := range [2]token.Segment{title, text} {
		line++
		line = f.prep(si, in, line)
	}
	f.markNoisy()
	return f
}

// clone returns a finder over the same described tokens that has found
// nothing yet: what a fresh newFinder would give, without describing the
// tokens again. The caches of words, keys and places are shared.
func (f *finder) clone() *finder {
	c := *f
	for si := range c.segs {
		c.segs[si].toks = slices.Clone(f.segs[si].toks)
	}
	c.cands, c.nextOrd = nil, 0
	return &c
}

// prep describes the tokens of in as segment si; it returns the last line
// number used.
func (f *finder) prep(si int, in token.Segment, line int) int {
	s := &f.segs[si]
	s.src, s.raw = in.Src, in.Tokens
	raw := in.Tokens
	s.toks = make([]tok, len(raw))
	prevEnd := 0
	for i, t := range raw {
		gap := s.src[prevEnd:t.Start]
		if strings.IndexByte(gap, '\n') >= 0 {
			line++
		}
		x := &s.toks[i]
		x.start, x.end, x.raw, x.kind, x.line = t.Start, t.End, t.Text, t.Kind, line
		if i > 0 {
			x.joinPrev = f.joinable(gap, &s.toks[i-1])
			x.hyphenPrev = x.joinPrev && gap != " " && gap != "\u00a0" && gap != ". "
			x.sentStart = sentenceBreak(gap, &s.toks[i-1])
		} else {
			x.sentStart = true
		}
		if t.Kind == token.Word {
			f.describe(s.src, x)
			if x.cased && !x.capital {
				f.lower[x.fold] = true
			}
		}
		prevEnd = t.End
	}
	return line
}

// describe fills the word fields of a token: the apostrophe suffix or
// elided article, the normalised and folded forms, the letter case.
func (f *finder) describe(src string, x *tok) {
	text := x.raw
	if x.end-x.start == len(text) { // not a dotted acronym
		if i := token.LastIndexApostrophe(text); i > 0 {
			_, aw := utf8.DecodeRuneInString(text[i:])
			before, after := text[:i], text[i+aw:]
			la := strings.ToLower(after)
			switch {
			case apostropheSuffixes[la]:
				x.suffix = la
				x.end = x.start + i
				text = before
			case runeLen(before) <= 4 && isLowerWord(before) && !isLowerWord(after):
				// An elided article: "l'Iran", "dell'Iraq", "d'Estaing".
				x.start += i + aw
				text = after
			}
		}
	}
	wi := f.word(text)
	x.norm, x.fold = wi.norm, wi.fold
	x.title, x.stop, x.org = wi.title, wi.stop, wi.org
	r, _ := utf8.DecodeRuneInString(x.norm)
	x.cased = unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r)
	x.capital = unicode.IsUpper(r) || unicode.IsTitle(r)
	x.allCaps = token.IsAllCaps(x.norm)
	x.arabic = ar.IsArabicLetter(r)
}

// word returns the folding and classes of one word.
func (f *finder) word(text string) wordInfo {
	k := langWord{f.lang, text}
	if wi, ok := f.fd.words.Get(k); ok {
		return wi
	}
	n := text
	if !lang.IsASCII(n) {
		n = token.NFKC(n)
	}
	wi := wordInfo{norm: n, fold: lang.Fold(f.lang, n)}
	wi.title, wi.stop, wi.org = isTitle(wi.fold), f.isStop(wi.fold), orgWord(wi.fold)
	f.fd.words.Put(k, wi)
	return wi
}

// markNoisy marks the lines whose capitals say nothing: title case (three
// words or more, and of the capitalised words after the first at least two
// and 40% are stop words or words the article also writes in lowercase)
// and all capitals. It then records the words capitalised mid-sentence
// elsewhere.
func (f *finder) markNoisy() {
	type stat struct{ words, caps, common, upper, lower int }
	stats := map[int]*stat{}
	for si := range f.segs {
		for i := range f.segs[si].toks {
			t := &f.segs[si].toks[i]
			if t.kind != token.Word || !t.cased {
				continue
			}
			st := stats[t.line]
			if st == nil {
				st = &stat{}
				stats[t.line] = st
			}
			st.words++
			if t.allCaps {
				st.upper++
			}
			if !t.capital {
				st.lower++
			}
			if t.capital && !t.sentStart {
				st.caps++
				if t.stop || f.lower[t.fold] {
					st.common++
				}
			}
		}
	}
	noisy, titleCase := map[int]bool{}, map[int]bool{}
	for line, st := range stats {
		title := st.words >= 3 && st.common >= 2 && st.common*10 >= st.caps*4
		if title || st.words >= 3 && st.upper*10 >= st.words*6 || st.words >= 5 && st.lower == 0 {
			noisy[line] = true
		}
		titleCase[line] = title && st.upper*10 < st.words*6
	}
	for si := range f.segs {
		ts := f.segs[si].toks
		for i := range ts {
			t := &ts[i]
			t.noisy, t.titleCase = noisy[t.line], titleCase[t.line]
			// Words in capitals beside each other are a byline or a
			// shouted phrase ("By DAVID BRINN"), not acronyms.
			if t.allCaps && (i > 0 && ts[i-1].allCaps && ts[i-1].line == t.line || i+1 < len(ts) && ts[i+1].allCaps && ts[i+1].line == t.line) {
				t.noisy = true
			}
			if t.capital && !t.sentStart && !t.noisy {
				f.midCap[t.fold] = true
			}
		}
	}
}

// joinable reports whether gap, the text between prev and the next token,
// lets a name run on: one space or hyphen, or ". " after an initial or an
// abbreviated title ("Mr. Soleimani").
func (f *finder) joinable(gap string, prev *tok) bool {
	switch gap {
	case " ", "\u00a0", "-", "\u2010", "\u2011":
		return true
	case ". ":
		return runeLen(prev.raw) == 1 || lang.IsAbbrev(strings.ToLower(prev.raw))
	}
	return false
}

// sentenceBreak reports whether gap ends a sentence or starts a line,
// quote or parenthesis, after which a capital says nothing about names.
func sentenceBreak(gap string, prev *tok) bool {
	if !strings.ContainsAny(gap, ".!?…:;\n\"“”«»„()[]|•—–") {
		return false
	}
	if strings.TrimLeft(gap, " ") != "" && strings.Trim(gap, ". ") == "" {
		// Only a dot: not a sentence end after an initial or abbreviation.
		if runeLen(prev.raw) == 1 || lang.IsAbbrev(strings.ToLower(prev.raw)) {
			return false
		}
		if len(prev.raw) != prev.end-prev.start && prev.suffix == "" { // a dotted acronym
			return false
		}
	}
	return true
}

// scan runs the first pass over both segments.
func (f *finder) scan() {
	for si := range f.segs {
		f.scanCased(si)
		f.scanArabic(si)
		f.scanHan(si)
	}
}

// add records a candidate over tokens i..j-1 of segment si; start and end
// default to the tokens' name parts.
func (f *finder) add(c *cand) *cand {
	s := &f.segs[c.seg]
	if c.start == 0 {
		c.start = s.toks[c.i].start
	}
	if c.end == 0 {
		c.end = s.toks[c.j-1].end
	}
	if c.end <= c.start || c.start < s.toks[c.i].start || c.end > s.toks[c.j-1].end {
		return nil
	}
	for k := c.i; k < c.j; k++ {
		if s.toks[k].kind != token.Han {
			s.toks[k].used = true
		}
	}
	if c.keys == nil {
		c.keys, c.surname = f.nameKeys(c.seg, c.i, c.j, c.start)
		c.core = f.coreKey(c.seg, c.i, c.j, c.keys)
	} else if c.core == "" {
		c.core = strings.Join(c.keys, " ")
	}
	if len(c.keys) == 0 {
		return nil
	}
	c.full = strings.Join(c.keys, " ")
	t := &s.toks[c.i]
	c.midSent = !t.sentStart && !t.noisy
	c.order = f.nextOrd
	f.nextOrd++
	f.cands = append(f.cands, c)
	return c
}

// nameKeys returns the keys of the name words of tokens i..j-1 (articles
// and particles left out, a connector joined to the next word) and the
// family-name key.
func (f *finder) nameKeys(si, i, j, start int) ([]string, string) {
	ts := f.segs[si].toks
	var keys []string
	pending := ""
	surname := ""
	for k := i; k < j; k++ {
		t := &ts[k]
		if t.kind == token.Han {
			keys = append(keys, hanKey(t.norm))
			surname = keys[len(keys)-1]
			continue
		}
		if t.kind != token.Word || f.isArticleAt(si, k) {
			continue
		}
		w, norm := t.fold, t.norm
		if k == i && start > t.start {
			// A proclitic left out: "لقاسم" is "قاسم".
			norm = token.NFKC(f.segs[si].src[start:t.end])
			w = lang.Fold(f.lang, norm)
		}
		if t.arabic {
			w = ar.StripDefinite(w)
		}
		if connectorSet[w] || t.arabic && arabicConnectorSet[w] {
			pending += f.wordKey(norm)
			continue
		}
		if particleSet[w] && !t.capital && k > i {
			continue
		}
		key := f.wordKey(norm)
		if key == "" {
			continue
		}
		keys = append(keys, key)
		surname = pending + key
		if pending != "" {
			keys[len(keys)-1] = surname
			pending = ""
		}
	}
	if pending != "" {
		keys = append(keys, pending)
		surname = pending
	}
	return keys, surname
}

// coreKey returns the key of an organisation name less its type words, or
// all of keys when only type words remain.
func (f *finder) coreKey(si, i, j int, keys []string) string {
	ts := f.segs[si].toks
	var core []string
	qualifiers := true // the core is only demonyms: "Syrian Army" keeps "Army"
	for k := i; k < j; k++ {
		t := &ts[k]
		if t.kind == token.Han {
			core = append(core, hanKey(t.norm))
			qualifiers = false
			continue
		}
		if t.kind != token.Word || f.isArticleAt(si, k) || particleSet[t.fold] && !t.capital {
			continue
		}
		if t.org == orgType || t.arabic && arabicOrg(t.fold) {
			continue
		}
		if key := f.wordKey(t.norm); key != "" {
			core = append(core, key)
			if !f.demonym(t) && !(t.arabic && ar.IsNisba(t.fold)) {
				qualifiers = false
			}
		}
	}
	if len(core) == 0 || qualifiers {
		return strings.Join(keys, " ")
	}
	return strings.Join(core, " ")
}

// wordKey returns the transliteration key of one word.
func (f *finder) wordKey(w string) string {
	if k, ok := f.fd.keys.Get(w); ok {
		return k
	}
	k := namekey.Key(w)
	f.fd.keys.Put(w, k)
	return k
}

// isArticleAt reports whether token k is the Arabic article written as a
// word: "al", "el", "аль" before a hyphen or space and a name, or an
// assimilated form before a word starting with its consonant ("As-Safir").
func (f *finder) isArticleAt(si, k int) bool {
	ts := f.segs[si].toks
	t := &ts[k]
	if k+1 >= len(ts) || !ts[k+1].joinPrev {
		return false
	}
	return ar.IsArticleWord(t.fold) || ts[k+1].hyphenPrev && ar.IsSunArticle(t.fold, ts[k+1].fold)
}

// isLowerWord reports whether the first letter of w is lowercase.
func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// apostropheSuffixes are the endings written after an apostrophe on a
// name: the English possessive and the Turkish and Azerbaijani case and
// possessive suffixes.
var apostropheSuffixes = func() map[string]bool {
	m := map[string]bool{"s": true}
	for _, s := range strings.Fields(`a e ı i u ü ya ye yı yi yu yü da de ta te
		dan den tan ten ın in un ün nın nin nun nün la le yla yle ca ce
		daki deki taki teki dır dir dur dür nda nde ndan nden na ne
		nı ni nu nü lar ler ları leri`) {
		m[s] = true
	}
	return m
}()

// locativeSuffixes are the Turkish suffixes that put a name in a place
// ("Suriye'de", "Moskova'dan").
var locativeSuffixes = map[string]bool{"da": true, "de": true, "ta": true, "te": true,
	"dan": true, "den": true, "tan": true, "ten": true, "nda": true, "nde": true}
