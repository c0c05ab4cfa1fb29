package story

import (
	"strings"
	"time"

	"github.com/storyline/storyline/internal/analyze"
	"github.com/storyline/storyline/internal/article"
)

// DocOf reduces an extracted article and its analysis to what story
// similarity compares: its features and English concepts, the persons and
// organisations among its entities, the places it names and the full days
// it mentions. arrived is when the article reached storyline (see
// Doc.Arrived).
func DocOf(a article.Article, r analyze.Result, arrived time.Time) Doc {
	people := map[string]float64{}
	places := map[string]float64{}
	placeText := map[string]string{}
	for _, e := range r.Facts.Entities {
		switch e.Type {
		case "person", "organization":
			people[e.Key] += float64(e.Count)
		case "place":
			places[e.Key] += float64(e.Count)
			if _, ok := placeText[e.Key]; !ok {
				placeText[e.Key] = e.Name
			}
		}
	}
	mentioned, written := mentionedDays(r.Facts.Dates)
	return Doc{
		Title:     a.Title,
		Language:  a.Language,
		Published: a.Published,
		Analysis:  r.Analysis,
		Concepts:  r.Concepts,
		People:    people,
		Mentioned: mentioned,
		Written:   written,
		Arrived:   arrived,
		Places:    places,
		PlaceText: placeText,
	}
}

// mentionedDays lists the full days an article mentions, and those of them
// written out in full.
func mentionedDays(dates []article.Date) (mentioned, written []time.Time) {
	for _, d := range dates {
		t, err := time.Parse(time.DateOnly, d.Date)
		if err != nil {
			continue
		}
		mentioned = append(mentioned, t)
		if d.Kind == "absolute" {
			written = append(written, t)
		}
	}
	return mentioned, written
}

// isCountry reports a place key that names a whole country: a country is
// named by reports of many events, a town by those of few.
func isCountry(key string) bool { return strings.HasPrefix(key, "place:iso:") }
