package xlang

import (
	"context"
	"runtime"
	"slices"
	"testing"
	"time"
)

// BenchmarkLoad parses the installed dictionaries of each language and
// reports the time to build its table (ms), the heap the table keeps
// (MiB) and its size (keys, concepts). A language read through a pivot
// (Russian through German) needs the pivot's table too, which is built
// beforehand and not counted.
//
//	go test -run XXX -bench Load -benchtime 1x ./internal/xlang/
func BenchmarkLoad(b *testing.B) {
	d := mustLoad(DefaultDir)
	if len(d.Languages()) == 0 {
		b.Skip("no FreeDict dictionaries in " + DefaultDir)
	}
	for _, lang := range d.Languages() {
		b.Run(lang, func(b *testing.B) {
			var tab *table
			var kept uint64
			var elapsed time.Duration
			ld := d.langs[lang]
			for _, f := range ld.pivot {
				d.langs[f.from].table(context.Background(), d, f.from) // built and measured on its own
			}
			for range b.N {
				runtime.GC()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				start := time.Now()
				tab, _ = ld.build(context.Background(), d, lang)
				elapsed += time.Since(start)
				runtime.GC()
				runtime.ReadMemStats(&after)
				if after.HeapAlloc > before.HeapAlloc {
					kept += after.HeapAlloc - before.HeapAlloc
				}
			}
			runtime.KeepAlive(tab)
			b.ReportMetric(float64(elapsed.Milliseconds())/float64(b.N), "ms/load")
			b.ReportMetric(float64(kept)/float64(b.N)/(1<<20), "MiB")
			b.ReportMetric(float64(len(tab.keys)), "keys")
			b.ReportMetric(float64(len(tab.concepts)), "concepts")
		})
	}
}

// BenchmarkConcepts looks up German terms in the installed German table,
// once built: the cost story similarity pays per term.
//
//	go test -run XXX -bench Concepts -benchmem ./internal/xlang/
func BenchmarkConcepts(b *testing.B) {
	d := installed()
	if !slices.Contains(d.Languages(), "de") {
		b.Skip("no German-English FreeDict dictionary in " + DefaultDir)
	}
	stems := []string{"impfstoff", "regier", "erdbeb", "krankenhaus", "unbekanntwort", "polizei", "jahr", "seit"}
	concepts(d, "de", stems[0])
	b.ResetTimer()
	for i := range b.N {
		concepts(d, "de", stems[i%len(stems)])
	}
}
