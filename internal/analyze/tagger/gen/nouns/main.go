// Command nouns writes the German common nouns of the FreeDict
// German-English dictionary (Ding; dictd format, as Debian's
// dict-freedict-deu-eng installs it), one folded word a line, sorted and
// gzipped: the tagger's lexicon of words that are capitalised in German
// without being names.
//
// A noun is a headword of one word of letters (and hyphens), capitalised,
// whose entry is marked as a noun or a plural ("<masc, n, sg>", "<pl>"),
// and not a geographical name ("[geogr.]").
//
//	go run ./gen/nouns -dict /usr/share/dictd/freedict-deu-eng -o de-nouns.txt.gz
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode"

	"github.com/storyline/storyline/internal/lang"
)

func main() {
	dict := flag.String("dict", "/usr/share/dictd/freedict-deu-eng", "dictd dictionary: the path of its .index and .dict.dz without the extension")
	out := flag.String("o", "de-nouns.txt.gz", "file to write")
	flag.Parse()
	if err := run(*dict, *out); err != nil {
		fmt.Fprintln(os.Stderr, "nouns:", err)
		os.Exit(1)
	}
}

func run(dict, out string) error {
	spans, err := readIndex(dict + ".index")
	if err != nil {
		return err
	}
	f, err := os.Open(dict + ".dict.dz")
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f) // dictzip is gzip with an index
	if err != nil {
		return fmt.Errorf("%s: %w", dict, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return fmt.Errorf("%s: %w", dict, err)
	}
	set := map[string]bool{}
	for _, s := range spans {
		if s.off < 0 || s.off+s.n > int64(len(data)) {
			return fmt.Errorf("%s: entry beyond the data", dict)
		}
		if w, ok := noun(string(data[s.off : s.off+s.n])); ok {
			set[lang.Fold("de", w)] = true
		}
	}
	words := make([]string, 0, len(set))
	for w := range set {
		words = append(words, w)
	}
	slices.Sort(words)
	o, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(o, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	for _, w := range words {
		bw.WriteString(w)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "nouns: %d words\n", len(words))
	return o.Close()
}

// noun returns the headword of a dictionary entry when it is a common
// noun.
func noun(entry string) (string, bool) {
	first, rest, _ := strings.Cut(entry, "\n")
	rest = strings.TrimSpace(rest)
	if strings.HasPrefix(rest, "[geogr.]") {
		return "", false
	}
	lt := strings.LastIndexByte(first, '<')
	gt := strings.LastIndexByte(first, '>')
	if lt < 0 || gt < lt {
		return "", false
	}
	isNoun := false
	for _, f := range strings.Split(first[lt+1:gt], ",") {
		if f = strings.TrimSpace(f); f == "n" || f == "pl" {
			isNoun = true
		}
	}
	if !isNoun {
		return "", false
	}
	head := first
	for _, sep := range []string{" /", " <", " ("} {
		if i := strings.Index(head, sep); i >= 0 {
			head = head[:i]
		}
	}
	head = strings.TrimSpace(head)
	for i, r := range head {
		if i == 0 && !unicode.IsUpper(r) || !unicode.IsLetter(r) && r != '-' {
			return "", false
		}
	}
	return head, len([]rune(head)) >= 2
}

// span is where an entry lies in the data.
type span struct{ off, n int64 }

// readIndex reads a dictd index: headword, offset and length in base 64,
// tab-separated; each entry once.
func readIndex(path string) ([]span, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	seen := map[int64]bool{}
	var out []span
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		p := strings.Split(sc.Text(), "\t")
		if len(p) != 3 {
			continue
		}
		off, ok1 := decode64(p[1])
		n, ok2 := decode64(p[2])
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("%s: bad index line %q", path, sc.Text())
		}
		if !seen[off] {
			seen[off] = true
			out = append(out, span{off, n})
		}
	}
	return out, sc.Err()
}

// decode64 reads dictd's base-64 numbers.
func decode64(s string) (int64, bool) {
	const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	var n int64
	for i := 0; i < len(s); i++ {
		d := strings.IndexByte(digits, s[i])
		if d < 0 {
			return 0, false
		}
		n = n*64 + int64(d)
	}
	return n, s != ""
}
