package cli

import (
	"bytes"
	"context"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/markusmobius/go-trafilatura"

	"github.com/storyline/storyline/internal/eval"
	"github.com/storyline/storyline/internal/extract"
	"github.com/storyline/storyline/internal/source"
)

// evalExtraction extracts the main text of every page of an extraction
// set three ways side by side, storyline's and go-trafilatura's without
// and with its fallback extractors, and prints how each did on the set's
// snippets and how many pages each garbled.
func evalExtraction(ctx context.Context, e env, dir string) error {
	pages, err := eval.ReadExtractionSet(dir)
	if err != nil {
		return err
	}
	library := func(fallback bool) func([]byte, string) (string, error) {
		return func(page []byte, _ string) (string, error) {
			res, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{EnableFallback: fallback})
			if err != nil {
				return "", err
			}
			return res.ContentText, nil
		}
	}
	extractors := []eval.Extractor{
		{Name: "storyline", Extract: func(page []byte, url string) (string, error) {
			// As ingest reads an HTML file or a posted page.
			var text string
			err := source.Memory{{Origin: source.Origin{Path: url, URL: url}, MediaType: "text/html", Data: page}}.Read(ctx,
				func(in source.Input) error {
					if in.Err != nil {
						return in.Err
					}
					a, err := extract.Extract(in.Documents[0])
					text = a.Text
					return err
				})
			return text, err
		}},
		{Name: "go-trafilatura (defaults)", Extract: library(false)},
		{Name: "go-trafilatura (fallback on)", Extract: library(true)},
	}
	start := time.Now()
	scores, err := eval.EvaluateExtraction(ctx, dir, pages, extractors)
	if err != nil {
		return err
	}
	w := e.stdout
	fmt.Fprintf(w, "extraction: %d pages of %s, extracted side by side in %s; snippets that must be in the main text (with) and must not (without)\n",
		len(pages), dir, time.Since(start).Round(time.Second))
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "  EXTRACTOR\tPRECISION\tRECALL\tF1\tACCURACY\tNO TEXT\tGARBLED\tMS/PAGE\t\n")
	for _, s := range scores {
		fmt.Fprintf(tw, "  %s\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%d\t%.1f\t\n", s.Name, s.Precision, s.Recall, s.F1, s.Accuracy,
			s.Failed, len(s.Garbled), float64(s.Time.Microseconds())/1000/float64(len(pages)))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, s := range scores {
		for _, url := range s.Garbled {
			fmt.Fprintf(w, "  garbled by %s: %s\n", s.Name, url)
		}
	}
	return nil
}
