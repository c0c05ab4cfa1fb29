package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/storyline/storyline/internal/api"
	"github.com/storyline/storyline/internal/ingest"
	"github.com/storyline/storyline/internal/pool"
	"github.com/storyline/storyline/internal/source"
)

func extractCommand() command {
	var asJSON *bool
	var resFlags *resourceFlags
	return command{
		name:  "extract",
		short: "extract articles from files and print them as JSON Lines",
		args:  "--json FILE...",
		summary: `Extract and analyse articles from files without storing them and print one
JSON object per article (JSON Lines): an Extracted document (see
/api/v1/openapi.json), the fields of the API's ArticleDetail but those of a
stored article, with its entities, dates, quotes and sources inline. Exit 1
if any file failed.`,
		flags: func(fs *flag.FlagSet, cfg config) {
			asJSON = fs.Bool("json", false, "print JSON Lines (the only output format)")
			resFlags = addResourceFlags(fs, cfg)
		},
		run: func(ctx context.Context, e env, _ *flag.FlagSet, args []string) error {
			if !*asJSON {
				return usageError("--json is required")
			}
			if len(args) == 0 {
				return usageError("no FILE to extract")
			}
			res, err := resFlags.build(ctx, nil)
			if err != nil {
				return err
			}
			files, err := source.ListFiles(ctx, args)
			if err != nil {
				return err
			}
			enc := json.NewEncoder(e.stdout)
			enc.SetEscapeHTML(false)
			failed := false
			// Documents are analysed on all CPUs and printed in input
			// order; files.Read fails only once ctx is done.
			docs := func(yield func(docOrError) bool) {
				_ = files.Read(ctx, func(in source.Input) error {
					for _, err := range source.RecordErrors(in.Err) {
						if !yield(docOrError{err: err}) {
							return ctx.Err()
						}
					}
					for _, d := range in.Documents {
						if !yield(docOrError{doc: d}) {
							return ctx.Err()
						}
					}
					return nil
				})
			}
			for r := range pool.Map(ctx, 0, docs, func(d docOrError) analysed {
				if d.err != nil {
					return analysed{err: d.err}
				}
				r, err := ingest.Process(ctx, d.doc, res)
				if err != nil {
					if ctx.Err() != nil { // not the input's fault
						return analysed{err: err}
					}
					return analysed{err: &source.InputError{Path: d.doc.Path, Err: err}}
				}
				return analysed{result: r}
			}) {
				if r.err != nil {
					failed = true
					fmt.Fprintf(e.stderr, "storyline extract: %v\n", r.err)
					continue
				}
				if err := enc.Encode(api.ExtractedOf(r.result.Article, r.result.Facts)); err != nil {
					return err
				}
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			if failed {
				return errPartial
			}
			return nil
		},
	}
}

// docOrError is a document, or the error of an input or record that could
// not be read.
type docOrError struct {
	doc source.Document
	err error
}

// analysed is a document after extraction and analysis, or the error that
// kept it from them.
type analysed struct {
	result ingest.Result
	err    error
}

// readOne reads the single article a path names: a file of one document,
// or "FILE#N" for the N-th record of a JSON Lines or JSON array file.
func readOne(ctx context.Context, path string) (source.Document, error) {
	file, record := path, 0
	if _, err := os.Stat(path); err != nil {
		if i := strings.LastIndexByte(path, '#'); i > 0 {
			if n, convErr := strconv.Atoi(path[i+1:]); convErr == nil && n > 0 {
				file, record = path[:i], n
			}
		}
	}
	docs, err := source.ReadFile(ctx, file)
	if record > 0 {
		for _, d := range docs {
			if d.Path == path {
				return d, nil
			}
		}
		for _, e := range source.RecordErrors(err) {
			if strings.HasPrefix(e.Error(), path+":") {
				return source.Document{}, e
			}
		}
		return source.Document{}, &source.InputError{Path: path, Err: fmt.Errorf("no record %d", record)}
	}
	if len(docs) == 0 {
		return source.Document{}, err
	}
	if len(docs) > 1 {
		return source.Document{}, &source.InputError{Path: path, Err: fmt.Errorf("holds %d records; name one as %s#N", len(docs), path)}
	}
	return docs[0], nil
}
