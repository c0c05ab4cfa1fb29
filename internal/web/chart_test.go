package web

import (
	"strconv"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/api"
	"github.com/storyline/storyline/internal/store"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestBucketDays(t *testing.T) {
	identity := func(s string) string { return s }
	tests := []struct {
		name   string
		counts []dayCount
		series []string
		// want lists each bar as "start/end:series=n,…".
		want []string
	}{
		{name: "none", want: nil},
		{name: "one day", counts: []dayCount{{day("2026-03-18"), "en", 2}, {day("2026-03-18"), "ar", 1}},
			series: []string{"ar", "en"}, want: []string{"2026-03-18/2026-03-18:ar=1,en=2"}},
		{name: "gap days are empty bars", counts: []dayCount{{day("2026-03-18"), "en", 1}, {day("2026-03-20"), "en", 3}},
			series: []string{"en"}, want: []string{"2026-03-18/2026-03-18:en=1", "2026-03-19/2026-03-19:", "2026-03-20/2026-03-20:en=3"}},
		{name: "long spans are bucketed", counts: []dayCount{{day("2026-01-01"), "en", 1}, {day("2026-01-02"), "en", 1}, {day("2026-04-30"), "en", 4}},
			series: []string{"en"}, want: nil},
	}
	for _, tt := range tests {
		got := bucketDays(tt.counts, tt.series, identity)
		if tt.name == "long spans are bucketed" {
			if len(got) > maxBars || len(got) < maxBars/2 {
				t.Errorf("%s: %d bars", tt.name, len(got))
			}
			if got[0].Parts[0].N != 2 || got[0].End.Equal(got[0].Start) {
				t.Errorf("%s: first bar %+v", tt.name, got[0])
			}
			total := 0
			for _, s := range got {
				for _, p := range s.Parts {
					total += p.N
				}
			}
			if total != 6 {
				t.Errorf("%s: %d articles counted, want 6", tt.name, total)
			}
			continue
		}
		var bars []string
		for _, s := range got {
			b := api.FormatDay(s.Start) + "/" + api.FormatDay(s.End) + ":"
			for i, p := range s.Parts {
				if i > 0 {
					b += ","
				}
				b += p.Series + "=" + strconv.Itoa(p.N)
			}
			bars = append(bars, b)
		}
		if len(bars) != len(tt.want) {
			t.Errorf("%s: %q, want %q", tt.name, bars, tt.want)
			continue
		}
		for i := range bars {
			if bars[i] != tt.want[i] {
				t.Errorf("%s: %q, want %q", tt.name, bars, tt.want)
				break
			}
		}
	}
}

func TestSortedByDate(t *testing.T) {
	at := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			panic(err)
		}
		return v
	}
	rows := []store.ArticleRow{
		{ID: 1},
		{ID: 2, Published: day("2026-03-17"), DateOnly: true},
		{ID: 3, Published: at("2026-03-17T16:40:00Z")},
		{ID: 4, Published: at("2026-03-16T23:00:00Z")},
		{ID: 5},
	}
	var ids []int64
	for _, r := range sortedByDate(rows) {
		ids = append(ids, r.ID)
	}
	want := []int64{4, 3, 2, 1, 5}
	for i := range want {
		if ids[i] != want[i] {
			t.Fatalf("order %v, want %v", ids, want)
		}
	}
}

func TestSpreadBy(t *testing.T) {
	at := func(s string) time.Time { v, _ := time.Parse(time.RFC3339, s); return v }
	rows := sortedByDate([]store.ArticleRow{
		{ID: 1, Language: "en", Published: at("2026-03-17T10:00:00Z")},
		{ID: 2, Language: "ar", Published: at("2026-03-17T13:30:00Z")},
		{ID: 3, Language: "en", Published: at("2026-03-17T14:00:00Z")},
		{ID: 4, Language: "fr", Published: day("2026-03-19"), DateOnly: true},
		{ID: 5, Language: "de"},
	})
	got := spreadBy(rows, &rows[0], func(r store.ArticleRow) string { return r.Language })
	want := []struct {
		key      string
		id       int64
		delay    time.Duration
		dated    bool
		articles int
	}{
		{"en", 1, 0, true, 2},
		{"ar", 2, 3*time.Hour + 30*time.Minute, true, 1},
		{"fr", 4, 48 * time.Hour, true, 1},
		{"de", 5, 0, false, 1},
	}
	if len(got) != len(want) {
		t.Fatalf("%d rows, want %d", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Key != w.key || g.Article.ID != w.id || g.Delay != w.delay || g.Dated != w.dated || g.Articles != w.articles {
			t.Errorf("row %d: %s/%d %v dated=%v n=%d, want %+v", i, g.Key, g.Article.ID, g.Delay, g.Dated, g.Articles, w)
		}
	}
}

func TestCharts(t *testing.T) {
	if sparkline(nil, time.Time{}, time.Time{}) != nil {
		t.Error("an undated story has a sparkline")
	}
	sp := sparkline([]int{1, 0, 3}, day("2026-03-01"), day("2026-03-03"))
	if sp == nil || len(sp.Bars) != 2 || sp.Label == "" {
		t.Fatalf("sparkline %+v", sp)
	}
	stacks := bucketDays([]dayCount{{day("2026-03-01"), "en", 2}, {day("2026-03-02"), "ar", 4}}, []string{"en", "ar"}, langClass)
	c := barChart(stacks, "label", func(p stackPart) string { return plural(p.N, "article") })
	if c == nil || len(c.Bars) != 2 || c.Label != "label" || c.Bars[1].Class != langClass("ar") {
		t.Fatalf("bar chart %+v", c)
	}
	// The tallest bar fills the plot; bars stand on the axis.
	if c.Bars[1].Y != "8.0" || c.Bars[1].H != "122.0" {
		t.Errorf("tallest bar at y=%s h=%s", c.Bars[1].Y, c.Bars[1].H)
	}
	if c.Bars[1].Title != "2026-03-02: 4 articles" {
		t.Errorf("bar title %q", c.Bars[1].Title)
	}
}
