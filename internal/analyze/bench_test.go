package analyze

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedsDir holds real scraped articles shared by the project.
const seedsDir = "../../../shared/seeds"

// benchArticle returns about 5 KB of text built from the seeds of one
// language (000, 001, 003, 004 are English; 002 is Arabic), or from invented
// sentences when the seeds are absent.
func benchArticle(lang string) string {
	ids := map[string][]string{"en": {"000", "001", "003", "004"}, "ar": {"002"}}[lang]
	var b strings.Builder
	for _, id := range ids {
		files, _ := filepath.Glob(filepath.Join(seedsDir, id+"_*.txt"))
		for _, f := range files {
			if data, err := os.ReadFile(f); err == nil {
				b.Write(data)
				b.WriteString("\n\n")
			}
		}
	}
	s := b.String()
	if s == "" {
		s = map[string]string{
			"en": "Syrian President Bashar al-Assad met Iranian General Qassem Soleimani in Damascus on Tuesday, officials said, as 6.4 million people fled the fighting. ",
			"ar": "التقى الرئيس السوري بشار الأسد قائد فيلق القدس قاسم سليماني في دمشق يوم الثلاثاء، وفق ما قال مسؤولون، فيما فر ستة ملايين شخص من القتال. ",
		}[lang]
	}
	for len(s) < 5000 {
		s += s
	}
	// Cut at about 5 KB, on a rune boundary.
	n := 5000
	for n < len(s) && s[n]&0xC0 == 0x80 {
		n++
	}
	return s[:n]
}

// BenchmarkAnalyze measures one analysis of a 5 KB article.
func BenchmarkAnalyze(b *testing.B) {
	for _, lang := range []string{"en", "ar"} {
		text := benchArticle(lang)
		title, body, _ := strings.Cut(text, "\n")
		analyzeText(lang, title, body) // load the language's rules
		b.Run(lang, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				analyzeText(lang, title, body)
			}
		})
	}
}
