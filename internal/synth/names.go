package synth

import (
	"math/rand/v2"
	"strings"
	"unicode/utf8"
)

// Names of persons, organisations, places and outlets are invented from
// syllables: a consonant (or none), a vowel and an optional final. Each part
// has a spelling in every script, so a name has one identity and a spelling
// per language: Latin letters (with a few language-typical consonants:
// German "sch", Polish "sz", Turkish "ş"), Cyrillic, Arabic and Persian
// letters, and for Chinese one Han character per syllable as Chinese
// transliteration does.

// syllable indexes the tables below: consonant c (0 for none), vowel v,
// final f (0 for none).
type syllable struct{ c, v, f uint8 }

// word is the syllables of one word of a name.
type word []syllable

var (
	consLatin    = [...]string{"", "b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "sh", "kh", "ch"}
	consCyrillic = [...]string{"", "б", "д", "ф", "г", "к", "л", "м", "н", "п", "р", "с", "т", "в", "з", "ш", "х", "ч"}
	consArabic   = [...]string{"", "ب", "د", "ف", "غ", "ك", "ل", "م", "ن", "ب", "ر", "س", "ت", "ف", "ز", "ش", "خ", "تش"}
	consPersian  = [...]string{"", "ب", "د", "ف", "گ", "ک", "ل", "م", "ن", "پ", "ر", "س", "ت", "و", "ز", "ش", "خ", "چ"}
	// consWeight makes sh, kh and ch rarer than plain consonants.
	consWeight = [...]int{2, 4, 4, 2, 3, 4, 4, 4, 4, 2, 4, 4, 4, 3, 2, 1, 1, 1}

	vowelLatin    = [...]string{"a", "e", "i", "o", "u"}
	vowelCyrillic = [...]string{"а", "е", "и", "о", "у"}
	vowelArabic   = [...]string{"ا", "ي", "ي", "و", "و"}
	vowelPersian  = [...]string{"ا", "ی", "ی", "و", "و"}
	// Word-initial vowels.
	initCyrillic = [...]string{"а", "э", "и", "о", "у"}
	initArabic   = [...]string{"أ", "إي", "إي", "أو", "أو"}
	initPersian  = [...]string{"آ", "ا", "ای", "او", "او"}

	finalLatin    = [...]string{"", "n", "r", "l", "s"}
	finalCyrillic = [...]string{"", "н", "р", "л", "с"}
	finalArabic   = [...]string{"", "ن", "ر", "ل", "س"}
	finalHan      = [...]string{"", "恩", "尔", "尔", "斯"}

	// hanSyllables: a row per consonant, a column per vowel.
	hanSyllables = [...]string{
		"阿埃伊奥乌", "巴贝比博布", "达德迪多杜", "法费菲福弗", "加格吉戈古", "卡克基科库",
		"拉莱利洛卢", "马梅米莫穆", "纳内尼诺努", "帕佩皮珀普", "腊雷里罗鲁", "萨塞西索苏",
		"塔特蒂托图", "瓦韦维沃武", "扎泽齐佐祖", "沙谢希绍舒", "哈赫奚霍胡", "查切奇乔丘",
	}
	hanTable = func() [len(hanSyllables)][5]string {
		var t [len(hanSyllables)][5]string
		for i, row := range hanSyllables {
			j := 0
			for _, r := range row {
				t[i][j] = string(r)
				j++
			}
		}
		return t
	}()
)

// latinCons returns language-typical Latin spellings of sh, kh, ch and v.
func latinCons(code string, c uint8) string {
	s := consLatin[c]
	if c < 13 {
		return s
	}
	switch code {
	case "de":
		switch s {
		case "sh":
			return "sch"
		case "kh":
			return "ch"
		case "ch":
			return "tsch"
		case "v":
			return "w"
		}
	case "pl":
		switch s {
		case "sh":
			return "sz"
		case "kh":
			return "ch"
		case "ch":
			return "cz"
		case "v":
			return "w"
		}
	case "fr":
		switch s {
		case "sh":
			return "ch"
		case "ch":
			return "tch"
		}
	case "es":
		if s == "kh" {
			return "j"
		}
	case "tr":
		switch s {
		case "sh":
			return "ş"
		case "kh":
			return "h"
		case "ch":
			return "ç"
		}
	}
	return s
}

var consSampler = func() *sampler {
	w := make([]float64, len(consWeight))
	for i, x := range consWeight {
		w[i] = float64(x)
	}
	return newSampler(w)
}()

// newWord invents a word of n syllables.
func newWord(r *rand.Rand, n int) word {
	w := make(word, n)
	for i := range w {
		c := uint8(consSampler.draw(r.Float64()))
		if i > 0 && c == 0 {
			c = uint8(1 + r.IntN(len(consLatin)-1)) // no vowel hiatus
		}
		var f uint8
		if r.IntN(4) == 0 || (i == n-1 && r.IntN(2) == 0) {
			f = uint8(1 + r.IntN(len(finalLatin)-1))
		}
		w[i] = syllable{c, uint8(r.IntN(len(vowelLatin))), f}
	}
	return w
}

// appendWord appends the spelling of w in language l, capitalised in cased
// scripts.
func appendWord(b []byte, w word, l *language) []byte {
	start := len(b)
	for i, s := range w {
		switch l.script {
		case latin:
			b = append(b, latinCons(l.code, s.c)...)
			b = append(b, vowelLatin[s.v]...)
			b = append(b, finalLatin[s.f]...)
		case cyrillic:
			if i == 0 && s.c == 0 {
				b = append(b, initCyrillic[s.v]...)
			} else {
				b = append(b, consCyrillic[s.c]...)
				b = append(b, vowelCyrillic[s.v]...)
			}
			b = append(b, finalCyrillic[s.f]...)
		case arabic:
			if i == 0 && s.c == 0 {
				b = append(b, initArabic[s.v]...)
			} else {
				b = append(b, consArabic[s.c]...)
				b = append(b, vowelArabic[s.v]...)
			}
			b = append(b, finalArabic[s.f]...)
		case persian:
			if i == 0 && s.c == 0 {
				b = append(b, initPersian[s.v]...)
			} else {
				b = append(b, consPersian[s.c]...)
				b = append(b, vowelPersian[s.v]...)
			}
			b = append(b, finalArabic[s.f]...)
		case han:
			b = append(b, hanTable[s.c][s.v]...)
			b = append(b, finalHan[s.f]...)
		}
	}
	if l.script == latin || l.script == cyrillic {
		word := string(b[start:]) // short; capitalise in place
		b = appendCap(b[:start], word, l.code == "tr")
	}
	return b
}

// Entity kinds.
type kind uint8

const (
	person kind = iota
	org
	place
	outletKind
)

// entity is an invented person, organisation or place. It is a pure
// function of the stream's seed, its kind and its popularity rank, so it
// need not be stored: rank 0 is the most frequent.
type entity struct {
	kind    kind
	given   word // persons
	name    word // surname, organisation name or place
	role    int  // persons: index into language.roles
	orgKind int  // organisations: index into language.orgKinds; -1 for an acronym
	acronym string
}

// newEntity invents the entity of a kind and rank.
func newEntity(seed uint64, k kind, rank int) entity {
	r := rand.New(rand.NewPCG(seed^(uint64(k)+1)*0x9e3779b97f4a7c15, uint64(rank)))
	e := entity{kind: k}
	switch k {
	case person:
		e.given = newWord(r, 2+boolInt(r.IntN(4) == 0))
		e.name = newWord(r, 2+r.IntN(2))
		// World figures are heads of state and government more often.
		if rank < 50 && r.IntN(2) == 0 {
			e.role = r.IntN(3)
		} else {
			e.role = r.IntN(numRoles)
		}
	case org:
		e.name = newWord(r, 2+r.IntN(2))
		e.orgKind = r.IntN(numOrgKinds)
		if r.IntN(5) == 0 {
			e.orgKind = -1
			n := 3 + r.IntN(2)
			var b strings.Builder
			for range n {
				b.WriteByte(byte('A' + r.IntN(26)))
			}
			e.acronym = b.String()
		}
	default:
		e.name = newWord(r, 2+r.IntN(2))
	}
	return e
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// appendFull appends a person's full name, an organisation's name or a
// place in language l.
func (e *entity) appendFull(b []byte, l *language) []byte {
	switch e.kind {
	case person:
		b = appendWord(b, e.given, l)
		if l.script == han {
			b = append(b, "·"...)
		} else {
			b = append(b, ' ')
		}
		return appendWord(b, e.name, l)
	case org:
		if e.orgKind < 0 {
			return appendAcronym(b, e.acronym, l)
		}
		pat := l.orgKinds[e.orgKind]
		at := strings.IndexByte(pat, '@')
		b = append(b, pat[:at]...)
		b = appendWord(b, e.name, l)
		return append(b, pat[at+1:]...)
	}
	return appendWord(b, e.name, l)
}

// appendAcronym writes an acronym: Cyrillic letters in Russian, Latin
// capitals elsewhere.
func appendAcronym(b []byte, a string, l *language) []byte {
	if l.script != cyrillic {
		return append(b, a...)
	}
	for i := 0; i < len(a); i++ {
		b = utf8.AppendRune(b, cyrillicCaps[a[i]-'A'])
	}
	return b
}

// cyrillicCaps are the Cyrillic letters for A to Z.
var cyrillicCaps = []rune("АБЦДЕФГХИЙКЛМНОПКРСТУВВХЫЗ")

// appendShort appends a later mention: a person's surname, otherwise the
// full name.
func (e *entity) appendShort(b []byte, l *language) []byte {
	if e.kind != person {
		return e.appendFull(b, l)
	}
	return appendWord(b, e.name, l)
}
