package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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

// parseFile reads the bytes of a file named name, as ReadFile does.
func parseFile(name string, data []byte) ([]Document, error) {
	in := read(Origin{Path: name}, kindOfName(name), data)
	return in.Documents, in.Err
}

// parseMedia reads a body of a media type, as Memory does.
func parseMedia(origin Origin, mediaType string, data []byte) ([]Document, error) {
	in := read(origin, kindOfMedia(mediaType), data)
	return in.Documents, in.Err
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
		{name: "another encoding", file: "a.txt", data: []byte("caf\xe9 au lait, \xff\xfe"), wantErr: ErrInvalidUTF8},
		{name: "latin-1 paragraph", file: "a.txt", data: []byte("Le pr\xe9sident a d\xe9clar\xe9 mardi que la r\xe9forme \xe9tait n\xe9cessaire \xe0 l'\xe9conomie."), wantErr: ErrInvalidUTF8},
		{name: "stray bytes in utf-8", file: "a.txt", data: []byte("Séisme à İzmir\n\nLe séisme a frappé la ville mardi \xff et les secours sont arrivés très vite sur place, selon la préfecture."), formats: []Format{Text}},
		{name: "unsupported extension", file: "a.pdf", data: []byte("%PDF-1.4 words"), wantErr: ErrUnsupported},
		{name: "json without text", file: "a.json", data: []byte(`{"title":"only a title"}`), wantErr: ErrNoArticle},
		{name: "broken gzip", file: "a.txt.gz", data: []byte{0x1f, 0x8b, 8, 0, 1, 2, 3}, wantErr: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := parseFile(tt.file, tt.data)
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
	docs, err := parseFile("rec.json", data)
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
	docs, err := parseFile("feed.jsonl", []byte("{\"title\":\"A\",\"text\":\"x\"}\n{broken\n{\"title\":\"C\"}\n"))
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
	ctx := context.Background()
	files, err := ListFiles(ctx, []string{dir, filepath.Join(dir, "missing.txt"), filepath.Join(dir, "b/good.txt")})
	if err != nil {
		t.Fatal(err)
	}
	var inputs, paths []string
	err = files.Read(ctx, func(in Input) error {
		inputs = append(inputs, strings.TrimPrefix(in.Origin.Path, dir+"/"))
		for _, e := range RecordErrors(in.Err) {
			fail(e)
		}
		for _, d := range in.Documents {
			paths = append(paths, strings.TrimPrefix(d.Path, dir+"/"))
			if d.Fetched.IsZero() {
				t.Errorf("%s: no fetch time", d.Path)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(inputs, " "); got != "a/empty.txt a/junk.bin b/good.txt c/link.txt c/two.jsonl missing.txt b/good.txt" {
		t.Errorf("inputs = %s", got)
	}
	if files.Len() != len(inputs) {
		t.Errorf("Len = %d, Read handed over %d inputs", files.Len(), len(inputs))
	}
	if got := strings.Join(paths, " "); got != "b/good.txt c/link.txt c/two.jsonl#1 c/two.jsonl#2 b/good.txt" {
		t.Errorf("documents = %s", got)
	}
	if got := strings.Join(failed, " "); got != "a/empty.txt a/junk.bin missing.txt" {
		t.Errorf("failures = %s", got)
	}

	stop := errors.New("stop")
	n := 0
	if err := files.Read(ctx, func(Input) error { n++; return stop }); err != stop || n != 1 {
		t.Errorf("Read after yield failed: %v, %d inputs", err, n)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if err := files.Read(cancelled, func(Input) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("Read with ctx done: %v", err)
	}
	if _, err := ListFiles(cancelled, []string{dir}); !errors.Is(err, context.Canceled) {
		t.Errorf("ListFiles with ctx done: %v", err)
	}
}

// TestMemory checks that bodies held in memory are read by their media
// type, or by their content without one, and keep their origin.
func TestMemory(t *testing.T) {
	at := time.Date(2026, 5, 5, 10, 0, 0, 0, time.UTC)
	origin := Origin{Path: "api:1", URL: "https://news.example/a", Feed: "wire", Fetched: at}
	html := "<!DOCTYPE html><html><body><p>Body</p></body></html>"
	tests := []struct {
		name, mediaType, data string
		formats               []Format
		paths                 []string
		wantErr               error
	}{
		{"json record", "application/json; charset=utf-8", `{"title":"A","text":"x"}`, []Format{Record}, []string{"api:1"}, nil},
		{"json array", "application/json", `[{"title":"A","text":"x"},{"text":"y"}]`, []Format{Record, Record}, []string{"api:1#1", "api:1#2"}, nil},
		{"json lines", "application/x-ndjson", `{"title":"A","text":"x"}` + "\n" + `{"text":"y"}`, []Format{Record, Record}, []string{"api:1#1", "api:1#2"}, nil},
		{"html told", "text/html", html, []Format{HTML}, []string{"api:1"}, nil},
		{"html that looks like text", "text/html", "<p>Body</p>", []Format{HTML}, nil, nil},
		{"text told, though it looks like JSON", "text/plain", "{not a record}", []Format{Text}, nil, nil},
		{"sniffed html", "", html, []Format{HTML}, nil, nil},
		{"sniffed record", "", `{"text":"x"}`, []Format{Record}, nil, nil},
		{"sniffed text", "", "Words.", []Format{Text}, nil, nil},
		{"unsupported", "application/pdf", "%PDF-1.4", nil, nil, ErrUnsupported},
		{"malformed media type", "text/", "Words.", nil, nil, ErrUnsupported},
		{"empty", "text/plain", "  ", nil, nil, ErrEmpty},
	}
	var src Memory
	for _, tt := range tests {
		src = append(src, Body{Origin: origin, MediaType: tt.mediaType, Data: []byte(tt.data)})
	}
	if src.Len() != len(tests) {
		t.Fatalf("Len = %d", src.Len())
	}
	i := 0
	err := src.Read(context.Background(), func(in Input) error {
		tt := tests[i]
		i++
		if in.Origin != origin {
			t.Errorf("%s: origin %+v", tt.name, in.Origin)
		}
		if tt.wantErr != nil {
			var ie *InputError
			if !errors.Is(in.Err, tt.wantErr) || !errors.As(in.Err, &ie) || ie.Path != "api:1" {
				t.Errorf("%s: err = %v, want %v naming the input", tt.name, in.Err, tt.wantErr)
			}
			return nil
		}
		if in.Err != nil || len(in.Documents) != len(tt.formats) {
			t.Fatalf("%s: %d documents, err %v", tt.name, len(in.Documents), in.Err)
		}
		for j, d := range in.Documents {
			if d.Format != tt.formats[j] {
				t.Errorf("%s: document %d format %v, want %v", tt.name, j, d.Format, tt.formats[j])
			}
			if tt.paths != nil && d.Path != tt.paths[j] {
				t.Errorf("%s: document %d path %q, want %q", tt.name, j, d.Path, tt.paths[j])
			}
			if d.URL != origin.URL || d.Feed != origin.Feed || !d.Fetched.Equal(at) {
				t.Errorf("%s: document %d lost its origin: %+v", tt.name, j, d.Origin)
			}
		}
		return nil
	})
	if err != nil || i != len(tests) {
		t.Fatalf("Read: %v after %d inputs", err, i)
	}
}

func TestOriginName(t *testing.T) {
	if got := (Origin{URL: "https://x/a"}).record(2).Path; got != "https://x/a#2" {
		t.Errorf("record of a URL: %q", got)
	}
	if got := (Origin{Path: "a.json", URL: "https://x/a"}).Name(); got != "a.json" {
		t.Errorf("Name = %q", got)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("a.json", []byte(`{"title":"A","text":"x","date":"2020-01-01"}`))
	f.Add("a.jsonl", []byte("{\"title\":\"A\",\"text\":\"x\"}\n[1,2]\n"))
	f.Add("a.json", []byte(`[{"body":{"text":"nested"}}, 3, null]`))
	f.Add("a.txt", []byte(" date 2020-02-23\nTitle\nBody"))
	f.Add("a.txt", []byte("Title\n\nA body with one stray \xff byte in a text long enough to be repaired."))
	f.Add("x", []byte("<html><body>hi</body></html>"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		docs, err := parseFile(name, data)
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

func FuzzParseMedia(f *testing.F) {
	f.Add("application/json", []byte(`{"title":"A","text":"x"}`))
	f.Add("application/x-ndjson", []byte("{\"text\":\"x\"}\n[1]\n"))
	f.Add("text/html; charset=utf-8", []byte("<p>hi</p>"))
	f.Add("text/plain", []byte("Title\n\nBody"))
	f.Add("", []byte("[{\"body\":\"b\"}]"))
	f.Fuzz(func(t *testing.T, mediaType string, data []byte) {
		docs, err := parseMedia(Origin{Path: "p"}, mediaType, data)
		if err == nil && len(docs) == 0 {
			t.Fatal("no documents and no error")
		}
		for _, d := range docs {
			if d.Path != "p" && !strings.HasPrefix(d.Path, "p#") {
				t.Fatalf("document path %q", d.Path)
			}
			if d.Format == Record && strings.TrimSpace(d.Fields.Text) == "" {
				t.Fatalf("record without text: %+v", d)
			}
			if d.Format == Text && len(d.Data) == 0 {
				t.Fatal("empty text document")
			}
		}
	})
}

// TestReadFileCancelled checks that ReadFile reads nothing once its
// context is done.
func TestReadFileCancelled(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(path, []byte("Title\n\nA good article."), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	if docs, err := ReadFile(ctx, path); err != nil || len(docs) != 1 {
		t.Fatalf("ReadFile = %d documents, %v; want 1, nil", len(docs), err)
	}
	cancel()
	if docs, err := ReadFile(ctx, path); !errors.Is(err, context.Canceled) || len(docs) != 0 {
		t.Errorf("ReadFile after cancel = %d documents, %v; want none, context.Canceled", len(docs), err)
	}
}

// TestMediaTypeCharset checks that the charset of an HTML body's media
// type reaches its document, for the extractor to decode it by.
func TestMediaTypeCharset(t *testing.T) {
	page := []byte("<html><body><p>Br\xfccke</p></body></html>")
	for _, tt := range []struct{ mediaType, want string }{
		{"text/html; charset=ISO-8859-1", "ISO-8859-1"},
		{"text/html", ""},
	} {
		docs, err := parseMedia(Origin{Path: "posted"}, tt.mediaType, page)
		if err != nil || len(docs) != 1 || docs[0].Charset != tt.want {
			t.Errorf("%s: %+v, %v; want one document of charset %q", tt.mediaType, docs, err, tt.want)
		}
	}
}
