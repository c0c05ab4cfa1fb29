package source

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func gz(t *testing.T, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestParse(t *testing.T) {
	html := []byte("<!DOCTYPE html><html><head><title>T</title></head><body><p>Body</p></body></html>")
	tests := []struct {
		name    string
		file    string
		data    []byte
		formats []Format
		paths   []string
		wantErr error
	}{
		{name: "plain text", file: "a.txt", data: []byte(" date 2020-02-23 Site\nTitle\n\nBody text."), formats: []Format{Text}},
		{name: "html by extension", file: "a.htm", data: html, formats: []Format{HTML}},
		{name: "html sniffed without extension", file: "page", data: html, formats: []Format{HTML}},
		{name: "text sniffed without extension", file: "README", data: []byte("Just words."), formats: []Format{Text}},
		{name: "gzip html", file: "a.html.gz", data: gz(t, html), formats: []Format{HTML}},
		{name: "gzip without .gz", file: "a.txt", data: gz(t, []byte("Gzipped words.")), formats: []Format{Text}},
		{name: "json object", file: "a.json", data: []byte(`{"headline":"H","body":"B","link":"http://x/1"}`), formats: []Format{Record}, paths: []string{"a.json"}},
		{name: "json array", file: "a.json", data: []byte(`[{"title":"A","text":"x"},{"title":"B","text":"y"}]`), formats: []Format{Record, Record}, paths: []string{"a.json#1", "a.json#2"}},
		{name: "json lines", file: "a.jsonl", data: []byte("{\"title\":\"A\",\"text\":\"x\"}\n\n{\"title\":\"B\",\"content\":\"y\"}\n"), formats: []Format{Record, Record}, paths: []string{"a.jsonl#1", "a.jsonl#3"}},
		{name: "utf-8 bom", file: "a.txt", data: []byte("\xef\xbb\xbfWords."), formats: []Format{Text}},
		{name: "empty", file: "a.txt", data: []byte(" \n\t\n"), wantErr: ErrEmpty},
		{name: "binary", file: "a.txt", data: []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2}, wantErr: ErrBinary},
		{name: "invalid utf-8", file: "a.txt", data: []byte("caf\xe9 au lait, \xff\xfe"), wantErr: ErrInvalidUTF8},
		{name: "unsupported extension", file: "a.pdf", data: []byte("%PDF-1.4 words"), wantErr: ErrUnsupported},
		{name: "json without text", file: "a.json", data: []byte(`{"title":"only a title"}`), wantErr: ErrNoArticle},
		{name: "broken gzip", file: "a.txt.gz", data: []byte{0x1f, 0x8b, 8, 0, 1, 2, 3}, wantErr: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Parse(tt.file, tt.data)
			if tt.name == "broken gzip" {
				if err == nil || !strings.Contains(err.Error(), "gzip") {
					t.Fatalf("err = %v, want a gzip error", err)
				}
				return
			}
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if len(docs) != len(tt.formats) {
				t.Fatalf("%d documents, want %d", len(docs), len(tt.formats))
			}
			for i, d := range docs {
				if d.Format != tt.formats[i] {
					t.Errorf("doc %d format %v, want %v", i, d.Format, tt.formats[i])
				}
				if tt.paths != nil && d.Path != tt.paths[i] {
					t.Errorf("doc %d path %q, want %q", i, d.Path, tt.paths[i])
				}
			}
		})
	}
}

func TestRecordFieldMapping(t *testing.T) {
	data := []byte(`{"Headline":"Quake hits port","articleBody":"<p>First.</p><p>Second.</p>",
		"canonical_url":"https://example.org/q","datePublished":1710405000,"inLanguage":"en-GB",
		"publisher":{"name":"Harbour Times"},"author":[{"name":"Ada Lin"},"Bo Park"]}`)
	docs, err := Parse("rec.json", data)
	if err != nil {
		t.Fatal(err)
	}
	f := docs[0].Fields
	want := Fields{Title: "Quake hits port", Text: "<p>First.</p><p>Second.</p>", URL: "https://example.org/q",
		Published: "2024-03-14T08:30:00Z", Language: "en-GB", Outlet: "Harbour Times", Authors: []string{"Ada Lin", "Bo Park"}}
	if f.Title != want.Title || f.Text != want.Text || f.URL != want.URL || f.Published != want.Published ||
		f.Language != want.Language || f.Outlet != want.Outlet || strings.Join(f.Authors, "|") != "Ada Lin|Bo Park" {
		t.Errorf("Fields = %+v\nwant %+v", f, want)
	}
}

func TestBadRecordsDoNotSinkTheFile(t *testing.T) {
	docs, err := Parse("feed.jsonl", []byte("{\"title\":\"A\",\"text\":\"x\"}\n{broken\n{\"title\":\"C\"}\n"))
	if len(docs) != 1 || docs[0].Path != "feed.jsonl#1" {
		t.Fatalf("docs = %+v, want the first record only", docs)
	}
	var ie *InputError
	if !errors.As(err, &ie) {
		t.Fatalf("err = %v, want *InputError", err)
	}
	joined, ok := err.(interface{ Unwrap() []error })
	if !ok || len(joined.Unwrap()) != 2 {
		t.Fatalf("err = %v, want two record errors", err)
	}
	if !strings.Contains(err.Error(), "feed.jsonl#2") || !strings.Contains(err.Error(), "feed.jsonl#3") {
		t.Errorf("errors do not name the records: %v", err)
	}
}

func TestFilesAndReadFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		t.Helper()
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b/good.txt", []byte("Title\n\nA good article."))
	write("a/empty.txt", nil)
	write("a/junk.bin", []byte{0, 1, 2, 3, 0xff})
	write(".hidden/skip.txt", []byte("hidden"))
	write("c/.skip.txt", []byte("hidden"))
	write("c/two.jsonl", []byte("{\"title\":\"A\",\"text\":\"x\"}\n{\"title\":\"B\",\"text\":\"y\"}\n"))

	if err := os.Symlink(filepath.Join(dir, "b", "good.txt"), filepath.Join(dir, "c", "link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "b"), filepath.Join(dir, "c", "folder-link")); err != nil {
		t.Fatal(err)
	}
	var failed []string
	fail := func(err error) {
		var ie *InputError
		if !errors.As(err, &ie) {
			t.Fatalf("failure %v is not an *InputError", err)
		}
		failed = append(failed, strings.TrimPrefix(ie.Path, dir+"/"))
	}
	files := Files([]string{dir, filepath.Join(dir, "missing.txt"), filepath.Join(dir, "b/good.txt")}, fail)
	var rel []string
	for _, f := range files {
		rel = append(rel, strings.TrimPrefix(f, dir+"/"))
	}
	if got := strings.Join(rel, " "); got != "a/empty.txt a/junk.bin b/good.txt c/link.txt c/two.jsonl b/good.txt" {
		t.Errorf("Files = %s", got)
	}
	var paths []string
	for _, f := range files {
		docs, err := ReadFile(f)
		for _, e := range RecordErrors(err) {
			fail(e)
		}
		for _, d := range docs {
			paths = append(paths, strings.TrimPrefix(d.Path, dir+"/"))
		}
	}
	if got := strings.Join(paths, " "); got != "b/good.txt c/link.txt c/two.jsonl#1 c/two.jsonl#2 b/good.txt" {
		t.Errorf("documents = %s", got)
	}
	if got := strings.Join(failed, " "); got != "missing.txt a/empty.txt a/junk.bin" {
		t.Errorf("failures = %s", got)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("a.json", []byte(`{"title":"A","text":"x","date":"2020-01-01"}`))
	f.Add("a.jsonl", []byte("{\"title\":\"A\",\"text\":\"x\"}\n[1,2]\n"))
	f.Add("a.json", []byte(`[{"body":{"text":"nested"}}, 3, null]`))
	f.Add("a.txt", []byte(" date 2020-02-23\nTitle\nBody"))
	f.Add("x", []byte("<html><body>hi</body></html>"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		docs, err := Parse(name, data)
		if err == nil && len(docs) == 0 {
			t.Fatal("no documents and no error")
		}
		for _, d := range docs {
			if d.Format == Record && strings.TrimSpace(d.Fields.Text) == "" {
				t.Fatalf("record without text: %+v", d)
			}
			if d.Format == Text && len(d.Data) == 0 {
				t.Fatal("empty text document")
			}
		}
	})
}
