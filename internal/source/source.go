// Package source finds raw news documents in local files and directories:
// plain text, HTML, JSON and JSON Lines article records, any of them
// gzip-compressed. It yields raw documents and never interprets them beyond
// telling their format; extraction is the next stage's job.
package source

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
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
	// Record is one JSON article record, already decoded into Record.
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

// Document is one raw input document.
type Document struct {
	// Path names the document: the file path, with "#N" appended for the
	// N-th record (1-based) of a JSON Lines or JSON array file.
	Path string
	// Format tells how to read Data (Text, HTML) or Fields (Record).
	Format Format
	// Data is the document's bytes, decompressed; empty for records.
	Data []byte
	// Fields holds a JSON record's values by their canonical names.
	Fields Fields
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

// MaxFileSize is the largest input file (after decompression) read.
const MaxFileSize = 32 << 20

// Reasons why an input cannot be read. InputError wraps one of them.
var (
	ErrEmpty       = errors.New("empty file")
	ErrBinary      = errors.New("binary content, not text")
	ErrTooLarge    = fmt.Errorf("larger than %d MiB", MaxFileSize>>20)
	ErrInvalidUTF8 = errors.New("text is not valid UTF-8")
	ErrUnsupported = errors.New("unsupported file type")
	ErrNoArticle   = errors.New("record has no article text")
)

// InputError reports an input that could not be read.
type InputError struct {
	Path string
	Err  error
}

// Error names the input and the reason.
func (e *InputError) Error() string { return e.Path + ": " + e.Err.Error() }

// Unwrap returns the reason.
func (e *InputError) Unwrap() error { return e.Err }

// Files lists the files under paths: each path that is a file, and the
// regular files (or links to them) below each directory, recursively, in
// lexical order, hidden files and folders left out. A path that cannot be read is reported to
// fail as an *InputError.
func Files(paths []string, fail func(error)) []string {
	var files []string
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			fail(&InputError{Path: root, Err: unwrapPathError(err)})
			continue
		}
		if !info.IsDir() {
			files = append(files, root)
			continue
		}
		var found []string
		_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				fail(&InputError{Path: path, Err: unwrapPathError(err)})
				return nil
			}
			hidden := path != root && strings.HasPrefix(d.Name(), ".")
			switch {
			case d.IsDir() && hidden:
				return filepath.SkipDir
			case d.IsDir() || hidden:
				return nil
			case d.Type()&fs.ModeSymlink != 0:
				// A link to a file is followed; a link to a folder is
				// not, which keeps the walk free of loops.
				if target, err := os.Stat(path); err != nil || !target.Mode().IsRegular() {
					return nil
				}
			case !d.Type().IsRegular():
				return nil
			}
			found = append(found, path)
			return nil
		})
		sort.Strings(found)
		files = append(files, found...)
	}
	return files
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// RecordErrors splits an error from ReadFile or Parse into the errors of
// single inputs.
func RecordErrors(err error) []error {
	if err == nil {
		return nil
	}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		return joined.Unwrap()
	}
	return []error{err}
}

// ReadFile reads the documents of one file. A file of records may yield
// good documents and errors for its bad records together; every error is an
// *InputError, several of them joined with errors.Join.
func ReadFile(path string) ([]Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &InputError{Path: path, Err: unwrapPathError(err)}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, &InputError{Path: path, Err: unwrapPathError(err)}
	}
	return ReadBytes(path, data)
}

// ReadBytes reads the documents of an input held in memory, named as a
// file would be, with ReadFile's errors.
func ReadBytes(name string, data []byte) ([]Document, error) {
	docs, err := Parse(name, data)
	var inputErr *InputError
	if err != nil && !errors.As(err, &inputErr) {
		return nil, &InputError{Path: name, Err: err}
	}
	return docs, err
}

// Parse turns the bytes of a file named name into documents, decompressing
// gzip and telling the format from the name's extension and the content. For
// files of records, errors of single records are *InputError values joined
// beside the good documents.
func Parse(name string, data []byte) ([]Document, error) {
	if len(data) > MaxFileSize {
		return nil, ErrTooLarge
	}
	ext := strings.ToLower(filepath.Ext(name))
	if ext == ".gz" || isGzip(data) {
		var err error
		if data, err = gunzip(data); err != nil {
			return nil, err
		}
		if ext == ".gz" {
			ext = strings.ToLower(filepath.Ext(strings.TrimSuffix(name, filepath.Ext(name))))
		}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	if looksBinary(data) {
		return nil, ErrBinary
	}
	format, err := formatOf(ext, data)
	if err != nil {
		return nil, err
	}
	switch format {
	case Record:
		return parseRecords(name, ext, data)
	case HTML:
		// HTML declares its own encoding; the extractor decodes it.
		return []Document{{Path: name, Format: HTML, Data: data}}, nil
	}
	if !utf8.Valid(data) {
		return nil, ErrInvalidUTF8
	}
	return []Document{{Path: name, Format: Text, Data: data}}, nil
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

// formatOf tells the format from the extension, falling back to sniffing the
// content for unknown or missing extensions.
func formatOf(ext string, data []byte) (Format, error) {
	switch ext {
	case ".txt", ".text":
		return Text, nil
	case ".html", ".htm", ".xhtml":
		return HTML, nil
	case ".json", ".jsonl", ".ndjson":
		return Record, nil
	case "":
		return sniff(data), nil
	}
	return 0, fmt.Errorf("%w %q", ErrUnsupported, ext)
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
