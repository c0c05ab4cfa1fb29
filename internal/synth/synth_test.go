package synth

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// take returns the first n records of a stream.
func take(opts Options, n int) []Record {
	s := New(opts)
	var out []Record
	for len(out) < n {
		r, ok := s.Next()
		if !ok {
			break
		}
		out = append(out, r)
	}
	return out
}

func TestDeterminism(t *testing.T) {
	tests := []struct {
		name string
		a, b Options
		same bool
	}{
		{"same seed", Options{Seed: 7, Articles: 500}, Options{Seed: 7, Articles: 500}, true},
		{"zero seed is seed 1", Options{Articles: 500}, Options{Seed: 1, Articles: 500}, true},
		{"different seeds", Options{Seed: 7, Articles: 500}, Options{Seed: 8, Articles: 500}, false},
		{"same seed, other languages", Options{Seed: 7, Articles: 500}, Options{Seed: 7, Articles: 500, Languages: []string{"en", "ru"}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := take(tt.a, 100), take(tt.b, 100)
			if len(a) != 100 || len(b) != 100 {
				t.Fatalf("got %d and %d records, want 100", len(a), len(b))
			}
			if got := reflect.DeepEqual(a, b); got != tt.same {
				t.Errorf("first 100 records equal = %v, want %v", got, tt.same)
			}
		})
	}
	t.Run("same bytes", func(t *testing.T) {
		var x, y bytes.Buffer
		opts := Options{Seed: 3, Articles: 300}
		if _, err := WriteJSONL(context.Background(), &x, opts); err != nil {
			t.Fatal(err)
		}
		if _, err := WriteJSONL(context.Background(), &y, opts); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(x.Bytes(), y.Bytes()) {
			t.Error("two runs of the same options wrote different bytes")
		}
	})
}

// TestDates checks the guarantee: every publication time lies within
// [Start, Start+Days) and times never decrease along the stream.
func TestDates(t *testing.T) {
	berlin := time.FixedZone("CET", 3600)
	tests := []struct {
		name  string
		opts  Options
		start time.Time
		days  int
	}{
		{"defaults", Options{Articles: 3000}, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), 180},
		{"one week", Options{Articles: 3000, Days: 7}, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), 7},
		{"start day in its zone", Options{Articles: 500, Days: 30, Start: time.Date(2024, 2, 29, 23, 30, 0, 0, berlin)},
			time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC), 30},
		{"few articles", Options{Articles: 20, Days: 365}, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), 365},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			end := tt.start.AddDate(0, 0, tt.days)
			var prev time.Time
			days := map[string]bool{}
			for i, r := range take(tt.opts, tt.opts.Articles) {
				p, err := time.Parse(time.RFC3339, r.Published)
				if err != nil {
					t.Fatalf("record %d: %v", i, err)
				}
				if p.Before(tt.start) || !p.Before(end) {
					t.Fatalf("record %d: published %s outside [%s, %s)", i, r.Published, tt.start, end)
				}
				if p.Before(prev) {
					t.Fatalf("record %d: published %s before the previous %s", i, p, prev)
				}
				prev = p
				days[p.Format(time.DateOnly)] = true
			}
			if tt.opts.Articles >= 1000 && len(days) < tt.days*9/10 {
				t.Errorf("articles on %d of %d days", len(days), tt.days)
			}
		})
	}
}

func TestLanguages(t *testing.T) {
	// Each script's letters, to check that a language is written in its own.
	scripts := map[string]*unicode.RangeTable{
		"en": unicode.Latin, "de": unicode.Latin, "fr": unicode.Latin, "es": unicode.Latin,
		"it": unicode.Latin, "pl": unicode.Latin, "tr": unicode.Latin, "ru": unicode.Cyrillic,
		"ar": unicode.Arabic, "fa": unicode.Arabic, "zh": unicode.Han,
	}
	tests := []struct {
		name string
		opts Options
		want []string
	}{
		{"default", Options{Articles: 3000}, defaultLanguages},
		{"chosen", Options{Articles: 500, Languages: []string{"RU", "ar", "ar", "zh"}}, []string{"ru", "ar", "zh"}},
		{"unknown codes left out", Options{Articles: 500, Languages: []string{"xx", "fa"}}, []string{"fa"}},
		{"only unknown codes: the default", Options{Articles: 1500, Languages: []string{"xx"}}, defaultLanguages},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			count := map[string]int{}
			for _, r := range take(tt.opts, tt.opts.Articles) {
				count[r.Language]++
				letters, own := 0, 0
				for _, c := range r.Text {
					if unicode.IsLetter(c) {
						letters++
						if unicode.Is(scripts[r.Language], c) {
							own++
						}
					}
				}
				if own < letters*9/10 {
					t.Fatalf("%s text: %d of %d letters in its script:\n%s", r.Language, own, letters, r.Text)
				}
			}
			for _, l := range tt.want {
				if count[l] == 0 {
					t.Errorf("no article in %s", l)
				}
			}
			if len(count) != len(tt.want) {
				t.Errorf("languages %v, want %v", count, tt.want)
			}
			if tt.name == "default" && count["en"] < tt.opts.Articles/5 {
				t.Errorf("English has %d of %d articles, want the most", count["en"], tt.opts.Articles)
			}
		})
	}
}

// TestStorySizes checks the heavy tail at 10,000 articles: most stories
// have one to three articles, some twenty or more.
func TestStorySizes(t *testing.T) {
	tests := []struct {
		name     string
		opts     Options
		meanLow  float64
		meanHigh float64
	}{
		{"default mean 4", Options{Articles: 10000}, 3, 5},
		{"mean 8", Options{Articles: 10000, MeanStorySize: 8}, 6, 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			size := map[int]int{}
			for _, r := range take(tt.opts, tt.opts.Articles) {
				if r.Story <= 0 {
					t.Fatalf("story id %d", r.Story)
				}
				size[r.Story]++
			}
			small, big := 0, 0
			for _, n := range size {
				if n <= 3 {
					small++
				}
				if n >= 20 {
					big++
				}
			}
			mean := float64(tt.opts.Articles) / float64(len(size))
			t.Logf("%d stories, mean %.2f, %d of 1-3 articles, %d of 20 or more", len(size), mean, small, big)
			if mean < tt.meanLow || mean > tt.meanHigh {
				t.Errorf("mean story size %.2f, want %v to %v", mean, tt.meanLow, tt.meanHigh)
			}
			if small < len(size)*6/10 {
				t.Errorf("%d of %d stories have 1-3 articles, want most", small, len(size))
			}
			if big < 5 {
				t.Errorf("%d stories of 20 articles or more, want some", big)
			}
		})
	}
}

func TestRecords(t *testing.T) {
	urls := map[string]bool{}
	for i, r := range take(Options{Articles: 2000, Seed: 5}, 2000) {
		if strings.TrimSpace(r.Title) == "" || strings.TrimSpace(r.Text) == "" {
			t.Fatalf("record %d: empty title or text: %+v", i, r)
		}
		if !utf8.ValidString(r.Title) || !utf8.ValidString(r.Text) || !utf8.ValidString(r.Source) {
			t.Fatalf("record %d: invalid UTF-8", i)
		}
		if len(r.Text) < 1000 || len(r.Text) > 6144 {
			t.Errorf("record %d: text of %d bytes, want 1-6 KB", i, len(r.Text))
		}
		paras := strings.Split(r.Text, "\n\n")
		if len(paras) < 3 || len(paras) > 10 {
			t.Errorf("record %d: %d paragraphs", i, len(paras))
		}
		for _, p := range paras {
			if strings.TrimSpace(p) == "" || strings.Contains(p, "\n") {
				t.Errorf("record %d: bad paragraph %q", i, p)
			}
		}
		if r.Source == "" || !strings.HasPrefix(r.URL, "https://") || urls[r.URL] {
			t.Errorf("record %d: source %q, url %q (duplicate %v)", i, r.Source, r.URL, urls[r.URL])
		}
		urls[r.URL] = true
	}
}

// TestStoriesShareEvidence checks that the articles of a story repeat its
// names and numbers: the longest capitalised word of a story's first
// English article recurs in most of the story's other English articles.
func TestStoriesShareEvidence(t *testing.T) {
	byStory := map[int][]Record{}
	for _, r := range take(Options{Articles: 3000, Languages: []string{"en"}}, 3000) {
		byStory[r.Story] = append(byStory[r.Story], r)
	}
	checked := 0
	for _, recs := range byStory {
		if len(recs) < 5 {
			continue
		}
		// The lede opens with the main person's role and name.
		f := strings.Fields(strings.SplitN(recs[0].Text, "\n", 2)[0])
		var surname string
		for i := 1; i < len(f); i++ {
			if unicode.IsUpper([]rune(f[i])[0]) && unicode.IsUpper([]rune(f[i-1])[0]) {
				surname = strings.Trim(f[i], ".,")
				break
			}
		}
		if surname == "" {
			continue
		}
		hits := 0
		for _, r := range recs {
			if strings.Contains(r.Text, surname) {
				hits++
			}
		}
		if hits < len(recs)/2 {
			t.Errorf("story %d: %q in %d of %d articles", recs[0].Story, surname, hits, len(recs))
		}
		checked++
	}
	if checked < 10 {
		t.Errorf("checked %d stories", checked)
	}
}

// TestWriteJSONL checks that the JSON Lines parse back into the records
// Next returns.
func TestWriteJSONL(t *testing.T) {
	opts := Options{Articles: 1000, Seed: 11}
	var buf bytes.Buffer
	n, err := WriteJSONL(context.Background(), &buf, opts)
	if err != nil || n != opts.Articles {
		t.Fatalf("WriteJSONL = %d, %v; want %d, nil", n, err, opts.Articles)
	}
	want := take(opts, opts.Articles)
	sc := bufio.NewScanner(&buf)
	sc.Buffer(nil, 1<<20)
	i := 0
	for ; sc.Scan(); i++ {
		var got Record
		if err := json.Unmarshal(sc.Bytes(), &got); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if got != want[i] {
			t.Fatalf("line %d: parsed %+v, want %+v", i+1, got, want[i])
		}
		var fields map[string]any
		_ = json.Unmarshal(sc.Bytes(), &fields)
		for _, k := range []string{"title", "text", "url", "published", "language", "source", "synthetic_story"} {
			if _, ok := fields[k]; !ok {
				t.Fatalf("line %d: no field %q", i+1, k)
			}
		}
	}
	if i != opts.Articles {
		t.Errorf("%d lines, want %d", i, opts.Articles)
	}
}

// TestMemoryFlat checks that a stream holds only running stories: far
// fewer than it has generated.
func TestMemoryFlat(t *testing.T) {
	s := New(Options{Articles: 10000})
	most := 0
	for s.advance() {
		most = max(most, len(s.active))
	}
	if most > 10000/5 {
		t.Errorf("%d stories running at once, of %d started", most, s.nstories)
	}
	t.Logf("at most %d of %d stories running", most, s.nstories)
}

func TestAppendJSONString(t *testing.T) {
	tests := []string{"", "plain", "quote \" back \\ slash", "new\nline\ttab\x01", "«Ünïcødé» 中文 العربية"}
	for _, in := range tests {
		var got string
		if err := json.Unmarshal(appendJSONString(nil, []byte(in)), &got); err != nil || got != in {
			t.Errorf("appendJSONString(%q) parses to %q, %v", in, got, err)
		}
	}
}

// TestVocabularies checks every language's vocabulary: the full tail, no
// empty or repeated words, and Zipfian draws within range with the most
// frequent word first.
func TestVocabularies(t *testing.T) {
	for _, code := range defaultLanguages {
		t.Run(code, func(t *testing.T) {
			v := vocabFor(languages[code])
			want := tailSize
			if code == "zh" {
				want = hanTail
			}
			if got := len(v.slots) - v.common; got != want || v.common < 100 {
				t.Errorf("%d common words, tail of %d; want 100 or more, %d", v.common, got, want)
			}
			seen := map[string]bool{}
			for i := range v.slots {
				w, _ := v.content(i)
				if len(w) == 0 || seen[string(w)] {
					t.Fatalf("word %d %q empty or repeated", i, w)
				}
				seen[string(w)] = true
			}
			counts := make([]int, len(v.slots))
			r := rand.New(rand.NewPCG(1, 2))
			for range 200000 {
				counts[v.contentZ.draw(r.Float64())]++
			}
			if counts[0] < counts[10] || counts[10] < counts[1000] || counts[1000] < counts[20000] {
				t.Errorf("counts of ranks 0, 10, 1000, 20000: %d %d %d %d", counts[0], counts[10], counts[1000], counts[20000])
			}
			tail := 0
			for _, c := range counts[1024:] {
				tail += c
			}
			if tail < 200000/5 || tail > 200000/2 {
				t.Errorf("%d of 200000 draws in the tail", tail)
			}
		})
	}
}

func TestWriteParts(t *testing.T) {
	dir := t.TempDir()
	opts := Options{Articles: 250, Seed: 3}
	files, err := WriteParts(context.Background(), dir, opts, 100)
	if err != nil {
		t.Fatal(err)
	}
	if files != 3 {
		t.Fatalf("%d files, want 3 (100 + 100 + 50)", files)
	}
	var whole bytes.Buffer
	if _, err := WriteJSONL(context.Background(), &whole, opts); err != nil {
		t.Fatal(err)
	}
	var parts bytes.Buffer
	for i := 1; i <= files; i++ {
		f, err := os.Open(filepath.Join(dir, fmt.Sprintf("part-%05d.jsonl.gz", i)))
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(&parts, zr); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	if !bytes.Equal(whole.Bytes(), parts.Bytes()) {
		t.Error("the parts do not add up to the whole stream")
	}
}
