package tagger

import (
	"bytes"
	"context"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/gazetteer"
)

// benchModel is a model file for BenchmarkTag in place of the one trained
// on the invented corpus.
var benchModel = flag.String("model", "", "BenchmarkTag: model file to tag with (en.model of storyline train entities)")

// benchText is a text file for BenchmarkTag in place of its invented one.
var benchText = flag.String("text", "", "BenchmarkTag: text file to tag (a real article)")

// BenchmarkTag tags about 5 KB of text as one document (one Tagger), cut
// into sentences of twenty words, with a model trained on the invented corpus and the gazetteer, or
// with the model of -model (the real English one: -args -model
// /tmp/tagger-models/en.model), or the text of -text (a real article, whose
// words repeat less than the invented text's).
func BenchmarkTag(b *testing.B) {
	f, err := os.Open("testdata/tiny.conll")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadCoNLL(f)
	if err != nil {
		b.Fatal(err)
	}
	places, err := gazetteer.Load()
	if err != nil {
		b.Fatal(err)
	}
	m, err := Train(context.Background(), "en", sents, Options{Epochs: 5, Seed: 1, Places: places})
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	m.WriteTo(&buf)
	if *benchModel != "" {
		buf.Reset()
		data, err := os.ReadFile(*benchModel)
		if err != nil {
			b.Fatal(err)
		}
		buf.Write(data)
	}
	if m, err = Load(&buf); err != nil {
		b.Fatal(err)
	}
	m.Places = places
	text := strings.Repeat("President Lena Vasquez of Velmora said on Monday that Helix Mining would open an office in Port Askel, police said. ", 45)
	if *benchText != "" {
		data, err := os.ReadFile(*benchText)
		if err != nil {
			b.Fatal(err)
		}
		text = string(data)
	}
	words, _ := Words(text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for range b.N {
		t := m.NewTagger() // one a document
		for i := 0; i < len(words); i += 20 {
			t.Tag(words[i:min(i+20, len(words))])
		}
	}
}
