// Package analyzetest analyses invented articles for the tests of the
// later stages: with the gazetteer and no bilingual dictionaries, so
// without English concepts. The analyzer is built once per test binary.
package analyzetest

import (
	"context"
	"sync"

	"github.com/storyline/storyline/internal/analyze"
	"github.com/storyline/storyline/internal/analyze/entity"
	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/gazetteer"
)

var shared = sync.OnceValue(func() *analyze.Analyzer {
	places, err := gazetteer.Load()
	if err != nil {
		panic(err) // the gazetteer is embedded: it always loads
	}
	return analyze.New(entity.NewFinder(places, 0, nil), nil)
})

// Analyze analyses an article.
func Analyze(a article.Article) analyze.Result {
	r, _ := shared().Article(context.Background(), a) // fails only when the context ends
	return r
}

// Features returns the similarity features of an article in language
// code with a title and a text.
func Features(code, title, text string) analyze.Analysis {
	return Analyze(article.Article{Language: code, Title: title, Text: text}).Analysis
}
