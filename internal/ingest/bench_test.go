package ingest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/extract"
	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/source"
)

// BenchmarkAnalyzeArticle measures the whole analysis of one extracted
// article, as ingest runs it after extraction and language identification:
// Prepare: the facts (entities, dates, quotes, sources) and what similarity
// compares. It uses the seeds when ../shared is
// there, else the bundled examples. Run with -cpu 1 -count 10 and take the
// median (benchstat).
func BenchmarkAnalyzeArticle(b *testing.B) {
	dir := filepath.Join("..", "..", "..", "shared", "seeds")
	if _, err := os.Stat(dir); err != nil {
		dir = filepath.Join("..", "..", "examples", "articles")
	}
	det := lang.NewDetector()
	var articles []article.Article
	for _, f := range source.Files([]string{dir}, func(error) {}) {
		docs, _ := source.ReadFile(f)
		for _, d := range docs {
			a, err := extract.Extract(d)
			if err != nil {
				b.Fatal(err)
			}
			a.Language = det.Detect(a.Title + "\n" + a.Text)
			articles = append(articles, a)
		}
	}

	for _, a := range articles {
		Prepare(a)
	}
	for _, a := range articles {
		b.Run(filepath.Base(a.Path), func(b *testing.B) {
			b.SetBytes(int64(len(a.Title) + len(a.Text)))
			for range b.N {
				Prepare(a)
			}
		})
	}
}
