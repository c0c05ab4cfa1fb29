package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/markusmobius/go-trafilatura"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/resources/restest"
	"github.com/storyline/storyline/internal/source"
	"github.com/storyline/storyline/internal/story"
)

// BenchmarkHTMLPipeline times, page by page in one run, go-trafilatura's
// extraction alone and storyline's whole pipeline on the same page
// (extraction with trafilatura and htmldate, language identification,
// analysis, facts and clustering), on the trafilatura evaluation pages in
// ../shared/bench. Interleaving the two per page keeps other load on the
// machine from favouring either. Run with -benchtime 1x.
func BenchmarkHTMLPipeline(b *testing.B) {
	dir := filepath.Join("..", "..", "..", "shared", "bench", "extraction", "trafilatura", "pages")
	files, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil || len(files) == 0 {
		b.Skip("no trafilatura evaluation pages in ../shared/bench")
	}
	pages := make([][]byte, 0, len(files))
	for _, f := range files {
		data, err := readGzip(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
	}
	res := restest.Get(b)
	ctx := context.Background()
	res.Detector.Detect("warm up the language models")
	// Dictionaries load on first use of each language: not per page.
	for _, l := range lang.Languages() {
		res.Analyzer.Article(ctx, article.Article{Language: l, Title: "Warm-up", Text: "Dictionaries and caches load on first use."})
	}
	var alone, whole time.Duration
	var extracted int
	b.ResetTimer()
	for range b.N {
		clusterer := story.NewClusterer(story.Options{}, nil, nil)
		for i, data := range pages {
			t0 := time.Now()
			_, errAlone := trafilatura.Extract(bytes.NewReader(data), trafilatura.Options{ExcludeComments: true})
			t1 := time.Now()
			var docs []source.Document
			page := source.Memory{{Origin: source.Origin{Path: filepath.Base(files[i])}, MediaType: "text/html", Data: data}}
			err := page.Read(context.Background(), func(in source.Input) error {
				docs = in.Documents
				return in.Err
			})
			if err == nil && len(docs) == 1 {
				if r, err := Process(ctx, docs[0], res); err == nil {
					if _, err := clusterer.Assign(r.Doc); err != nil {
						b.Fatal(err)
					}
				}
			}
			t2 := time.Now()
			alone += t1.Sub(t0)
			whole += t2.Sub(t1)
			if errAlone == nil {
				extracted++
			}
		}
	}
	n := float64(b.N * len(pages))
	b.ReportMetric(float64(alone.Microseconds())/1000/n, "trafilatura-ms/page")
	b.ReportMetric(float64(whole.Microseconds())/1000/n, "pipeline-ms/page")
	b.ReportMetric(whole.Seconds()/alone.Seconds(), "pipeline/trafilatura")
	b.ReportMetric(float64(extracted)/float64(b.N), "pages-extracted")
}

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}
