package web

import (
	"fmt"
	"sort"
	"strconv"
	"time"

	"github.com/storyline/storyline/internal/api"
	"github.com/storyline/storyline/internal/store"
)

// chart is an SVG bar chart laid out in Go and drawn by the "chart"
// template: numbers and text only, which the template escapes.
type chart struct {
	// Class styles the chart: "spark" or "bars".
	Class         string
	Width, Height int
	// Label describes the chart for those who cannot see it; it is the
	// SVG's title and accessible name.
	Label  string
	Bars   []chartBar
	Labels []chartLabel
	// Axis is the baseline, when the chart has one.
	Axis *chartLine
}

// chartBar is one rectangle, with its own tooltip.
type chartBar struct {
	X, Y, W, H string
	Class      string
	Title      string
}

// chartLabel is a text on the chart.
type chartLabel struct {
	X, Y   string
	Anchor string
	Text   string
}

// chartLine is a straight line.
type chartLine struct{ X1, Y1, X2, Y2 string }

func num(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }

// sparkline draws a story's activity (articles per period from first to
// last) as tiny bars; nil when the story is undated.
func sparkline(activity []int, first, last time.Time) *chart {
	if len(activity) == 0 {
		return nil
	}
	const w, h = 120.0, 24.0
	peak, total := 0, 0
	for _, n := range activity {
		peak = max(peak, n)
		total += n
	}
	c := &chart{Class: "spark", Width: int(w), Height: int(h),
		Label: fmt.Sprintf("%s from %s to %s, at most %d in one period", plural(total, "dated article"),
			api.FormatDay(first), api.FormatDay(last), peak)}
	if peak == 0 {
		return c
	}
	slot := w / float64(len(activity))
	for i, n := range activity {
		if n == 0 {
			continue
		}
		bh := max(1.5, float64(n)/float64(peak)*(h-2))
		c.Bars = append(c.Bars, chartBar{X: num(float64(i)*slot + slot*0.1), Y: num(h - bh),
			W: num(max(slot*0.8, 0.8)), H: num(bh), Class: "spark-bar"})
	}
	return c
}

// stack is one bar of a chart: a period and its counts by series.
type stack struct {
	Start, End time.Time
	Parts      []stackPart
}

// stackPart is one series' count in a bar.
type stackPart struct {
	Series string
	Class  string
	N      int
}

// maxBars is the most bars a timeline has; longer spans are bucketed into
// periods of several days.
const maxBars = 60

// dayCount is a number of articles of one series on one day.
type dayCount struct {
	day    time.Time
	series string
	n      int
}

// bucketDays groups day counts into at most maxBars periods of equal
// length from the first day to the last, stacking the series in order.
func bucketDays(counts []dayCount, series []string, class func(string) string) []stack {
	if len(counts) == 0 {
		return nil
	}
	first, last := counts[0].day, counts[0].day
	for _, c := range counts {
		if c.day.Before(first) {
			first = c.day
		}
		if c.day.After(last) {
			last = c.day
		}
	}
	days := int(last.Sub(first)/(24*time.Hour)) + 1
	per := (days + maxBars - 1) / maxBars
	n := (days + per - 1) / per
	stacks := make([]stack, n)
	sums := make([]map[string]int, n)
	for i := range stacks {
		start := first.AddDate(0, 0, i*per)
		stacks[i] = stack{Start: start, End: start.AddDate(0, 0, per-1)}
		sums[i] = map[string]int{}
	}
	for _, c := range counts {
		sums[int(c.day.Sub(first)/(24*time.Hour))/per][c.series] += c.n
	}
	for i := range stacks {
		for _, s := range series {
			if n := sums[i][s]; n > 0 {
				stacks[i].Parts = append(stacks[i].Parts, stackPart{Series: s, Class: class(s), N: n})
			}
		}
	}
	return stacks
}

// utcDay is the UTC day t falls on.
func utcDay(t time.Time) time.Time {
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// languageTimeline counts a story's dated articles per day and language,
// the languages ordered by their first article.
func languageTimeline(rows []store.ArticleRow) ([]stack, []string) {
	var counts []dayCount
	var langs []string
	seen := map[string]bool{}
	for _, r := range sortedByDate(rows) {
		if r.Published.IsZero() {
			continue
		}
		counts = append(counts, dayCount{day: utcDay(r.Published), series: r.Language, n: 1})
		if !seen[r.Language] {
			seen[r.Language] = true
			langs = append(langs, r.Language)
		}
	}
	return bucketDays(counts, langs, langClass), langs
}

// sortedByDate returns rows with the dated ones oldest first, then the
// undated ones, each in their stored order. On one day, articles whose
// time is known come before those of which only the day is known, which
// could have come at any hour.
func sortedByDate(rows []store.ArticleRow) []store.ArticleRow {
	out := append([]store.ArticleRow(nil), rows...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Published.IsZero() || b.Published.IsZero() {
			return !a.Published.IsZero() && b.Published.IsZero()
		}
		if da, db := utcDay(a.Published), utcDay(b.Published); !da.Equal(db) {
			return da.Before(db)
		}
		if a.DateOnly != b.DateOnly {
			return !a.DateOnly
		}
		return a.Published.Before(b.Published)
	})
	return out
}

// barChart draws stacks as a bar chart with a baseline, the largest count
// on the left and the first and last days below.
func barChart(stacks []stack, label string, describe func(stackPart) string) *chart {
	if len(stacks) == 0 {
		return nil
	}
	const (
		w, h                 = 640.0, 150.0
		left, right, top, bt = 30.0, 6.0, 8.0, 20.0
	)
	peak := 0
	for _, s := range stacks {
		t := 0
		for _, p := range s.Parts {
			t += p.N
		}
		peak = max(peak, t)
	}
	c := &chart{Class: "bars", Width: int(w), Height: int(h), Label: label,
		Axis: &chartLine{X1: num(left), Y1: num(h - bt), X2: num(w - right), Y2: num(h - bt)}}
	if peak == 0 {
		return c
	}
	plotW, plotH := w-left-right, h-top-bt
	slot := plotW / float64(len(stacks))
	bw := min(slot*0.8, 36)
	for i, s := range stacks {
		x := left + float64(i)*slot + (slot-bw)/2
		y := h - bt
		period := api.FormatDay(s.Start)
		if !s.End.Equal(s.Start) {
			period += " – " + api.FormatDay(s.End)
		}
		for _, p := range s.Parts {
			bh := float64(p.N) / float64(peak) * plotH
			y -= bh
			c.Bars = append(c.Bars, chartBar{X: num(x), Y: num(y), W: num(bw), H: num(bh),
				Class: p.Class, Title: period + ": " + describe(p)})
		}
	}
	c.Labels = []chartLabel{
		{X: num(left - 4), Y: num(top + 8), Anchor: "end", Text: strconv.Itoa(peak)},
		{X: num(left - 4), Y: num(h - bt), Anchor: "end", Text: "0"},
		{X: num(left), Y: num(h - 5), Anchor: "start", Text: api.FormatDay(stacks[0].Start)},
	}
	if len(stacks) > 1 {
		c.Labels = append(c.Labels, chartLabel{X: num(w - right), Y: num(h - 5), Anchor: "end",
			Text: api.FormatDay(stacks[len(stacks)-1].End)})
	}
	return c
}

// plural writes a count with its noun: "1 article", "3 articles".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// periodWord names the length of a chart's bars.
func periodWord(stacks []stack) string {
	if len(stacks) == 0 || stacks[0].End.Equal(stacks[0].Start) {
		return "day"
	}
	return strconv.Itoa(int(stacks[0].End.Sub(stacks[0].Start)/(24*time.Hour))+1) + " days"
}
