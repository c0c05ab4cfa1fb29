package api

import (
	"testing"
	"time"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/store"
)

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

// TestDates holds the one date rule of every document: a time is RFC 3339
// when its time of day is known and the day alone when it is not; a day is
// the day alone; unknown is "".
func TestDates(t *testing.T) {
	noon := time.Date(2020, 2, 23, 12, 5, 0, 0, time.UTC)
	day := time.Date(2020, 2, 23, 0, 0, 0, 0, time.UTC)
	tehran := time.FixedZone("IRST", 3*3600+1800)
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"time of day known", ArticleOf(store.ArticleRow{Published: noon}).Published, "2020-02-23T12:05:00Z"},
		{"midnight with its time known", ArticleOf(store.ArticleRow{Published: day}).Published, "2020-02-23T00:00:00Z"},
		{"a time keeps its offset", ArticleOf(store.ArticleRow{Published: noon.In(tehran)}).Published, "2020-02-23T15:35:00+03:30"},
		{"unknown time", ArticleOf(store.ArticleRow{}).Published, ""},
		{"day", FormatDay(noon), "2020-02-23"},
		{"unknown day", FormatDay(time.Time{}), ""},
		{"story first day only", StoryOf(store.StorySummary{First: day, FirstDateOnly: true, Last: noon}).First, "2020-02-23"},
		{"story last time known", StoryOf(store.StorySummary{First: day, FirstDateOnly: true, Last: noon}).Last, "2020-02-23T12:05:00Z"},
		{"article day only", ArticleOf(store.ArticleRow{Published: day, DateOnly: true}).Published, "2020-02-23"},
		{"extracted time known", ExtractedOf(article.Article{Published: noon}, article.Facts{}).Published, "2020-02-23T12:05:00Z"},
		{"day of an entity", DayOf(store.DayCount{Day: day}).Day, "2020-02-23"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}
