package ar

import "testing"

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"أَحْمَدُ", "احمد"},   // tashkeel
		{"مُحَمَّدٌ", "محمد"},  // shadda, tanween
		{"الـرئيـس", "الرئيس"}, // tatweel
		{"أإآٱ", "اااا"},       // alef variants
		{"مدرسة", "مدرسه"},     // ta marbuta
		{"مستشفى", "مستشفي"},   // alef maksura
		{"سلیمانی", "سليماني"}, // Farsi yeh
		{"کتاب", "كتاب"},       // keheh
		{"خانۀ", "خانه"},       // heh with yeh above
		{"ab\u200dc", "abc"},   // zero-width joiner
		{"Soleimani", "Soleimani"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"المستشار", "مستشار"},
		{"والمستشفيات", "مستشف"},
		{"الحكومه", "حكوم"},
		{"بالمدارس", "مدارس"},
		{"الاحتجاجات", "احتجاج"},
		{"الشعبيه", "شعب"},
		{"المعلومات", "معلوم"},
		{"الايراني", "ايران"},
		{"ايران", "ايران"}, // dual ان needs four letters left
		{"لبنان", "لبنان"},
		{"مسؤولان", "مسؤول"},
		{"حسين", "حسين"}, // plural ين needs five letters left
		{"فلسطين", "فلسطين"},
		{"الفلسطيني", "فلسطين"},
		{"المسؤولين", "مسؤول"},
		{"بغداد", "بغداد"},
		{"وقال", "قال"},
		{"في", "في"},
	}
	for _, tt := range tests {
		if got := Stem(tt.in); got != tt.want {
			t.Errorf("Stem(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStopAndCues(t *testing.T) {
	for _, w := range []string{"في", "من", "الذي", "قال", "وقال", "علي" /* على, normalised */} {
		if !IsStop(Normalize(w)) {
			t.Errorf("IsStop(%q) = false", w)
		}
	}
	for _, w := range []string{"سليماني", "الحكومه", "دمشق"} {
		if IsStop(w) {
			t.Errorf("IsStop(%q) = true", w)
		}
	}
	for _, w := range []string{"الرئيس", "اللواء", "المتحدث", "الشيخ"} {
		if !IsNameCue(Normalize(w)) {
			t.Errorf("IsNameCue(%q) = false", w)
		}
	}
	if IsNameCue("دمشق") {
		t.Error(`IsNameCue("دمشق") = true`)
	}
}

func TestStripArticleAndNisba(t *testing.T) {
	tests := []struct{ in, want string }{
		{"الاسد", "اسد"},
		{"والاسد", "اسد"},
		{"للرئيس", "رئيس"},
		{"ال", "ال"},
		{"الي", "الي"}, // too short to strip
		{"دمشق", "دمشق"},
	}
	for _, tt := range tests {
		if got := StripDefinite(tt.in); got != tt.want {
			t.Errorf("StripDefinite(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for w, want := range map[string]bool{"الايراني": true, "السوريه": true, "العراقيون": true, "الاسد": false, "الدين": false, "ايراني": false} {
		if got := IsNisba(w); got != want {
			t.Errorf("IsNisba(%q) = %v, want %v", w, got, want)
		}
	}
}
