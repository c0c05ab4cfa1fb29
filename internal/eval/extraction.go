package eval

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/storyline/storyline/internal/pool"
)

// ExtractionPage is one web page of a main-text extraction set, with the
// snippets its extracted text must hold and those it must not.
type ExtractionPage struct {
	URL  string
	File string
	// With must be in the extracted text, Without must not.
	With, Without []string
}

// ReadExtractionSet reads the pages of an extraction set laid out as
// trafilatura's evaluation data is: dir/evaldata.json maps each page's URL
// to {file, with, without}, the page being dir/pages/FILE.gz. The pages
// come in the order of their URLs.
func ReadExtractionSet(dir string) ([]ExtractionPage, error) {
	data, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
	if err != nil {
		return nil, fmt.Errorf("extraction set: %w", err)
	}
	var raw map[string]struct {
		File    string   `json:"file"`
		With    []string `json:"with"`
		Without []string `json:"without"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("extraction set %s: %w", dir, err)
	}
	pages := make([]ExtractionPage, 0, len(raw))
	for url, p := range raw {
		if p.File == "" {
			return nil, fmt.Errorf("extraction set %s: %s: no file", dir, url)
		}
		pages = append(pages, ExtractionPage{URL: url, File: p.File, With: p.With, Without: p.Without})
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("extraction set %s: no pages", dir)
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].URL < pages[j].URL })
	return pages, nil
}

// readPage reads a page of the set, gzip-compressed or not.
func readPage(dir, file string) ([]byte, error) {
	data, err := os.ReadFile(filepath.Join(dir, "pages", file+".gz"))
	if errors.Is(err, os.ErrNotExist) {
		return os.ReadFile(filepath.Join(dir, "pages", file))
	}
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return out, nil
}

// Extractor is one way of extracting the main text of a page, measured
// beside the others.
type Extractor struct {
	Name string
	// Extract returns the main text of page, fetched from url.
	Extract func(page []byte, url string) (string, error)
}

// ExtractionScore is how one extractor did on a set's snippets.
type ExtractionScore struct {
	Name string
	// A With snippet found is a true positive, one missing a false
	// negative; a Without snippet found is a false positive, one missing
	// a true negative. A page that gives no text misses all its snippets.
	TP, FN, FP, TN                  int
	Precision, Recall, F1, Accuracy float64
	// Failed counts the pages that gave an error or no text.
	Failed int
	// Garbled lists the pages whose text shows mojibake or U+FFFD (see
	// Garbled), in the order of their URLs.
	Garbled []string
	// Time is the time spent extracting, summed over the pages.
	Time time.Duration
}

// EvaluateExtraction runs every extractor on every page of the set in dir
// (as ReadExtractionSet reads it) on all CPUs, and scores their snippets.
func EvaluateExtraction(ctx context.Context, dir string, pages []ExtractionPage, extractors []Extractor) ([]ExtractionScore, error) {
	type outcome struct {
		page            ExtractionPage
		texts           []string
		failed, garbled []bool
		times           []time.Duration
		err             error
	}
	seq := func(yield func(ExtractionPage) bool) {
		for _, p := range pages {
			if !yield(p) {
				return
			}
		}
	}
	scores := make([]ExtractionScore, len(extractors))
	for i, x := range extractors {
		scores[i].Name = x.Name
	}
	for o := range pool.Map(ctx, 0, seq, func(p ExtractionPage) outcome {
		o := outcome{page: p}
		data, err := readPage(dir, p.File)
		if err != nil {
			o.err = err
			return o
		}
		for _, x := range extractors {
			start := time.Now()
			text, err := x.Extract(data, p.URL)
			o.times = append(o.times, time.Since(start))
			o.failed = append(o.failed, err != nil || strings.TrimSpace(text) == "")
			o.garbled = append(o.garbled, Garbled(text))
			o.texts = append(o.texts, normalizeSpace(text))
		}
		return o
	}) {
		if o.err != nil {
			return nil, fmt.Errorf("extraction set %s: %w", dir, o.err)
		}
		for i := range extractors {
			s := &scores[i]
			s.Time += o.times[i]
			if o.failed[i] {
				s.Failed++
			}
			if o.garbled[i] {
				s.Garbled = append(s.Garbled, o.page.URL)
			}
			for _, w := range o.page.With {
				if strings.Contains(o.texts[i], normalizeSpace(w)) {
					s.TP++
				} else {
					s.FN++
				}
			}
			for _, w := range o.page.Without {
				if strings.Contains(o.texts[i], normalizeSpace(w)) {
					s.FP++
				} else {
					s.TN++
				}
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for i := range scores {
		s := &scores[i]
		s.Precision = ratio(float64(s.TP), float64(s.TP+s.FP))
		s.Recall = ratio(float64(s.TP), float64(s.TP+s.FN))
		s.F1 = harmonicMean(s.Precision, s.Recall)
		s.Accuracy = ratio(float64(s.TP+s.TN), float64(s.TP+s.TN+s.FP+s.FN))
		sort.Strings(s.Garbled)
	}
	return scores, nil
}

// normalizeSpace folds every run of white space to one space.
func normalizeSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// Garbled reports text decoded from the wrong encoding: holding U+FFFD, the
// mark of bytes invalid in the encoding used, or mojibake, UTF-8 read as
// Windows-1252 or Latin-1 ("’" as "â€™", "é" as "Ã©"): a run of
// characters whose Windows-1252 bytes make a UTF-8 sequence of two bytes
// or more that decodes to a character text is likely to hold.
func Garbled(text string) bool {
	if strings.ContainsRune(text, utf8.RuneError) {
		return true
	}
	enc := charmap.Windows1252
	var run []byte
	check := func() bool {
		for i := 0; i < len(run); {
			r, size := utf8.DecodeRune(run[i:])
			if size > 1 && r != utf8.RuneError && plausible(r) {
				return true
			}
			i += max(size, 1)
		}
		run = run[:0]
		return false
	}
	for _, r := range text {
		b, ok := enc.EncodeRune(r)
		if ok && b >= 0x80 {
			run = append(run, b)
			continue
		}
		if r >= 0x80 && r <= 0xff && !ok {
			run = append(run, byte(r)) // Latin-1 read: C1 controls
			continue
		}
		if check() {
			return true
		}
	}
	return check()
}

// mojibakeScripts are the scripts whose letters mojibake decodes to when
// read back: those of most of the pages that are garbled.
var mojibakeScripts = []*unicode.RangeTable{unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Arabic,
	unicode.Hebrew, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana, unicode.Thai}

// plausible reports a character that text is likely to hold: a letter of
// a common script, or a space, punctuation mark or symbol of Latin-1 or
// the general punctuation and symbol blocks. Mojibake decoded back to
// anything else (U+082B from "à\u00a0«", say) is a coincidence.
func plausible(r rune) bool {
	if unicode.IsLetter(r) {
		return unicode.In(r, mojibakeScripts...)
	}
	return (r < 0x100 || (r >= 0x2000 && r < 0x2c00)) && (unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r))
}
