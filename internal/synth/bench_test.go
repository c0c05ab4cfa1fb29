package synth

import (
	"io"
	"testing"
)

// BenchmarkStream measures generation, JSON Lines encoding included, and
// reports articles per second on one core.
func BenchmarkStream(b *testing.B) {
	s := New(Options{Articles: 1 << 30})
	for _, c := range defaultLanguages {
		vocabFor(languages[c]) // build the vocabularies outside the timing
	}
	var line []byte
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if !s.advance() {
			b.Fatal("stream ended")
		}
		line = s.appendJSON(line[:0])
		if _, err := io.Discard.Write(line); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(0, "ns/op")
}
