package fa

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/ar"
)

func TestStem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"كتابها", "كتاب"},
		{"كتابهاي", "كتاب"},
		{"انتخابات", "انتخاب"},
		{"ايراني", "ايران"},
		{"ايران", "ايران"},
		{"ها", "ها"},
		{"دولت", "دولت"},
	}
	for _, tt := range tests {
		if got := Stem(tt.in); got != tt.want {
			t.Errorf("Stem(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStopAndCues(t *testing.T) {
	for _, w := range []string{"می", "ها", "های", "است", "که", "را", "این"} {
		if !IsStop(ar.Normalize(w)) {
			t.Errorf("IsStop(%q) = false", w)
		}
	}
	for _, w := range []string{"دولت", "بودجه", "سلیمانی"} {
		if IsStop(ar.Normalize(w)) {
			t.Errorf("IsStop(%q) = true", w)
		}
	}
	for _, w := range []string{"سردار", "رئیس", "آیت"} {
		if !IsNameCue(ar.Normalize(w)) {
			t.Errorf("IsNameCue(%q) = false", w)
		}
	}
}
