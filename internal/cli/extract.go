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
			enc := json.NewEncoder(e.stdout)
			enc.SetEscapeHTML(false)
			failed := false
			fail := func(err error) {
				failed = true
				fmt.Fprintf(e.stderr, "storyline extract: %v\n", err)
			}
			for _, path := range source.Files(args, fail) {
				if err := ctx.Err(); err != nil {
					return err
				}
				docs, err := source.ReadFile(path)
				for _, err := range source.RecordErrors(err) {
					fail(err)
				}
				for _, doc := range docs {
					r, err := ingest.Analyze(ctx, doc, res)
					if err != nil {
						if ctx.Err() != nil {
							return err
						}
						fail(&source.InputError{Path: doc.Path, Err: err})
						continue
					}
					if err := enc.Encode(api.ExtractedOf(r.Article, r.Facts)); err != nil {
						return err
					}
				}
			}
			if failed {
				return errPartial
			}
			return nil
		},
	}
}

// readOne reads the single article a path names: a file of one document,
// or "FILE#N" for the N-th record of a JSON Lines or JSON array file.
func readOne(path string) (source.Document, error) {
	file, record := path, 0
	if _, err := os.Stat(path); err != nil {
		if i := strings.LastIndexByte(path, '#'); i > 0 {
			if n, convErr := strconv.Atoi(path[i+1:]); convErr == nil && n > 0 {
				file, record = path[:i], n
			}
		}
	}
	docs, err := source.ReadFile(file)
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
