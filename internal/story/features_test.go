package story

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
)

func TestFeaturesJSONRoundTrip(t *testing.T) {
	tests := []map[string]float64{
		{},
		{"en:quak": 2, "en:ankara": 0.5},
		{"ar:زلزال": 3, "zh:地震": 1.25, "ru:землетрясен": 7},
		{`quote"and\back`: 1, "tab\there": 2, "\x01ctl": 3, "<b>": 4},
		{"a": 1.0 / 3},
	}
	for _, m := range tests {
		enc, err := json.Marshal(MakeFeatures(m))
		if err != nil {
			t.Fatalf("marshal %v: %v", m, err)
		}
		var std map[string]float64
		if err := json.Unmarshal(enc, &std); err != nil {
			t.Fatalf("%s is not valid JSON: %v", enc, err)
		}
		var back Features
		if err := json.Unmarshal(enc, &back); err != nil {
			t.Fatalf("unmarshal %s: %v", enc, err)
		}
		want := map[string]float64{}
		for k, w := range m {
			want[k] = float64(float32(w))
		}
		if got := back.Map(); !maps.Equal(got, want) {
			t.Errorf("round trip of %v gave %v", want, got)
		}
	}
}

func TestFeaturesInvalidUTF8(t *testing.T) {
	enc, err := json.Marshal(MakeFeatures(map[string]float64{"bad\xffbyte": 1}))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]float64
	if err := json.Unmarshal(enc, &m); err != nil || m["bad\ufffdbyte"] != 1 {
		t.Errorf("%s decoded to %v, %v", enc, m, err)
	}
}

func TestFeaturesMerge(t *testing.T) {
	tab := newSymbolTable(0)
	a := makeFeatures(tab, map[string]float64{"x": 1, "y": 2})
	b := makeFeatures(tab, map[string]float64{"y": 3, "z": 4})
	got, added := a.merge(b)
	if want := map[string]float64{"x": 1, "y": 5, "z": 4}; !maps.Equal(got.Map(), want) {
		t.Errorf("merge = %v, want %v", got.Map(), want)
	}
	if len(added) != 1 || tab.texts(added)[0] != "z" {
		t.Errorf("added %v, want [z]", tab.texts(added))
	}
	if a.Weight("y") != 2 || a.Weight("z") != 0 {
		t.Errorf("merge changed its receiver: %v", a.Map())
	}
}

// FuzzFeaturesJSON checks that any feature text, however odd, is written
// as valid JSON that reads back as the same text (each byte of invalid
// UTF-8 as U+FFFD, as encoding/json writes it).
func FuzzFeaturesJSON(f *testing.F) {
	for _, s := range []string{"en:quak", `a"b\c`, "\x00\x1f", "زلزال", "\xff\xfe", "\u2028"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		enc, err := json.Marshal(MakeFeatures(map[string]float64{text: 2}))
		if err != nil {
			t.Fatal(err)
		}
		var got map[string]float64
		if err := json.Unmarshal(enc, &got); err != nil {
			t.Fatalf("%q gave invalid JSON %s: %v", text, enc, err)
		}
		var b strings.Builder
		for _, r := range text { // each invalid byte is one U+FFFD
			b.WriteRune(r)
		}
		want := b.String()
		if len(got) != 1 || got[want] != 2 {
			t.Errorf("%q read back as %v", text, got)
		}
	})
}

func TestSymbolTable(t *testing.T) {
	tab := newSymbolTable(0)
	var words []string
	for i := range 5000 { // enough to grow the hash table several times
		words = append(words, fmt.Sprintf("w%d", i), fmt.Sprintf("слово%d", i))
	}
	words = append(words, "", "a\x00b")
	syms := make([]symbol, len(words))
	for i, w := range words {
		syms[i] = tab.intern(w)
	}
	seen := map[symbol]bool{}
	for i, w := range words {
		if s := tab.intern(w); s != syms[i] {
			t.Fatalf("%q numbered %d, then %d", w, syms[i], s)
		}
		if s := tab.lookup(w); s != syms[i] {
			t.Fatalf("lookup(%q) = %d, want %d", w, s, syms[i])
		}
		if seen[syms[i]] || syms[i] == noSymbol {
			t.Fatalf("%q got symbol %d, taken or none", w, syms[i])
		}
		seen[syms[i]] = true
	}
	if got := tab.texts(syms); !slices.Equal(got, words) {
		t.Error("texts do not read back as interned")
	}
	if tab.lookup("never interned") != noSymbol || tab.texts([]symbol{noSymbol})[0] != "" {
		t.Error("an unknown text has a symbol")
	}
}
