// Package synth generates synthetic multilingual news streams for scale
// benchmarks: articles as JSON records, as storyline's source stage reads
// them, grouped into stories the way news is, so that clustering them does
// the work clustering real news does.
//
// A stream is a world of invented persons, organisations and places with
// Zipfian popularity (a few dozen world figures turn up in many stories, a
// long tail in one), each spelled in every language's script: Latin letters,
// Cyrillic for Russian, Arabic script for Arabic and Persian, Han characters
// for Chinese. A story has one to four main entities, a place, a theme
// ("earthquake"), a few rarer topic words and up to three salient numbers;
// its articles, in several languages, repeat them with noise among filler
// sentences drawn from Zipfian vocabularies: a few hundred common words per
// language written for this package, then a tail of pseudo-words spelled
// with the language's letters. Story sizes are heavy-tailed: most stories
// have one to three articles, a few have hundreds.
//
// Articles come out in publication order: the publication times of a
// stream never decrease, and all fall within the span of days asked for.
// Stories interleave; a story's articles spread over hours or days after
// its start, long-running ones over weeks. Memory stays flat: only the
// stories still running are held.
//
// The same Options give the same stream, byte for byte.
package synth

import (
	"bufio"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Options shape a stream; the zero value means sensible defaults.
type Options struct {
	// Seed selects the stream; default 1.
	Seed uint64
	// Articles is how many articles the stream has in all; default 10000.
	Articles int
	// Start is the first publication day (its date in its location);
	// default 2025-01-01. Times are UTC.
	Start time.Time
	// Days is the span of publication dates; default 180.
	Days int
	// Languages are ISO 639-1 codes among en de fr es it pl tr ru ar fa zh;
	// default all of them, weighted as news is (English most). Unknown
	// codes are left out; if none is known the default applies.
	Languages []string
	// MeanStorySize is the mean number of articles a story is planned to
	// have (sizes are heavy-tailed, from 1 to hundreds); default 4. Stories
	// still running when the stream ends are cut short.
	MeanStorySize float64
}

func (o Options) withDefaults() Options {
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Articles <= 0 {
		o.Articles = 10000
	}
	if o.Start.IsZero() {
		o.Start = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	y, m, d := o.Start.Date()
	o.Start = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if o.Days <= 0 {
		o.Days = 180
	}
	var langs []string
	seen := map[string]bool{}
	for _, c := range o.Languages {
		c = strings.ToLower(strings.TrimSpace(c))
		if languages[c] != nil && !seen[c] {
			seen[c] = true
			langs = append(langs, c)
		}
	}
	if len(langs) == 0 {
		langs = defaultLanguages
	}
	o.Languages = langs
	if o.MeanStorySize <= 0 || math.IsNaN(o.MeanStorySize) {
		o.MeanStorySize = 4
	}
	return o
}

// Record is one generated article as a JSON article record, with the field
// names storyline's source stage reads. Story is the true story, which
// storyline's reader ignores and benchmarks use to score clustering.
type Record struct {
	Title     string `json:"title"`
	Text      string `json:"text"`
	URL       string `json:"url"`
	Published string `json:"published"` // RFC 3339, UTC
	Language  string `json:"language"`
	Source    string `json:"source"` // the outlet
	Story     int    `json:"synthetic_story"`
}

// Stream generates the articles of one Options in publication order. It is
// not safe for concurrent use.
type Stream struct {
	opts  Options
	rng   *rand.Rand
	langs []*language
	langZ *sampler
	clock clock
	sizes *sampler // planned story size minus one

	// Popularity of entities: main entities of stories and passing
	// mentions of world figures.
	personZ, orgZ, placeZ, figureZ *rand.Zipf

	outlets  [][]outlet // by language index
	outletZ  []*sampler
	active   storyHeap
	n        int // articles emitted
	nstories int // stories started

	w   writer
	cur struct {
		lang    *language
		outlet  *outlet
		story   int
		seconds int64
	}
	title, text, url []byte
}

// New returns the stream of opts.
func New(opts Options) *Stream {
	opts = opts.withDefaults()
	s := &Stream{opts: opts, rng: rand.New(rand.NewPCG(opts.Seed, 0x73796e7468))}
	weights := make([]float64, len(opts.Languages))
	for i, c := range opts.Languages {
		s.langs = append(s.langs, languages[c])
		weights[i] = languages[c].weight
	}
	s.langZ = newSampler(weights)
	s.clock = newClock(opts.Start, opts.Days, opts.Articles)
	s.sizes = storySizes(opts.MeanStorySize, maxStorySize(opts.Articles))

	stories := float64(opts.Articles) / opts.MeanStorySize
	s.personZ = rand.NewZipf(s.rng, 1.1, 5, uint64(max(5000, 4*stories)))
	s.orgZ = rand.NewZipf(s.rng, 1.1, 5, uint64(max(2000, stories)))
	s.placeZ = rand.NewZipf(s.rng, 1.1, 3, uint64(max(2000, stories/4)))
	s.figureZ = rand.NewZipf(s.rng, 1.3, 1, 300)

	s.outlets = make([][]outlet, len(s.langs))
	s.outletZ = make([]*sampler, len(s.langs))
	for i, l := range s.langs {
		s.outlets[i] = newOutlets(opts.Seed, l, 6+int(300*l.weight))
		s.outletZ[i] = newZipf(len(s.outlets[i]), 1.0, 2)
	}
	s.w.rng = s.rng
	return s
}

// Next returns the next article; false when the stream is done.
func (s *Stream) Next() (Record, bool) {
	if !s.advance() {
		return Record{}, false
	}
	var pub []byte
	pub = s.appendPublished(pub)
	return Record{
		Title:     string(s.title),
		Text:      string(s.text),
		URL:       string(s.url),
		Published: string(pub),
		Language:  s.cur.lang.code,
		Source:    s.cur.outlet.name,
		Story:     s.cur.story,
	}, true
}

// WriteJSONL writes the whole stream as JSON Lines to w.
func WriteJSONL(ctx context.Context, w io.Writer, opts Options) (int, error) {
	return New(opts).write(ctx, w, opts.Articles)
}

// write writes up to n more articles of the stream to w as JSON Lines.
func (s *Stream) write(ctx context.Context, w io.Writer, n int) (int, error) {
	bw := bufio.NewWriterSize(w, 1<<16)
	var line []byte
	done := 0
	for done < n && s.advance() {
		if done%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return done, err
			}
		}
		line = s.appendJSON(line[:0])
		if _, err := bw.Write(line); err != nil {
			return done, err
		}
		done++
	}
	return done, bw.Flush()
}

// WriteParts writes the stream into dir as gzip-compressed JSON Lines
// files of perFile articles each (part-00001.jsonl.gz, ...), small enough
// for storyline's input size limit. It returns the number of files.
func WriteParts(ctx context.Context, dir string, opts Options, perFile int) (int, error) {
	if perFile <= 0 {
		return 0, fmt.Errorf("synth: %d articles per file", perFile)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, fmt.Errorf("synth: %w", err)
	}
	s := New(opts)
	for part := 1; ; part++ {
		path := filepath.Join(dir, fmt.Sprintf("part-%05d.jsonl.gz", part))
		n, err := writePart(ctx, s, path, perFile)
		if err != nil {
			return part - 1, fmt.Errorf("synth: %s: %w", path, err)
		}
		if n == 0 {
			return part - 1, os.Remove(path)
		}
		if n < perFile {
			return part, nil
		}
	}
}

func writePart(ctx context.Context, s *Stream, path string, n int) (int, error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	zw := gzip.NewWriter(f)
	written, err := s.write(ctx, zw, n)
	if cerr := zw.Close(); err == nil {
		err = cerr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return written, err
}

// advance generates the next article into the stream's buffers.
func (s *Stream) advance() bool {
	if s.n >= s.opts.Articles {
		return false
	}
	t := s.clock.at(s.n, s.rng.Float64())
	var st *story
	if len(s.active) > 0 && s.active[0].due <= t {
		st = s.active.pop()
	} else {
		st = s.newStory(t)
	}
	s.writeArticle(st, t)
	if st.left > 0 {
		// The next of the story's remaining planned times: the order
		// statistics of uniforms drawn one at a time, squared so that
		// articles crowd near the start.
		st.u = 1 - (1-st.u)*math.Pow(1-s.rng.Float64(), 1/float64(st.left))
		st.left--
		st.due = st.start + st.span*st.u*st.u
		s.active.push(st)
	}
	s.n++
	return true
}

// appendPublished appends the current article's time in RFC 3339.
func (s *Stream) appendPublished(b []byte) []byte {
	t := s.opts.Start.Add(time.Duration(s.cur.seconds) * time.Second)
	return t.AppendFormat(b, time.RFC3339)
}

// appendJSON appends the current article as one JSON line, with the keys
// and order of Record's JSON encoding.
func (s *Stream) appendJSON(b []byte) []byte {
	b = append(b, `{"title":`...)
	b = appendJSONString(b, s.title)
	b = append(b, `,"text":`...)
	b = appendJSONString(b, s.text)
	b = append(b, `,"url":`...)
	b = appendJSONString(b, s.url)
	b = append(b, `,"published":"`...)
	b = s.appendPublished(b)
	b = append(b, `","language":"`...)
	b = append(b, s.cur.lang.code...)
	b = append(b, `","source":`...)
	b = appendJSONString(b, []byte(s.cur.outlet.name))
	b = append(b, `,"synthetic_story":`...)
	b = appendInt(b, s.cur.story)
	return append(b, "}\n"...)
}

// appendJSONString appends s as a JSON string. The generator writes valid
// UTF-8, so only quotes, backslashes and control characters need escapes.
func appendJSONString(b, s []byte) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i, c := range s {
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

func appendInt(b []byte, n int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var tmp [20]byte
	i := len(tmp)
	for {
		i--
		tmp[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return append(b, tmp[i:]...)
}
