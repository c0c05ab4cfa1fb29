package api

import "testing"

func TestHTTPURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.org/a?b=c", "https://example.org/a?b=c"},
		{" http://example.org/ ", "http://example.org/"},
		{"javascript:alert(1)", ""},
		{"JavaScript:alert(1)", ""},
		{"data:text/html,<script>", ""},
		{"/relative/path", ""},
		{"//example.org/x", ""},
		{"http:///nohost", ""},
		{"ftp://example.org/", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := HTTPURL(tt.in); got != tt.want {
			t.Errorf("HTTPURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestScriptOf(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Soleimani", "Latin"},
		{"قاسم سليماني", "Arabic"},
		{"Сулеймани", "Cyrillic"},
		{"苏莱曼尼", "Han"},
		{"スレイマニ", "Katakana"},
		{"솔레이마니", "Hangul"},
		{"Najm-3 نجم", "Latin"},
		{"123", ""},
	}
	for _, tt := range tests {
		if got := Script(tt.in); got != tt.want {
			t.Errorf("Script(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
