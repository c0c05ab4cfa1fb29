package quote

import (
	"strings"
	"testing"
	"time"
)

func TestPerfPathological(t *testing.T) {
	cases := map[string]string{
		"quotes":   strings.Repeat(`"a b c" said he, `, 5000),
		"openers":  strings.Repeat(`“a `, 20000),
		"closers":  strings.Repeat(`a” `, 20000),
		"words":    strings.Repeat(`word `, 20000),
		"cues":     strings.Repeat(`said according to `, 5000),
		"desc":     strings.Repeat(`newspaper Haaretz `, 5000),
		"singles":  strings.Repeat(`'a 'b `, 20000),
		"caps":     strings.Repeat(`Abc `, 20000),
		"latter":   strings.Repeat(`the latter said "a b c d" `, 3000),
		"lines":    strings.Repeat("Source: X\n\"a b c\n", 5000),
		"arabic":   strings.Repeat(`وقال “فلارك” قوله :”إن `, 5000),
		"han":      strings.Repeat(`他说“我们将继续推动和平谈判”`, 3000),
	}
	for name, text := range cases {
		start := time.Now()
		Find("en", text, nil)
		t.Logf("%s: %d bytes in %v", name, len(text), time.Since(start))
	}
}
