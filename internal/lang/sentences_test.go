package lang

import (
	"strings"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"en", "The council met on Monday. It approved the plan! Did it? Yes.",
			[]string{"The council met on Monday.", "It approved the plan!", "Did it?", "Yes."}},
		{"abbreviations and initials", "Gen. Hamadani met Dr. Smith and J. R. Doe in the U.S. Army base. They talked.",
			[]string{"Gen. Hamadani met Dr. Smith and J. R. Doe in the U.S. Army base.", "They talked."}},
		{"numbers and addresses", "The quake measured 6.4 and example.com reported it. Officials said so.",
			[]string{"The quake measured 6.4 and example.com reported it.", "Officials said so."}},
		{"closing quotes", "\u201cWe will rebuild.\u201d The mayor spoke. \u00abC'est fini.\u00bb Il part.",
			[]string{"\u201cWe will rebuild.\u201d", "The mayor spoke.", "\u00abC'est fini.\u00bb", "Il part."}},
		{"lower case after a stop", "It rose approx. five percent. Then it fell.",
			[]string{"It rose approx. five percent.", "Then it fell."}},
		{"zh", "地震造成27人死亡。救援仍在进行！\u201c我们不会放弃。\u201d他说。",
			[]string{"地震造成27人死亡。", "救援仍在进行！", "\u201c我们不会放弃。\u201d", "他说。"}},
		{"ar", "ضرب زلزال مدينة إزمير. وقال المسؤولون إن العدد سيرتفع؟ نعم.",
			[]string{"ضرب زلزال مدينة إزمير.", "وقال المسؤولون إن العدد سيرتفع؟", "نعم."}},
		{"hi", "भूकंप आया। लोग सुरक्षित हैं।", []string{"भूकंप आया।", "लोग सुरक्षित हैं।"}},
		{"no mark", "Headline without a stop", []string{"Headline without a stop"}},
		{"empty", "  ", nil},
	}
	for _, tt := range tests {
		got := Sentences(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: Sentences(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
		if noSpace(strings.Join(got, "")) != noSpace(tt.in) {
			t.Errorf("%s: the sentences do not hold the text whole: %q", tt.name, got)
		}
	}
}

// noSpace is s without its white space.
func noSpace(s string) string { return strings.Join(strings.Fields(s), "") }

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"A. B. C.", "U.S. officials. Then.", "。。！", "\u201c\u201d. .", "x.y", "\xff. A"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Sentences(s)
		if noSpace(strings.Join(got, "")) != noSpace(s) {
			t.Fatalf("Sentences(%q) = %q: text lost or changed", s, got)
		}
		for _, sent := range got {
			if sent == "" || sent != strings.TrimSpace(sent) {
				t.Fatalf("Sentences(%q): untrimmed or empty sentence %q", s, sent)
			}
		}
	})
}
