package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"os"
	"strings"

	"github.com/nlnwa/gowarc/v2"
)

// ErrNotPage reports a web archive record that holds no web page: a
// response that is not HTML or not a success, or one cut short.
var ErrNotPage = errors.New("not a web page")

// warcPart is how many records of a web archive an input holds at most:
// an archive is handed over in parts, so that it is never held in memory
// whole.
const warcPart = 64

// isWARC tells a web archive by its name: .warc, possibly under .gz.
func isWARC(name string) bool {
	name = strings.ToLower(name)
	return strings.HasSuffix(name, ".warc") || strings.HasSuffix(name, ".warc.gz")
}

// readWARCFile reads the web archive at path, as readWARC does.
func readWARCFile(ctx context.Context, path string, yield func(Input) error) error {
	origin := Origin{Path: path}
	f, err := os.Open(path)
	if err != nil {
		return yield(Input{Origin: origin, Err: &InputError{Path: path, Err: unwrapPathError(err)}})
	}
	defer f.Close()
	return readWARC(ctx, origin, f, yield)
}

// readWARC reads a web archive (WARC 1.0 or 1.1, each record possibly a
// gzip member of its own, as Common Crawl writes them) with gowarc. Each
// HTTP response with an HTML body becomes an HTML document, named after
// the archive and the record's number (from 1), with the record's target
// URI as its URL, its date as when it was fetched and the charset its
// Content-Type declares. Other responses, and records that are broken or
// were cut short when fetched, are errors naming them; requests, metadata
// and the like are skipped. The documents and errors are handed to yield
// in inputs of at most warcPart records, each but the last with More set.
// An archive that cannot be read beyond some point ends with an error
// saying where.
func readWARC(ctx context.Context, origin Origin, r io.Reader, yield func(Input) error) error {
	wr, err := gowarc.NewWarcFileReaderFromStream(r, 0, gowarc.WithBufferMaxMemBytes(MaxFileSize))
	if err != nil {
		return yield(Input{Origin: origin, Err: &InputError{Path: origin.Name(), Err: fmt.Errorf("warc: %w", err)}})
	}
	defer wr.Close()
	var docs []Document
	var errs []error
	pages := 0
	flush := func(more bool) error {
		in := Input{Origin: origin, Documents: docs, Err: errors.Join(errs...), More: more}
		docs, errs = nil, nil
		return yield(in)
	}
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, offset, validation, err := next(wr)
		if errors.Is(err, io.EOF) && rec == nil {
			break
		}
		at := origin.record(n)
		if err != nil && rec == nil {
			// The archive cannot be read on from here.
			errs = append(errs, &InputError{Path: at.Name(), Err: fmt.Errorf("warc: unreadable from byte %d: %w", offset, err)})
			break
		}
		doc, err := warcDocument(at, rec, validation, err)
		rec.Close()
		switch {
		case err != nil:
			if url := rec.WarcHeader().Get(gowarc.WarcTargetURI); url != "" {
				err = fmt.Errorf("%s: %w", url, err)
			}
			errs = append(errs, &InputError{Path: at.Name(), Err: err})
		case doc != nil:
			docs = append(docs, *doc)
			pages++
		}
		if len(docs)+len(errs) >= warcPart {
			if err := flush(true); err != nil {
				return err
			}
		}
	}
	if pages == 0 {
		errs = append(errs, &InputError{Path: origin.Name(), Err: errors.New("warc: no web pages")})
	}
	return flush(false)
}

// warcDocument reads the page a record holds; nil, nil for a record that
// is no response.
func warcDocument(at Origin, rec gowarc.WarcRecord, validation *gowarc.Validation, readErr error) (*Document, error) {
	h := rec.WarcHeader()
	at.URL = h.Get(gowarc.WarcTargetURI)
	if rec.Type() != gowarc.Response {
		return nil, nil
	}
	if readErr != nil {
		return nil, fmt.Errorf("warc: broken record: %w", readErr)
	}
	if validation != nil && !validation.Valid() {
		var msgs []string
		for _, e := range *validation {
			msgs = append(msgs, e.Error())
		}
		return nil, fmt.Errorf("warc: broken record: %s", strings.Join(msgs, "; "))
	}
	if t := h.Get(gowarc.WarcTruncated); t != "" {
		return nil, fmt.Errorf("%w: cut short when fetched (WARC-Truncated: %s)", ErrNotPage, t)
	}
	block, ok := rec.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return nil, fmt.Errorf("%w: not an HTTP response (%s)", ErrNotPage, h.Get(gowarc.ContentType))
	}
	if code := block.HttpStatusCode(); code < 200 || code > 299 {
		return nil, fmt.Errorf("%w: HTTP status %d", ErrNotPage, code)
	}
	if date, err := rec.Date(); err == nil {
		at.Fetched = date
	}
	header := block.HttpHeader()
	var mediaType, charset string
	if header != nil {
		if ct := header.Get("Content-Type"); ct != "" {
			mt, params, err := mime.ParseMediaType(ct)
			if err != nil {
				return nil, fmt.Errorf("%w: Content-Type %q", ErrNotPage, ct)
			}
			mediaType, charset = mt, params["charset"]
		}
	}
	if mediaType != "" && mediaType != "text/html" && mediaType != "application/xhtml+xml" {
		return nil, fmt.Errorf("%w: %s", ErrNotPage, mediaType)
	}
	payload, err := block.PayloadBytes()
	if err != nil {
		return nil, fmt.Errorf("warc: broken record: %w", err)
	}
	if header != nil && strings.EqualFold(header.Get("Transfer-Encoding"), "chunked") {
		payload = httputil.NewChunkedReader(payload)
	}
	data, err := io.ReadAll(io.LimitReader(payload, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("warc: broken record: %w", err)
	}
	k := kind{format: HTML, charset: charset}
	if mediaType == "" {
		k.format = 0
	}
	if header != nil && header.Get("Content-Encoding") != "" && !strings.EqualFold(header.Get("Content-Encoding"), "identity") {
		// Only gzip is undone, as read undoes it whatever the header.
		if !isGzip(data) {
			return nil, fmt.Errorf("%w: Content-Encoding %s", ErrUnsupported, header.Get("Content-Encoding"))
		}
	}
	in := read(at, k, data)
	if in.Err != nil {
		return nil, errors.Unwrap(in.Err)
	}
	doc := in.Documents[0]
	if doc.Format != HTML {
		return nil, fmt.Errorf("%w: %s", ErrNotPage, http.DetectContentType(data))
	}
	return &doc, nil
}

// next reads the next record of an archive. gowarc panics on some broken
// records (a version line "WARC/" alone, say); the panic becomes an error
// that ends the archive.
func next(wr *gowarc.WarcFileReader) (rec gowarc.WarcRecord, offset int64, validation *gowarc.Validation, err error) {
	defer func() {
		if p := recover(); p != nil {
			rec, err = nil, fmt.Errorf("gowarc: %v", p)
		}
	}()
	return wr.Next()
}
