package xlang

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

// A dictd dictionary is two files: NAME.index, one line per headword
// ("headword<TAB>offset<TAB>length", offset and length in dictd's base64),
// and NAME.dict or NAME.dict.dz (dictzip, which is gzip with a random-access
// table in its extra field), the entries' text one after the other.

// maxEntry bounds the length of one entry; longer ones are skipped, not read.
const maxEntry = 1 << 20

// span locates one entry in the uncompressed .dict data.
type span struct {
	off, n int64
}

// errBadIndex reports an index line that does not parse.
var errBadIndex = errors.New("bad index line")

// decode64 decodes a dictd base64 number (alphabet A-Za-z0-9+/, most
// significant digit first).
func decode64(s string) (int64, bool) {
	if s == "" || len(s) > 10 {
		return 0, false
	}
	var n int64
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d int64
		switch {
		case 'A' <= c && c <= 'Z':
			d = int64(c - 'A')
		case 'a' <= c && c <= 'z':
			d = int64(c-'a') + 26
		case '0' <= c && c <= '9':
			d = int64(c-'0') + 52
		case c == '+':
			d = 62
		case c == '/':
			d = 63
		default:
			return 0, false
		}
		n = n<<6 | d
	}
	return n, true
}

// parseIndexLine splits one index line into its headword and entry span.
func parseIndexLine(line string) (string, span, error) {
	word, rest, ok := strings.Cut(line, "\t")
	if !ok {
		return "", span{}, errBadIndex
	}
	offS, nS, ok := strings.Cut(rest, "\t")
	if !ok {
		return "", span{}, errBadIndex
	}
	// Some indexes carry a fourth column (the original headword).
	nS, _, _ = strings.Cut(nS, "\t")
	off, ok1 := decode64(offS)
	n, ok2 := decode64(strings.TrimRight(nS, "\r"))
	if !ok1 || !ok2 {
		return "", span{}, errBadIndex
	}
	return word, span{off, n}, nil
}

// readSpans reads an index file and returns the distinct entry spans in
// the order of the data file, leaving out the database's own entries
// ("00-database-info", "00databaseurl", ...). An entry indexed under
// several headwords is read once: its own first line names it.
func readSpans(path string) ([]span, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var spans []span
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			continue
		}
		word, s, err := parseIndexLine(line)
		if err != nil {
			// One bad line does not spoil the dictionary.
			continue
		}
		if strings.HasPrefix(word, "00") || s.n <= 0 || s.n > maxEntry {
			continue
		}
		spans = append(spans, s)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	slices.SortFunc(spans, func(a, b span) int {
		if a.off != b.off {
			if a.off < b.off {
				return -1
			}
			return 1
		}
		return int(a.n - b.n)
	})
	return slices.Compact(spans), nil
}

// eachEntry calls fn with the text of every entry of the dictionary whose
// index is indexPath and data dataPath (.dict or .dict.dz), in data order.
// The data are streamed, never held whole: the German-English data are
// 100 MB uncompressed. Entries that overlap an earlier one or run past the
// end are skipped. It stops with ctx's error when ctx is done.
func eachEntry(ctx context.Context, indexPath, dataPath string, fn func(entry string)) error {
	spans, err := readSpans(indexPath)
	if err != nil {
		return err
	}
	f, err := os.Open(dataPath)
	if err != nil {
		return err
	}
	defer f.Close()
	var r io.Reader = bufio.NewReaderSize(f, 64<<10)
	if strings.HasSuffix(dataPath, ".dz") || strings.HasSuffix(dataPath, ".gz") {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return fmt.Errorf("%s: %w", dataPath, err)
		}
		defer zr.Close()
		r = bufio.NewReaderSize(zr, 64<<10)
	}
	var pos int64
	buf := make([]byte, 0, 4096)
	for i, s := range spans {
		if i%checkEvery == 0 && ctx.Err() != nil {
			return context.Cause(ctx)
		}
		if s.off < pos {
			continue
		}
		if gap := s.off - pos; gap > 0 {
			n, err := io.CopyN(io.Discard, r, gap)
			pos += n
			if err != nil {
				return readErr(dataPath, err)
			}
		}
		buf = slices.Grow(buf[:0], int(s.n))[:s.n]
		n, err := io.ReadFull(r, buf)
		pos += int64(n)
		if err != nil {
			return readErr(dataPath, err)
		}
		fn(string(buf))
	}
	return nil
}

// readErr wraps an error met reading dictionary data; the end of the data
// before an entry the index points to is no error, only the end.
func readErr(path string, err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return nil
	}
	return fmt.Errorf("%s: %w", path, err)
}
