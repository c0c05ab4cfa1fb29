package tagger

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/gazetteer"
	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/ar"
	"github.com/storyline/storyline/internal/lang/fa"
)

// wordInfo is what the features read of one word, computed once a sentence.
type wordInfo struct {
	text, fold, shape, short string
	script                   byte
	title                    bool
	punct                    string
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

// sentenceInfo describes the words of a sentence for the features.
func sentenceInfo(code string, words []Word, places *gazetteer.Gazetteer) []wordInfo {
	infos := make([]wordInfo, len(words))
	for i, w := range words {
		f := lang.Fold(code, w.Text)
		long, short := shapes(w.Text)
		infos[i] = wordInfo{
			text: w.Text, fold: f, shape: long, short: short,
			script: script(w.Text),
			title:  lang.IsTitle(f) || lang.HasTitleSuffix(f) || ((code == "ar" || code == "fa") && (ar.IsNameCue(f) || fa.IsNameCue(f))),
			punct:  w.Punct,
		}
	}
	if places != nil {
		markPlaces(code, infos, places)
	}
	return infos
}

// markPlaces sets the place of the words that make up a place's name in
// the gazetteer, longest name first: up to three words, up to four Han
// characters. Lower-case words start no name ("nice", "reading").
func markPlaces(code string, infos []wordInfo, places *gazetteer.Gazetteer) {
	maxLen, sep := 3, " "
	if code == "zh" || code == "ja" {
		maxLen, sep = 4, ""
	}
	// A name starts and ends with a capitalised or uncased word (or a Han
	// character).
	nameWord := func(in *wordInfo) bool {
		return len(in.short) > 0 && (in.short[0] == 'X' || in.short[0] == 'a') && !in.title
	}
	var b strings.Builder
	for i := 0; i < len(infos); {
		if !nameWord(&infos[i]) {
			i++
			continue
		}
		found := 0
		var kind string
		for n := min(maxLen, len(infos)-i); n >= 1 && found == 0; n-- {
			if sep == "" && n == 1 {
				break
			}
			if !nameWord(&infos[i+n-1]) {
				continue
			}
			b.Reset()
			for k := i; k < i+n; k++ {
				if k > i {
					b.WriteString(sep)
				}
				b.WriteString(infos[k].text)
			}
			if p, ok := places.Lookup(b.String()); ok {
				found, kind = n, p.Kind.String()
			}
		}
		if found == 0 {
			i++
			continue
		}
		infos[i].place = "B-" + kind
		for k := i + 1; k < i+found; k++ {
			infos[k].place = "I-" + kind
		}
		i += found
	}
}

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
	add(feature("bias"))
	add(feature("w").add(w.text))
	add(feature("f").add(w.fold))
	add(feature("shape").add(w.shape))
	add(feature("short").add(w.short))
	add(feature("script").add(string(rune(w.script))))
	add(feature("punct").add(w.punct))
	if i == 0 {
		add(feature("first").add(w.short))
	}
	// Prefixes and suffixes of one to four runes.
	n := utf8.RuneCountInString(w.fold)
	if n > 1 {
		for k, end := 1, 0; k <= 4 && k < n; k++ {
			_, size := utf8.DecodeRuneInString(w.fold[end:])
			end += size
			add(feature("pre").add(w.fold[:end]))
		}
		for k, start := 1, len(w.fold); k <= 4 && k < n; k++ {
			_, size := utf8.DecodeLastRuneInString(w.fold[:start])
			start -= size
			add(feature("suf").add(w.fold[start:]))
		}
	}
	// The neighbours.
	p1, p2, n1, n2 := at(infos, i-1), at(infos, i-2), at(infos, i+1), at(infos, i+2)
	add(feature("f-1").add(p1.fold))
	add(feature("f-2").add(p2.fold))
	add(feature("f+1").add(n1.fold))
	add(feature("f+2").add(n2.fold))
	add(feature("short-1").add(p1.short))
	add(feature("short+1").add(n1.short))
	add(feature("short-1,0,+1").add(p1.short).add(w.short).add(n1.short))
	add(feature("f-1,0").add(p1.fold).add(w.fold))
	add(feature("f0,+1").add(w.fold).add(n1.fold))
	add(feature("punct+1").add(n1.punct))
	add(feature("f-1,short").add(p1.fold).add(w.short))
	// The gazetteer's places.
	if w.place != "" {
		add(feature("place").add(w.place))
		add(feature("place,short").add(w.place).add(w.short))
	}
	if p1.place != "" {
		add(feature("place-1").add(p1.place))
	}
	if n1.place != "" {
		add(feature("place+1").add(n1.place))
	}
	// The language layer's cues.
	if w.title {
		add(feature("title"))
	}
	if p1.title {
		add(feature("title-1").add(w.short))
	}
	if p2.title {
		add(feature("title-2"))
	}
	if lang.IsFunctionWord(code, w.fold) {
		add(feature("function"))
	}
	switch code {
	case "ar", "fa":
		if s, ok := ar.StripProclitic(w.fold); ok {
			add(feature("clitic").add(s))
			add(feature("proclitic").add(w.fold[:len(w.fold)-len(s)]))
		}
		if d := ar.StripDefinite(w.fold); d != w.fold {
			add(feature("definite").add(d))
			add(feature("definite-suf").add(lastRunes(d, 2)))
		}
		if ar.IsGivenName(w.fold) {
			add(feature("given"))
		}
	case "zh":
		add(feature("zh-1,0,+1").add(p1.text).add(w.text).add(n1.text))
		add(feature("zh-2,-1").add(p2.text).add(p1.text))
		add(feature("zh+1,+2").add(n1.text).add(n2.text))
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
