package analyze

import (
	"reflect"
	"testing"
)

func TestNormalizeNumber(t *testing.T) {
	tests := []struct {
		in    string
		want  string
		plain bool
	}{
		{"312", "312", true},
		{"007", "7", true},
		{"6.4", "6.4", false},
		{"6,4", "6.4", false},
		{"6.40", "6.4", false},
		{"48,000", "48000", false},
		{"48.000", "48000", false},
		{"48,000,000", "48000000", false},
		{"1,234.50", "1234.5", false},
		{"1.234,5", "1234.5", false},
		{"1234.567", "1234.567", false},
		{"٣١٢", "312", true},
		{"٣٫٥", "3.5", false},
		{"٤٨٬٠٠٠", "48000", false},
		{"۱۲۳", "123", true},
		{"१२३", "123", true},
	}
	for _, tt := range tests {
		got, plain := normalizeNumber(tt.in)
		if got != tt.want || plain != tt.plain {
			t.Errorf("normalizeNumber(%q) = %q, %v; want %q, %v", tt.in, got, plain, tt.want, tt.plain)
		}
	}
}

func TestNumbers(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"en", "A 6.4 magnitude quake killed 312 people and left 48,000 homeless on 3 January 2020 at 15:24.",
			[]string{"6.4", "312", "48000"}},
		{"en", "The fund holds $1.25 billion, up from 900 million; 3 officials and an F-16 on 2020-02-23.",
			[]string{"1250000000", "900000000"}},
		{"en", "Prices rose 12% in 2019, then 12% again, per 23/02/2020 data.",
			[]string{"12"}},
		{"de", "Die Regierung gibt 6,4 Milliarden Euro aus, am 5. März 2021.",
			[]string{"6400000000"}},
		{"ru", "Погибли 48 000 человек, ущерб — 3 млрд рублей, 12 января.",
			[]string{"48000", "3000000000"}},
		{"ar", "قتل ٣١٢ شخصا وتشرد ٤٨ ألفا في ٣ يناير، والخسائر ٦٫٤ مليار دولار.",
			[]string{"312", "48000", "6400000000"}},
		{"zh", "双方签署了总额150亿美元的协议，涉及3万个岗位和2.5百万吨货物。",
			[]string{"15000000000", "30000", "2500000"}},
	}
	for _, tt := range tests {
		got := analyzeText(tt.lang, "", tt.text).Numbers
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Numbers(%q, %.40q) = %q, want %q", tt.lang, tt.text, got, tt.want)
		}
	}
}

func TestShift(t *testing.T) {
	tests := []struct {
		num  string
		exp  int
		want string
	}{
		{"6.4", 6, "6400000"},
		{"1.25", 9, "1250000000"},
		{"0.5", 3, "500"},
		{"3", 12, "3000000000000"},
		{"1.23456", 3, "1234.56"},
	}
	for _, tt := range tests {
		if got := shift(tt.num, tt.exp); got != tt.want {
			t.Errorf("shift(%q, %d) = %q, want %q", tt.num, tt.exp, got, tt.want)
		}
	}
}
