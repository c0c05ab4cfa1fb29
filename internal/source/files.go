package source

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Files is the source of the files under some paths, as ListFiles lists
// them. Each file is one input, its format told by its extension: .txt and
// .text are plain text, .html, .htm and .xhtml HTML, .json a JSON record or
// array of them, .jsonl and .ndjson JSON Lines, all of them possibly
// under .gz; a file without an extension is told by its content. A web
// archive (.warc or .warc.gz) is handed over in parts (see Input.More),
// one document for each HTML response it holds.
type Files struct {
	entries []entry
}

// entry is one listed file, or a path that could not be listed.
type entry struct {
	path string
	err  error
}

// ListFiles lists the files under paths: each path that is a file, and the
// regular files (or links to them) below each directory, recursively, in
// lexical order, hidden files and folders left out. A path that cannot be
// listed keeps its place, and Read hands it over as an input that cannot
// be read. ListFiles fails only when ctx is done.
func ListFiles(ctx context.Context, paths []string) (*Files, error) {
	f := &Files{}
	for _, root := range paths {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		info, err := os.Stat(root)
		if err != nil {
			f.entries = append(f.entries, entry{root, unwrapPathError(err)})
			continue
		}
		if !info.IsDir() {
			f.entries = append(f.entries, entry{path: root})
			continue
		}
		var found []entry
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if ctxErr := ctx.Err(); ctxErr != nil {
				return ctxErr
			}
			if err != nil {
				f.entries = append(f.entries, entry{path, unwrapPathError(err)})
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
			found = append(found, entry{path: path})
			return nil
		})
		if err != nil {
			return nil, err
		}
		sort.Slice(found, func(i, j int) bool { return found[i].path < found[j].path })
		f.entries = append(f.entries, found...)
	}
	return f, nil
}

// Len is the number of inputs Read hands over: the files listed and the
// paths that could not be listed.
func (f *Files) Len() int { return len(f.entries) }

// Read reads the files in order, one input each, a web archive in parts.
func (f *Files) Read(ctx context.Context, yield func(Input) error) error {
	for _, e := range f.entries {
		if err := ctx.Err(); err != nil {
			return err
		}
		if e.err == nil && isWARC(e.path) {
			if err := readWARCFile(ctx, e.path, yield); err != nil {
				return err
			}
			continue
		}
		in := Input{Origin: Origin{Path: e.path}, Err: &InputError{Path: e.path, Err: e.err}}
		if e.err == nil {
			in = readFile(e.path)
		}
		if err := yield(in); err != nil {
			return err
		}
	}
	return nil
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// ReadFile reads the documents of one file. A file of records may yield
// good documents and errors for its bad records together; every error is an
// *InputError, several of them joined with errors.Join (see RecordErrors).
// It reads nothing once ctx is done.
func ReadFile(ctx context.Context, path string) ([]Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if isWARC(path) {
		var docs []Document
		var errs []error
		err := readWARCFile(ctx, path, func(in Input) error {
			docs = append(docs, in.Documents...)
			errs = append(errs, RecordErrors(in.Err)...)
			return nil
		})
		if err != nil {
			return nil, err
		}
		return docs, errors.Join(errs...)
	}
	in := readFile(path)
	return in.Documents, in.Err
}

// readFile reads one file as one input.
func readFile(path string) Input {
	origin := Origin{Path: path, Fetched: time.Now()}
	f, err := os.Open(path)
	if err != nil {
		return Input{Origin: origin, Err: &InputError{Path: path, Err: unwrapPathError(err)}}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return Input{Origin: origin, Err: &InputError{Path: path, Err: unwrapPathError(err)}}
	}
	return read(origin, kindOfName(path), data)
}
