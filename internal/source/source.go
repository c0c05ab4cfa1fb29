// Package source is where raw news documents come from, each with its
// origin: one interface, Source, that files and folders (Files), bodies
// received in memory (Memory) and the watched folder (through Files)
// implement, and that feeds and URLs will. A document is plain text, HTML,
// or a JSON or JSON Lines article record, any of them gzip-compressed, or
// a page of a web archive (WARC) file. Sources never interpret documents beyond telling their
// format; extraction is the next stage's job.
package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Format tells how a document's bytes are to be read.
type Format int

// The formats a document can have.
const (
	// Text is scraped plain text.
	Text Format = iota + 1
	// HTML is a web page.
	HTML
	// Record is one JSON article record, already decoded into Fields.
	Record
)

// String names the format.
func (f Format) String() string {
	switch f {
	case Text:
		return "text"
	case HTML:
		return "html"
	case Record:
		return "record"
	}
	return "unknown"
}

// Origin tells where a document came from.
type Origin struct {
	// Path names the document where it was read: a file's path ("#N"
	// appended for the N-th record, from 1, of a JSON Lines or JSON array
	// file), or the name given to a document received in memory. It is
	// the path the article is stored under.
	Path string
	// URL is the address the document was fetched from; "" when it was
	// not fetched from the web.
	URL string
	// Feed names the feed or collection that listed the document; "" when
	// none did.
	Feed string
	// Fetched is when the document was read, received or fetched.
	Fetched time.Time
}

// Name names the origin in messages: its path, else its URL.
func (o Origin) Name() string {
	if o.Path != "" {
		return o.Path
	}
	return o.URL
}

// record returns the origin of the n-th record (from 1) of a file of
// records.
func (o Origin) record(n int) Origin {
	o.Path = o.Name() + "#" + strconv.Itoa(n)
	return o
}

// Document is one raw input document and where it came from.
type Document struct {
	Origin
	// Format tells how to read Data (Text, HTML) or Fields (Record).
	Format Format
	// Data is the document's bytes, decompressed; empty for records.
	Data []byte
	// Fields holds a JSON record's values by their canonical names.
	Fields Fields
	// Charset is the character encoding declared for Data outside it (the
	// charset of an HTTP Content-Type), "" when none was.
	Charset string
}

// Fields are the values of a JSON article record, mapped from the field
// names that news exports commonly use.
type Fields struct {
	Title     string
	Text      string
	URL       string
	Published string
	Language  string
	Outlet    string
	Authors   []string
}

// Input is what a source reads at once (a file, a posted body, a fetched
// page) and the documents read from it.
type Input struct {
	// Origin tells where the input came from.
	Origin Origin
	// Documents are the input's documents in order: one for a page or a
	// text, one per record for a file of records.
	Documents []Document
	// Err reports what of the input could not be read: the whole input,
	// or some of its records beside the good Documents; RecordErrors
	// splits it into *InputError values naming what failed.
	Err error
	// More says that the input goes on in the next one handed over: a web
	// archive is handed over in parts, so that it is never held in
	// memory whole.
	More bool
}

// RecordErrors splits the error of an input (Input.Err, or ReadFile's)
// into the errors of the single inputs and records that could not be read,
// each an *InputError.
func RecordErrors(err error) []error {
	if err == nil {
		return nil
	}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		return joined.Unwrap()
	}
	return []error{err}
}

// Source is where raw documents come from: files and folders, bodies
// received in memory, and next feeds, URLs and web archives.
type Source interface {
	// Read reads the source's inputs in order and hands each to yield,
	// until the source is exhausted, ctx is done or yield returns an
	// error. An input that cannot be read, wholly or in part, is handed
	// over too, with its Err, and reading goes on. Read returns nil once
	// the source is exhausted, ctx.Err() once ctx is done, the error yield
	// returned, or the error that keeps the source from going on at all
	// (a feed that cannot be fetched, say): never the error of one input.
	Read(ctx context.Context, yield func(Input) error) error
}

// Sized is a source that knows, before it is read, how many inputs Read
// will hand over; progress reports can tell how far a read has got.
type Sized interface {
	Source
	// Len is the number of inputs Read hands over.
	Len() int
}

// MaxFileSize is the largest input (after decompression) read.
const MaxFileSize = 32 << 20

// Reasons why an input cannot be read. InputError wraps one of them.
var (
	ErrEmpty       = errors.New("empty file")
	ErrBinary      = errors.New("binary content, not text")
	ErrTooLarge    = fmt.Errorf("larger than %d MiB", MaxFileSize>>20)
	ErrInvalidUTF8 = errors.New("text is not UTF-8")
	ErrUnsupported = errors.New("unsupported file type")
	ErrNoArticle   = errors.New("record has no article text")
)

// InputError reports an input that could not be read.
type InputError struct {
	// Path names the input: its origin's Name.
	Path string
	Err  error
}

// Error names the input and the reason.
func (e *InputError) Error() string { return e.Path + ": " + e.Err.Error() }

// Unwrap returns the reason.
func (e *InputError) Unwrap() error { return e.Err }

// kind is what the name or media type of an input says of its format.
type kind struct {
	// format is the format, 0 to sniff it from the content.
	format Format
	// lines reads records as JSON Lines even when the whole is one JSON
	// value.
	lines bool
	// gzip says the input must be gzip-compressed.
	gzip bool
	// err is the reason the input is not supported.
	err error
	// charset is the charset the media type declares, given to HTML
	// documents as their Charset.
	charset string
}

// read reads one input into documents, decompressing gzip and telling the
// format from k or else the content. Every error is an *InputError; for
// files of records, the errors of single records are joined beside the
// good documents.
func read(origin Origin, k kind, data []byte) Input {
	docs, err := parse(origin, k, data)
	var inputErr *InputError
	if err != nil && !errors.As(err, &inputErr) {
		err = &InputError{Path: origin.Name(), Err: err}
	}
	return Input{Origin: origin, Documents: docs, Err: err}
}

func parse(origin Origin, k kind, data []byte) ([]Document, error) {
	if len(data) > MaxFileSize {
		return nil, ErrTooLarge
	}
	if k.gzip || isGzip(data) {
		var err error
		if data, err = gunzip(data); err != nil {
			return nil, err
		}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	if looksBinary(data) {
		return nil, ErrBinary
	}
	if k.err != nil {
		return nil, k.err
	}
	format := k.format
	if format == 0 {
		format = sniff(data)
	}
	switch format {
	case Record:
		return parseRecords(origin, k.lines, data)
	case HTML:
		// HTML declares its own encoding; the extractor decodes it.
		return []Document{{Origin: origin, Format: HTML, Data: data, Charset: k.charset}}, nil
	}
	if err := checkUTF8(data); err != nil {
		return nil, err
	}
	return []Document{{Origin: origin, Format: Text, Data: data}}, nil
}

// checkUTF8 accepts text whose invalid UTF-8 bytes are strays, which the
// extractor replaces, and refuses text in another encoding: one where most
// bytes beyond ASCII are invalid, and they are not a few in a long text
// (ASCII is the same in most encodings and tells nothing).
func checkUTF8(data []byte) error {
	if utf8.Valid(data) {
		return nil
	}
	invalid, beyond := 0, 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if data[i] >= utf8.RuneSelf {
			beyond += size
			if r == utf8.RuneError && size == 1 {
				invalid++
			}
		}
		i += size
	}
	if 2*invalid > beyond && 50*invalid > len(data) {
		return fmt.Errorf("%w: %d of its %d bytes beyond ASCII are invalid, as in another encoding; convert it to UTF-8",
			ErrInvalidUTF8, invalid, beyond)
	}
	return nil
}

func isGzip(data []byte) bool {
	return len(data) > 2 && data[0] == 0x1f && data[1] == 0x8b
}

func gunzip(data []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	if len(out) > MaxFileSize {
		return nil, ErrTooLarge
	}
	return out, nil
}

// looksBinary reports bytes that no text file holds: NUL bytes or many
// control characters in the first few kilobytes.
func looksBinary(data []byte) bool {
	head := data[:min(len(data), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	controls := 0
	for _, b := range head {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			controls++
		}
	}
	return controls*100 > len(head)
}

// kindOfName tells the format from a file name's extension, under a
// ".gz"; none or an unknown one sniffs the content.
func kindOfName(name string) kind {
	ext := strings.ToLower(filepath.Ext(name))
	var k kind
	if ext == ".gz" {
		k.gzip = true
		ext = strings.ToLower(filepath.Ext(strings.TrimSuffix(name, filepath.Ext(name))))
	}
	switch ext {
	case ".txt", ".text":
		k.format = Text
	case ".html", ".htm", ".xhtml":
		k.format = HTML
	case ".json":
		k.format = Record
	case ".jsonl", ".ndjson":
		k.format, k.lines = Record, true
	case "":
	default:
		k.err = fmt.Errorf("%w %q", ErrUnsupported, ext)
	}
	return k
}

// kindOfMedia tells the format, and for HTML the charset, from a media
// type; "" sniffs the content.
func kindOfMedia(mediaType string) kind {
	if mediaType == "" {
		return kind{}
	}
	mt, params, err := mime.ParseMediaType(mediaType)
	if err != nil {
		return kind{err: fmt.Errorf("%w: media type %q", ErrUnsupported, mediaType)}
	}
	switch mt {
	case "text/plain":
		return kind{format: Text}
	case "text/html", "application/xhtml+xml":
		return kind{format: HTML, charset: params["charset"]}
	case "application/json":
		return kind{format: Record}
	case "application/x-ndjson", "application/jsonl", "application/x-jsonlines":
		return kind{format: Record, lines: true}
	}
	return kind{err: fmt.Errorf("%w: media type %q", ErrUnsupported, mt)}
}

func sniff(data []byte) Format {
	head := bytes.ToLower(bytes.TrimSpace(data[:min(len(data), 1024)]))
	switch {
	case bytes.HasPrefix(head, []byte("{")) || bytes.HasPrefix(head, []byte("[")):
		return Record
	case bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) ||
		bytes.Contains(head, []byte("<head")) || bytes.Contains(head, []byte("<body")):
		return HTML
	}
	return Text
}
