package analyze_test

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/extract"
	"github.com/storyline/storyline/internal/resources"
	"github.com/storyline/storyline/internal/resources/restest"
	"github.com/storyline/storyline/internal/source"
)

// entityModels is a directory of learned entity taggers for
// BenchmarkAnalyzeArticle in place of the bundled ones; "none", the rules
// alone find the entities.
var entityModels = flag.String("entity-models", "", "BenchmarkAnalyzeArticle: directory of entity models (<lang>.model), or none for the rules alone")

// BenchmarkAnalyzeArticle measures the whole analysis of one extracted
// article, as ingest runs it after extraction and language identification:
// Analyzer.Article, the features similarity compares with their English
// concepts and the facts (entities, dates, quotes, sources). It uses the
// seeds when ../shared is there, else the bundled examples. Run with
// -cpu 1 -count 10 and take the median (benchstat); -entity-models DIR
// gives the entity finder the learned taggers of DIR, -entity-models none
// the rules alone.
func BenchmarkAnalyzeArticle(b *testing.B) {
	dir := filepath.Join("..", "..", "..", "shared", "seeds")
	if _, err := os.Stat(dir); err != nil {
		dir = filepath.Join("..", "..", "examples", "articles")
	}
	res := restest.Get(b)
	ctx := context.Background()
	if *entityModels != "" {
		c := restest.Config()
		if *entityModels == "none" {
			c.NoEntityModels = true
		} else {
			c.EntityModels = *entityModels
		}
		var err error
		if res, err = resources.New(ctx, c); err != nil {
			b.Fatal(err)
		}
	}
	var articles []article.Article
	files, err := source.ListFiles(ctx, []string{dir})
	if err != nil {
		b.Fatal(err)
	}
	err = files.Read(ctx, func(in source.Input) error {
		for _, d := range in.Documents {
			a, err := extract.Extract(d)
			if err != nil {
				return err
			}
			a.Language = res.Detector.Detect(a.Title + "\n" + a.Text)
			articles = append(articles, a)
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}

	for _, a := range articles {
		res.Analyzer.Article(ctx, a)
	}
	for _, a := range articles {
		b.Run(filepath.Base(a.Path), func(b *testing.B) {
			b.SetBytes(int64(len(a.Title) + len(a.Text)))
			for range b.N {
				res.Analyzer.Article(ctx, a)
			}
		})
	}
}
