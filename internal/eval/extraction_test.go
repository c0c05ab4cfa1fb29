package eval

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestGarbled(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"It\u2019s a clean text with caf\u00e9 and Stra\u00dfe.", false},
		{"It\u00e2\u20ac\u2122s garbled", true},
		{"Gr\u00c3\u00bc\u00c3\u0178e", true},
		{"Bytes lost: \ufffd", true},
		{"\u00e0\u00a0\u00abvoir\u00a0\u00bb, \u00c9t\u00e9 \u00e0 S\u00e3o Paulo", false},
		{"\u041c\u043e\u0441\u043a\u0432\u0430, \u5317\u4eac, \u0627\u0644\u0642\u0627\u0647\u0631\u0629", false},
	}
	for _, tt := range tests {
		if got := Garbled(tt.text); got != tt.want {
			t.Errorf("Garbled(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestEvaluateExtraction scores three made-up extractors on a set of two
// pages: one that keeps the whole page's text, one that keeps only a
// sentence per page, and one that fails.
func TestEvaluateExtraction(t *testing.T) {
	dir := "testdata/extraction"
	pages, err := ReadExtractionSet(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 2 || pages[0].URL != "https://harbour.example/news/bridge" || len(pages[0].With) != 2 {
		t.Fatalf("pages %+v", pages)
	}
	extractors := []Extractor{
		{Name: "all", Extract: func(page []byte, _ string) (string, error) { return string(page), nil }},
		{Name: "first", Extract: func(_ []byte, url string) (string, error) {
			if strings.Contains(url, "harbour") {
				return "The harbour bridge reopened on Monday after  eight months of repairs.", nil
			}
			return "Der Wochenmarkt zieht um", nil
		}},
		{Name: "none", Extract: func([]byte, string) (string, error) { return "", errors.New("no text") }},
	}
	scores, err := EvaluateExtraction(context.Background(), dir, pages, extractors)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		tp, fn, fp, tn, failed, garbled int
		f1                              float64
	}{
		// The raw Latin-1 page is invalid UTF-8, garbled as text.
		{tp: 4, fn: 0, fp: 3, tn: 0, garbled: 1, f1: 8.0 / 11},
		{tp: 2, fn: 2, fp: 0, tn: 3, f1: 2.0 / 3},
		{tp: 0, fn: 4, fp: 0, tn: 3, failed: 2},
	}
	for i, w := range want {
		s := scores[i]
		if s.TP != w.tp || s.FN != w.fn || s.FP != w.fp || s.TN != w.tn || s.Failed != w.failed || len(s.Garbled) != w.garbled ||
			s.F1 < w.f1-1e-9 || s.F1 > w.f1+1e-9 {
			t.Errorf("%s: %+v, want %+v", s.Name, s, w)
		}
	}
}
