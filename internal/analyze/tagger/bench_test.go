package tagger

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/gazetteer"
)

// BenchmarkTag tags about 5 KB of text, cut into sentences of twenty
// words, with a model trained on the invented corpus and the gazetteer.
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
	if m, err = Load(&buf); err != nil {
		b.Fatal(err)
	}
	m.Places = places
	text := strings.Repeat("President Lena Vasquez of Velmora said on Monday that Helix Mining would open an office in Port Askel, police said. ", 45)
	words, _ := Words(text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for range b.N {
		for i := 0; i < len(words); i += 20 {
			m.Tag(words[i:min(i+20, len(words))])
		}
	}
}
