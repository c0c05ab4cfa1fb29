package story

import (
	"time"

	"github.com/storyline/storyline/internal/analyze"
	"github.com/storyline/storyline/internal/article"
)

// DocOf reduces an extracted article and its analysis to what story
// similarity compares: its features and English concepts, the persons and
// organisations among its entities and, when it is undated, the full days
// it mentions.
func DocOf(a article.Article, r analyze.Result) Doc {
	people := map[string]float64{}
	for _, e := range r.Facts.Entities {
		if e.Type == "person" || e.Type == "organization" {
			people[e.Key] += float64(e.Count)
		}
	}
	return Doc{
		Title:     a.Title,
		Language:  a.Language,
		Published: a.Published,
		Analysis:  r.Analysis,
		Concepts:  r.Concepts,
		People:    people,
		Mentioned: mentionedDays(a, r.Facts.Dates),
	}
}

// mentionedDays lists the full days an undated article mentions; none for
// an article with a date of its own.
func mentionedDays(a article.Article, dates []article.Date) []time.Time {
	if !a.Published.IsZero() {
		return nil
	}
	var days []time.Time
	for _, d := range dates {
		if d.Kind != "absolute" {
			continue
		}
		if t, err := time.Parse(time.DateOnly, d.Date); err == nil {
			days = append(days, t)
		}
	}
	return days
}
