package lang

import (
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// benchTexts returns a news-length English and Arabic text: seeds 000 and
// 002 when present, else invented sentences repeated to about 2 KB.
func benchTexts() (en, ar string) {
	en = strings.Repeat("The government announced on Tuesday that the new budget will raise spending on schools. ", 25)
	ar = strings.Repeat("أعلنت الحكومة يوم الثلاثاء أن الميزانية الجديدة سترفع الإنفاق على المدارس. ", 25)
	if files, _ := filepath.Glob(filepath.Join(seedsDir, "000_*.txt")); len(files) == 1 {
		if data, err := os.ReadFile(files[0]); err == nil {
			en = string(data)
		}
	}
	if files, _ := filepath.Glob(filepath.Join(seedsDir, "002_*.txt")); len(files) == 1 {
		if data, err := os.ReadFile(files[0]); err == nil {
			ar = string(data)
		}
	}
	return en, ar
}

// BenchmarkDetect measures one detection of a news-length text, models
// already loaded.
func BenchmarkDetect(b *testing.B) {
	d := NewDetector()
	en, ar := benchTexts()
	for _, bb := range []struct{ name, text string }{{"en", en}, {"ar", ar}} {
		b.Run(bb.name, func(b *testing.B) {
			d.Detect(bb.text)
			b.ReportAllocs()
			for b.Loop() {
				d.Detect(bb.text)
			}
		})
	}
}

// BenchmarkDetectorMemory reports the resident memory of a process whose
// detector has loaded the models of every statistical script (Latin,
// Cyrillic, Arabic), as rss-MiB and heap-MiB. Run it alone (-run XXX
// -bench DetectorMemory) so that no other benchmark's memory is counted.
func BenchmarkDetectorMemory(b *testing.B) {
	if runtime.GOOS != "linux" {
		b.Skip("reads /proc/self/status")
	}
	for range b.N {
		d := NewDetector()
		for _, s := range []string{
			"The government announced on Tuesday that the new budget will raise spending on schools and hospitals.",
			"Правительство во вторник объявило, что новый бюджет увеличит расходы на школы и больницы во всех регионах.",
			"أعلنت الحكومة يوم الثلاثاء أن الميزانية الجديدة سترفع الإنفاق على المدارس والمستشفيات في جميع المحافظات.",
		} {
			d.Detect(s)
		}
	}
	runtime.GC()
	after := procStatus(b)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(after["VmHWM"])/1024, "peak-rss-MiB")
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MiB")
}

// procStatus returns the kB figures of /proc/self/status.
func procStatus(t testing.TB) map[string]int {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skipf("no /proc/self/status: %v", err)
	}
	out := map[string]int{}
	for _, line := range strings.Split(string(data), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		if f := strings.Fields(v); len(f) == 2 && f[1] == "kB" {
			if n, err := strconv.Atoi(f[0]); err == nil {
				out[k] = n
			}
		}
	}
	return out
}
