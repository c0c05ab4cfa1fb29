package zh

import "testing"

func TestIsStop(t *testing.T) {
	tests := []struct {
		term string
		want bool
	}{
		{"我们", true},
		{"算的", true}, // contains the particle 的
		{"了", true},
		{"政府", false},
		{"和平", false}, // 和 is not a listed particle: it begins content words
		{"也门", false},
		{"首都", false},
	}
	for _, tt := range tests {
		if got := IsStop(tt.term); got != tt.want {
			t.Errorf("IsStop(%q) = %v, want %v", tt.term, got, tt.want)
		}
	}
}
