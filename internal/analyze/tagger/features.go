package tagger

import (
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/gazetteer"
	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/ar"
	"github.com/storyline/storyline/internal/lang/fa"
	"github.com/storyline/storyline/internal/lang/token"
)

// wordInfo is what the features read of one word, computed once a sentence.
type wordInfo struct {
	// text is the word but an apostrophe's suffix or elided article
	// ("Ankara'da", "Iran's", "dell'Iraq" are read as "Ankara", "Iran",
	// "Iraq"), which clitic keeps ("'da", "'s", "dell'").
	text, fold, shape, short string
	clitic                   string
	script                   byte
	title                    bool
	// noun says whether the folded word is a common noun of the
	// language's lexicon or ends in one (nounClass).
	noun byte
	// function says whether the folded word is a function word.
	function bool
	punct    string
	// place is the gazetteer's word for the word: "B-country" when a
	// place's name starts at it, "I-city" inside one, "" elsewhere.
	place string
}

// hasher hashes a feature's name and values with 32-bit FNV-1a.
type hasher uint32

const fnvOffset, fnvPrime = 2166136261, 16777619

func (h hasher) add(s string) hasher {
	for i := 0; i < len(s); i++ {
		h ^= hasher(s[i])
		h *= fnvPrime
	}
	h ^= 0xff // separator, so ("ab","c") and ("a","bc") differ
	h *= fnvPrime
	return h
}

// feature starts a feature named name.
func feature(name string) hasher { return hasher(fnvOffset).add(name) }

// The hashes of the features' names, computed once.
var (
	hBias          = feature("bias")
	hApos          = feature("apos")
	hAposPrev      = feature("apos-1")
	hClitic        = feature("clitic")
	hDefinite      = feature("definite")
	hDefiniteSuf   = feature("definite-suf")
	hFirst         = feature("first")
	hFold          = feature("f")
	hFoldCurNext   = feature("f0,+1")
	hFoldNext      = feature("f+1")
	hFoldNext2     = feature("f+2")
	hFoldPrev      = feature("f-1")
	hFoldPrev2     = feature("f-2")
	hFoldPrevCur   = feature("f-1,0")
	hFoldPrevShort = feature("f-1,short")
	hFunction      = feature("function")
	hGiven         = feature("given")
	hNoun          = feature("noun")
	hNounNext      = feature("noun+1")
	hNounPrev      = feature("noun-1")
	hPlace         = feature("place")
	hPlaceNext     = feature("place+1")
	hPlacePrev     = feature("place-1")
	hPlaceShort    = feature("place,short")
	hPre           = feature("pre")
	hProclitic     = feature("proclitic")
	hPunct         = feature("punct")
	hPunctNext     = feature("punct+1")
	hScript        = feature("script")
	hShape         = feature("shape")
	hShort         = feature("short")
	hShort3        = feature("short-1,0,+1")
	hShortNext     = feature("short+1")
	hShortPrev     = feature("short-1")
	hSuf           = feature("suf")
	hTitle         = feature("title")
	hTitlePrev     = feature("title-1")
	hTitlePrev2    = feature("title-2")
	hWord          = feature("w")
	hZh3           = feature("zh-1,0,+1")
	hZhNext2       = feature("zh+1,+2")
	hZhPrev2       = feature("zh-2,-1")
)

// sentenceInfo describes the words of a sentence for the features.
func sentenceInfo(code string, words []Word, places *gazetteer.Gazetteer) []wordInfo {
	var find placeFinder
	if places != nil {
		find = func(name []byte, first string) (placeAnswer, bool) {
			if first != "" && !places.MayStartName(first) {
				return placeAnswer{}, false
			}
			p, ok := places.Lookup(string(name))
			return newAnswer(p.Kind.String(), ok), ok
		}
	}
	return appendInfo(nil, code, words, find, nil)
}

// placeAnswer is the gazetteer's answer for a name: the places of its
// first word and of the others (wordInfo.place), and whether it has one.
type placeAnswer struct {
	begin, inside string
	ok            bool
}

func newAnswer(kind string, ok bool) placeAnswer {
	if !ok {
		return placeAnswer{}
	}
	return placeAnswer{"B-" + kind, "I-" + kind, true}
}

// placeFinder returns the gazetteer's answer for a name; first is the
// name's first word when it has two words or more (the finder may answer
// at once that no name of the gazetteer starts so), else "".
type placeFinder func(name []byte, first string) (placeAnswer, bool)

// appendInfo appends to infos the description of the words of a sentence
// for the features, the places as find finds them (none if find is nil).
// Words already in seen are described as there; if seen is not nil, the
// others are added to it.
func appendInfo(infos []wordInfo, code string, words []Word, find placeFinder, seen map[string]wordInfo) []wordInfo {
	infos = append(infos[:0], make([]wordInfo, len(words))...)
	for i, w := range words {
		in, ok := seen[w.Text]
		if !ok {
			in = describe(code, w.Text)
			if seen != nil {
				seen[w.Text] = in
			}
		}
		in.punct = w.Punct
		infos[i] = in
	}
	if find != nil {
		markPlaces(code, infos, find)
	}
	return infos
}

// describe returns what the features read of a word but its punctuation
// and place.
func describe(code, text string) wordInfo {
	text, clitic := splitApostrophe(text)
	f := lang.Fold(code, text)
	long, short := shapes(text)
	return wordInfo{
		text: text, fold: f, shape: long, short: short, clitic: clitic,
		script:   script(text),
		title:    lang.IsTitle(f) || lang.HasTitleSuffix(f) || ((code == "ar" || code == "fa") && (ar.IsNameCue(f) || fa.IsNameCue(f))),
		function: lang.IsFunctionWord(code, f),
		noun:     nounClass(code, f),
	}
}

// splitApostrophe cuts a word at its last apostrophe into the name part
// and the clitic: a suffix of one to five lower-case letters after a word
// not all lower-case ("Ankara'da", "Iran's": "'da", "'s"), or an elided
// word of one to five lower-case letters before the rest ("dell'Iraq",
// "l'anno": "dell'"), the apostrophe written "'" whatever it was. Other
// words are whole ("O'Brien"), clitic "".
func splitApostrophe(w string) (text, clitic string) {
	i := token.LastIndexApostrophe(w)
	if i <= 0 {
		return w, ""
	}
	_, size := utf8.DecodeRuneInString(w[i:])
	before, after := w[:i], w[i+size:]
	if after == "" {
		return w, ""
	}
	switch {
	case lowerLetters(after, 5) && !lowerLetters(before, -1):
		return before, "'" + after
	case lowerLetters(before, 5):
		return after, before + "'"
	}
	return w, ""
}

// lowerLetters reports whether s is lower-case letters only, at most max
// of them (any number if max < 0).
func lowerLetters(s string, max int) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
		n++
	}
	return n > 0 && (max < 0 || n <= max)
}

// markPlaces sets the place of the words that make up a place's name in
// the gazetteer, longest name first: up to three words, up to four Han
// characters. Lower-case words start no name ("nice", "reading").
func markPlaces(code string, infos []wordInfo, find placeFinder) {
	maxLen, sep := 3, " "
	if code == "zh" || code == "ja" {
		maxLen, sep = 4, ""
	}
	// A name starts and ends with a capitalised or uncased word (or a Han
	// character).
	nameWord := func(in *wordInfo) bool {
		return len(in.short) > 0 && (in.short[0] == 'X' || in.short[0] == 'a') && !in.title
	}
	var b []byte
	for i := 0; i < len(infos); {
		if !nameWord(&infos[i]) {
			i++
			continue
		}
		found := 0
		var place placeAnswer
		for n := min(maxLen, len(infos)-i); n >= 1 && found == 0; n-- {
			if sep == "" && n == 1 {
				break
			}
			if !nameWord(&infos[i+n-1]) {
				continue
			}
			b = b[:0]
			for k := i; k < i+n; k++ {
				if k > i {
					b = append(b, sep...)
				}
				b = append(b, infos[k].text...)
			}
			first := ""
			if n > 1 && sep != "" {
				first = infos[i].text
			}
			if a, ok := find(b, first); ok {
				found, place = n, a
			} else if n == 1 && genitiveS(code) && len(b) > 4 && b[len(b)-1] == 's' {
				// A genitive: German "Japans", "Sachsens".
				if a, ok := find(b[:len(b)-1], ""); ok {
					found, place = n, a
				}
			}
		}
		if found == 0 {
			i++
			continue
		}
		infos[i].place = place.begin
		for k := i + 1; k < i+found; k++ {
			infos[k].place = place.inside
		}
		i += found
	}
}

// genitiveS reports whether language code writes a name's genitive with
// an s and no apostrophe ("Japans").
func genitiveS(code string) bool { return code == "de" }

// Boundary words stand beyond the ends of a sentence.
var (
	startInfo = wordInfo{text: "<s>", fold: "<s>", shape: "<s>", short: "<s>"}
	endInfo   = wordInfo{text: "</s>", fold: "</s>", shape: "</s>", short: "</s>"}
)

func at(infos []wordInfo, i int) *wordInfo {
	switch {
	case i < 0:
		return &startInfo
	case i >= len(infos):
		return &endInfo
	}
	return &infos[i]
}

// features appends the hashed features of word i to buf, each masked to
// the model's table.
func features(code string, infos []wordInfo, i int, mask uint32, buf []uint32) []uint32 {
	add := func(h hasher) { buf = append(buf, uint32(h)&mask) }
	w := &infos[i]
	add(hBias)
	add(hWord.add(w.text))
	add(hFold.add(w.fold))
	add(hShape.add(w.shape))
	add(hShort.add(w.short))
	add(hScript.add(string(rune(w.script))))
	add(hPunct.add(w.punct))
	if i == 0 {
		add(hFirst.add(w.short))
	}
	if w.clitic != "" {
		add(hApos.add(w.clitic))
	}
	// Prefixes and suffixes of one to four runes.
	n := utf8.RuneCountInString(w.fold)
	if n > 1 {
		for k, end := 1, 0; k <= 4 && k < n; k++ {
			_, size := utf8.DecodeRuneInString(w.fold[end:])
			end += size
			add(hPre.add(w.fold[:end]))
		}
		for k, start := 1, len(w.fold); k <= 4 && k < n; k++ {
			_, size := utf8.DecodeLastRuneInString(w.fold[:start])
			start -= size
			add(hSuf.add(w.fold[start:]))
		}
	}
	// The neighbours.
	p1, p2, n1, n2 := at(infos, i-1), at(infos, i-2), at(infos, i+1), at(infos, i+2)
	add(hFoldPrev.add(p1.fold))
	add(hFoldPrev2.add(p2.fold))
	add(hFoldNext.add(n1.fold))
	add(hFoldNext2.add(n2.fold))
	add(hShortPrev.add(p1.short))
	add(hShortNext.add(n1.short))
	add(hShort3.add(p1.short).add(w.short).add(n1.short))
	add(hFoldPrevCur.add(p1.fold).add(w.fold))
	add(hFoldCurNext.add(w.fold).add(n1.fold))
	add(hPunctNext.add(n1.punct))
	if p1.clitic != "" {
		add(hAposPrev.add(p1.clitic))
	}
	add(hFoldPrevShort.add(p1.fold).add(w.short))
	// The gazetteer's places.
	if w.place != "" {
		add(hPlace.add(w.place))
		add(hPlaceShort.add(w.place).add(w.short))
	}
	if p1.place != "" {
		add(hPlacePrev.add(p1.place))
	}
	if n1.place != "" {
		add(hPlaceNext.add(n1.place))
	}
	// The language layer's cues.
	if w.title {
		add(hTitle)
	}
	if p1.title {
		add(hTitlePrev.add(w.short))
	}
	if p2.title {
		add(hTitlePrev2)
	}
	if w.function {
		add(hFunction)
	}
	if w.noun != notNoun {
		add(hNoun.add(string(rune('0' + w.noun))).add(w.short))
	} else if code == "de" && !w.function {
		// Not a German noun: capitalised, a name more likely.
		add(hNoun.add("-").add(w.short).add(p1.short))
	}
	if n1.noun != notNoun {
		add(hNounNext.add(string(rune('0' + n1.noun))))
	}
	if p1.noun != notNoun {
		add(hNounPrev.add(string(rune('0' + p1.noun))))
	}
	switch code {
	case "ar", "fa":
		if s, ok := ar.StripProclitic(w.fold); ok {
			add(hClitic.add(s))
			add(hProclitic.add(w.fold[:len(w.fold)-len(s)]))
		}
		if d := ar.StripDefinite(w.fold); d != w.fold {
			add(hDefinite.add(d))
			add(hDefiniteSuf.add(lastRunes(d, 2)))
		}
		if ar.IsGivenName(w.fold) {
			add(hGiven)
		}
	case "zh":
		add(hZh3.add(p1.text).add(w.text).add(n1.text))
		add(hZhPrev2.add(p2.text).add(p1.text))
		add(hZhNext2.add(n1.text).add(n2.text))
	}
	return buf
}

func lastRunes(s string, k int) string {
	end := len(s)
	for ; k > 0 && end > 0; k-- {
		_, size := utf8.DecodeLastRuneInString(s[:end])
		end -= size
	}
	return s[end:]
}

// shapes returns the case pattern of a word: long maps upper-case letters to
// X, lower-case to x, uncased letters to a, digits to d and keeps other
// runes, at most four of a kind in a row; short keeps one of a kind.
func shapes(w string) (long, short string) {
	var lb, sb [64]byte
	l, s := lb[:0], sb[:0]
	var last rune
	run := 0
	for _, r := range w {
		c := r
		switch {
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			c = 'X'
		case r < utf8.RuneSelf && 'a' <= r && r <= 'z':
			c = 'x'
		case r < utf8.RuneSelf && '0' <= r && r <= '9':
			c = 'd'
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsLetter(r):
			c = 'a'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c == last {
			run++
		} else {
			run = 1
			s = utf8.AppendRune(s, c)
		}
		if run <= 4 {
			l = utf8.AppendRune(l, c)
		}
		last = c
	}
	return string(l), string(s)
}

// script returns a letter for the script of a word's first letter.
func script(w string) byte {
	for _, r := range w {
		switch {
		case r < 0x80 && unicode.IsLetter(r):
			return 'L'
		case unicode.Is(unicode.Latin, r):
			return 'l'
		case unicode.Is(unicode.Cyrillic, r):
			return 'C'
		case unicode.Is(unicode.Arabic, r):
			return 'A'
		case unicode.Is(unicode.Han, r):
			return 'H'
		case unicode.Is(unicode.Greek, r):
			return 'G'
		case unicode.IsLetter(r):
			return 'o'
		}
	}
	return '-'
}
