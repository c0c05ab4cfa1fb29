package extract

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/source"
)

func TestExtractHTMLPages(t *testing.T) {
	tests := []struct {
		file                          string
		title, published, outlet, url string
		authors                       []string
		keep                          []string
		drop                          []string
	}{
		{
			file: "pl-most-remont.html", title: "Most Zwierzyniecki znów otwarty po remoncie",
			published: "2026-05-12T05:45:00Z", outlet: "Kurier Odrzański",
			url:     "https://kurier-odrzanski.example/wroclaw/most-zwierzyniecki-otwarty",
			authors: []string{"Agnieszka Wróbel"},
			keep:    []string{"41,5 mln zł", "do końca czerwca potrwają"},
			drop:    []string{"Najczęściej czytane", "Wszelkie prawa zastrzeżone", "plików cookie", "Prenumerata"},
		},
		{
			file: "ru-cp1251-zavod.html", title: "Завод в Череповце запустил новую линию", outlet: "Северный вестник",
			keep: []string{"18,4 млрд рублей", "на два месяца раньше срока"},
			drop: []string{"Перепечатка запрещена"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "html", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			a, err := Extract(source.Document{Origin: source.Origin{Path: tt.file}, Format: source.HTML, Data: data})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title || a.PublishedString() != tt.published || a.Outlet != tt.outlet || a.URL != tt.url {
				t.Errorf("got title %q, published %q, outlet %q, url %q", a.Title, a.PublishedString(), a.Outlet, a.URL)
			}
			if strings.Join(a.Authors, "|") != strings.Join(tt.authors, "|") {
				t.Errorf("authors %q, want %q", a.Authors, tt.authors)
			}
			if strings.Count(a.Text, "\n\n") < 2 {
				t.Errorf("paragraph breaks lost: %q", a.Text)
			}
			for _, k := range tt.keep {
				if !strings.Contains(a.Text, k) {
					t.Errorf("body lost %q", k)
				}
			}
			for _, d := range tt.drop {
				if strings.Contains(a.Text, d) {
					t.Errorf("body keeps chrome %q", d)
				}
			}
		})
	}
}

func TestExtractRecords(t *testing.T) {
	tests := []struct {
		name             string
		fields           source.Fields
		text, lang, date string
		err              error
	}{
		{"plain body", source.Fields{Title: "T", Text: "First line.\n\n\nSecond  line.", Language: "en-GB", Published: "2026-03-14T08:30:00Z"},
			"First line.\n\nSecond line.", "en", "2026-03-14T08:30:00Z", nil},
		{"markup body", source.Fields{Title: "T", Text: "<p>Erster <b>Absatz</b>.</p><p>Zweiter.</p><script>x()</script>", Language: "German", Published: "14.03.2026"},
			"Erster Absatz.\n\nZweiter.", "", "2026-03-14", nil},
		{"undated", source.Fields{Title: "T", Text: "Body.", Published: "last Tuesday"}, "Body.", "", "", nil},
		{"markup without text", source.Fields{Title: "T", Text: "<p> </p><img src=x>"}, "", "", "", ErrNoText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(source.Document{Origin: source.Origin{Path: "r.jsonl#1"}, Format: source.Record, Fields: tt.fields})
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if err != nil {
				return
			}
			if a.Text != tt.text || a.Language != tt.lang || a.PublishedString() != tt.date || a.Path != "r.jsonl#1" {
				t.Errorf("got text %q, lang %q, date %q, path %q", a.Text, a.Language, a.PublishedString(), a.Path)
			}
		})
	}
}

func FuzzExtractHTML(f *testing.F) {
	data, err := os.ReadFile(filepath.Join("testdata", "html", "pl-most-remont.html"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte("<html><body><p>" + strings.Repeat("Ein Satz mit Worten. ", 20) + "</p></body></html>"))
	f.Add([]byte("<meta charset=\"koi8-r\"><p>\xf0\xd2\xc9\xd7\xc5\xd4</p>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Extract(source.Document{Origin: source.Origin{Path: "f.html"}, Format: source.HTML, Data: data})
		if err != nil {
			return
		}
		if strings.TrimSpace(a.Text) == "" {
			t.Fatal("no error but an empty body")
		}
		for _, p := range strings.Split(a.Text, "\n\n") {
			if strings.TrimSpace(p) == "" {
				t.Fatalf("empty paragraph in %q", a.Text)
			}
		}
	})
}

// TestExtractRepairsInvalidBytes reads text files with bytes that are not
// UTF-8 as storyline reads a file: stray bytes are replaced by U+FFFD and
// counted, on one line or many; a file in another encoding is refused.
func TestExtractRepairsInvalidBytes(t *testing.T) {
	body := "The ferry caught fire off the coast on Sunday night, and all 212 passengers were brought ashore safely by the coast guard."
	tests := []struct {
		name     string
		data     string
		replaced int
		want     string // in the body
		wantErr  error
	}{
		{"one stray byte", "Ferry fire off Sardinia\n\n" + strings.Replace(body, "Sunday", "Sun\xffday", 1), 1, "Sun\ufffdday", nil},
		{"cut sequence on one line", "Ferry fire off Sardinia  " + strings.Replace(body, "212", "212 \xe2\x80", 1) + " " + body, 2, "212 \ufffd\ufffd passengers", nil},
		{"latin-1 file", "Le pr\xe9sident a d\xe9clar\xe9 mardi que la r\xe9forme \xe9tait n\xe9cessaire.", 0, "", source.ErrInvalidUTF8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "a.txt")
			if err := os.WriteFile(path, []byte(tt.data), 0o644); err != nil {
				t.Fatal(err)
			}
			docs, err := source.ReadFile(t.Context(), path)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("ReadFile = %v, want %v", err, tt.wantErr)
				}
				if !strings.Contains(err.Error(), "convert it to UTF-8") {
					t.Errorf("the error %q does not say what to do", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			a, err := Extract(docs[0])
			if err != nil {
				t.Fatal(err)
			}
			if a.Replaced != tt.replaced || !strings.Contains(a.Text, tt.want) {
				t.Errorf("replaced %d, body %q; want %d replaced and %q", a.Replaced, a.Text, tt.replaced, tt.want)
			}
		})
	}
}
