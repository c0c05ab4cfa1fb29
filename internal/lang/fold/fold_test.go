package fold

import (
	"strings"
	"testing"
)

func TestString(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"already folded", "already folded"},       // unchanged, returned as it is
		{"Published ON", "published on"},           // ASCII lower case
		{"İSTANBUL ılık", "istanbul ilik"},         // Turkish dotted and dotless i
		{"L’année d‘été ʼ´′", "l'année d'été '''"}, // one apostrophe
		{"يَوْمَ الأَرْبِعَاء", "يوم الاربعاء"},    // Arabic vowel marks dropped, one alef
		{"مـــصر", "مصر"},                          // tatweel dropped
		{"إلى آخر ٱلكتاب", "الي اخر الكتاب"},       // alef forms, alef maksura as yeh
		{"مدرسة", "مدرسه"},                         // teh marbuta as heh
		{"یکشنبه کتاب ئ", "يكشنبه كتاب ي"},         // Persian yeh and kaf, yeh with hamza
		{"خانۀ", "خانه"},                           // heh with yeh above
		{"کہ ھے", "كه هي"},                         // Urdu heh goal, heh doachashmee, yeh barree (lang/ar's rules)
		{"مُحمّدٌۡ ﷺ", "محمد ﷺ"},                   // Quranic annotation marks dropped (lang/ar's rules)
		{"Ёлка ещё", "елка еще"},                   // ё as е
		{"می\u200cگوید", "مي گويد"},                // ZWNJ as a space
		{"Straße ΑΘΗΝΑ", "straße αθηνα"},           // other scripts: lower case
		{"𝐀 中文", "𝐀 中文"},                           // runes without a lower case stay
		{"i\u0307stanbul", "istanbul"},             // combining dot above dropped
	} {
		if got := String(c.in); got != c.want {
			t.Errorf("String(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestStringAllocatesNothingWhenFolded(t *testing.T) {
	s := "يوم الاربعاء 3 march 2020"
	if n := testing.AllocsPerRun(100, func() { _ = String(s) }); n != 0 {
		t.Errorf("String of a folded string allocates %v times", n)
	}
}

func TestRuneAndClasses(t *testing.T) {
	if f, keep := Rune('\u064E'); keep || f != 0 {
		t.Errorf("Rune(fatha) = %q, %v; want dropped", f, keep)
	}
	if f, _ := Rune('Q'); f != 'q' {
		t.Errorf("Rune('Q') = %q", f)
	}
	for r, want := range map[rune]bool{'a': true, 'Я': true, 'ب': true, '\u064E': true, '中': true, '3': false, '-': false, ' ': false} {
		if got := IsWordRune(r); got != want {
			t.Errorf("IsWordRune(%q) = %v", r, got)
		}
	}
	for r, want := range map[rune]bool{'A': true, 'a': false, 'Я': true, 'я': false, 'ب': false, 'Ａ': true, '3': false} {
		if got := IsUpper(r); got != want {
			t.Errorf("IsUpper(%q) = %v", r, got)
		}
	}
}

var sink string

func BenchmarkString(b *testing.B) {
	texts := []string{
		strings.Repeat("the president said on tuesday that ", 20),
		strings.Repeat("The President said On Tuesday that ", 20),
		strings.Repeat("قال الرئيس يوم الثلاثاء إنّ ", 20),
		strings.Repeat("Президент заявил во вторник, что ", 20),
	}
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			sink = String(t)
		}
	}
}
