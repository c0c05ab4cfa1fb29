package token

import (
	"reflect"
	"testing"
)

func TestTokenize(t *testing.T) {
	type tok struct {
		Text string
		Kind Kind
	}
	tests := []struct {
		in   string
		want []tok
	}{
		{"", nil},
		{"Iran's G7 talks, 1st round", []tok{{"Iran's", Word}, {"G7", Word}, {"talks", Word}, {"1st", Word}, {"round", Word}}},
		{"6.4 million, 48,000 and 3.", []tok{{"6.4", Number}, {"million", Word}, {"48,000", Number}, {"and", Word}, {"3", Number}}},
		{"the U.S. and U.N. said", []tok{{"the", Word}, {"US", Word}, {"and", Word}, {"UN", Word}, {"said", Word}}},
		{"'quoted' text", []tok{{"quoted", Word}, {"text", Word}}},
		{"al-Assad", []tok{{"al", Word}, {"Assad", Word}}},
		{"٣٫٥ مليون", []tok{{"٣٫٥", Number}, {"مليون", Word}}},
		{"مُحَمَّد", []tok{{"مُحَمَّد", Word}}},        // marks stay inside the word
		{"می‌شود", []tok{{"می", Word}, {"شود", Word}}}, // ZWNJ splits
		{"政府は2020年に", []tok{{"政府", Han}, {"は", Kana}, {"2020", Number}, {"年", Han}, {"に", Kana}}},
		{"ニュースです", []tok{{"ニュース", Kana}, {"です", Kana}}},
		{"नमस्ते दुनिया", []tok{{"नमस्ते", Word}, {"दुनिया", Word}}},
	}
	for _, tt := range tests {
		var got []tok
		for _, tk := range Tokenize(tt.in) {
			got = append(got, tok{tk.Text, tk.Kind})
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokenize(%q) =\n %v\nwant\n %v", tt.in, got, tt.want)
		}
	}
}

func TestTokenizeOffsets(t *testing.T) {
	s := "Assad met Soleimani in دمشق on 3 January, the U.S. said."
	for _, tk := range Tokenize(s) {
		if tk.Start < 0 || tk.End > len(s) || tk.Start >= tk.End {
			t.Fatalf("token %+v out of range", tk)
		}
		if src := s[tk.Start:tk.End]; src != tk.Text && tk.Text != "US" {
			t.Errorf("token %q at %d:%d spans %q", tk.Text, tk.Start, tk.End, src)
		}
	}
}

func TestNFKC(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ﬁnance", "finance"},    // ligature
		{"ＩＲＡＮ２０２０", "IRAN2020"}, // full width
		{"ﻻ", "لا"},              // Arabic presentation form
		{"\xffabc", "\uFFFDabc"}, // invalid UTF-8
	}
	for _, tt := range tests {
		if got := NFKC(tt.in); got != tt.want {
			t.Errorf("NFKC(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
