package entity

import (
	"strings"
	"testing"
)

// BenchmarkFind measures Find on about 5 KB of each seed (the prose kept
// by the seed filter, repeated to 5 KB when shorter), by language: warm
// (the words and gazetteer answers cached across articles, as in a long
// ingest) and cold (every word computed afresh, as for the first article).
func BenchmarkFind(b *testing.B) {
	seeds := loadSeeds(b)
	for _, s := range seeds {
		text := s.text
		for len(text) < 5000 {
			text += "\n\n" + s.text
		}
		n := 5000
		for n < len(text) && text[n]&0xC0 == 0x80 {
			n++
		}
		text = text[:n]
		warm := testFinder()
		find(warm, s.lang, s.title, text) // load the lists, fill the caches
		for _, cold := range []bool{false, true} {
			name := strings.TrimSuffix(s.name, ".txt")[:3] + "_" + s.lang
			if cold {
				name += "_cold"
			}
			b.Run(name, func(b *testing.B) {
				fd := warm
				if cold {
					fd = NewFinder(warm.places, 0, nil)
				}
				b.ReportAllocs()
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					find(fd, s.lang, s.title, text)
				}
			})
		}
	}
}
