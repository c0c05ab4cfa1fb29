package cli

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/storyline/storyline/internal/ingest"
	"github.com/storyline/storyline/internal/pool"
	"github.com/storyline/storyline/internal/resources"
	"github.com/storyline/storyline/internal/source"
	"github.com/storyline/storyline/internal/story"
)

func compareCommand() command {
	var pairsFile *string
	var asJSON *bool
	var resFlags *resourceFlags
	return command{
		name:  "compare",
		short: "score two articles, or a file of pairs, and explain why",
		args:  "FILE_A FILE_B | --pairs PAIRS.tsv",
		summary: `Score how likely two articles report the same story, in [0,1], and explain
the score by its evidence: shared names, terms and numbers, and the distance
between the dates. With --pairs, read lines "id<TAB>path_a<TAB>path_b" and
print lines "id<TAB>score" in input order, each file analysed once ("-" reads
the pairs from stdin); names and terms are weighted by their rarity among all
the files of the pairs. A path may name a record as FILE#N.`,
		flags: func(fs *flag.FlagSet, cfg config) {
			pairsFile = fs.String("pairs", "", "file of pairs to score (TSV: id, path_a, path_b)")
			asJSON = fs.Bool("json", false, "print the explanation as JSON")
			resFlags = addResourceFlags(fs, cfg)
		},
		run: func(ctx context.Context, e env, _ *flag.FlagSet, args []string) error {
			if *pairsFile != "" && len(args) > 0 {
				return usageError("--pairs takes no FILE arguments")
			}
			if *pairsFile == "" && len(args) != 2 {
				return usageError("need two files, or --pairs")
			}
			res, err := resFlags.build(ctx, nil)
			if err != nil {
				return err
			}
			if *pairsFile != "" {
				return comparePairs(ctx, e, *pairsFile, res)
			}
			docs := make([]story.Doc, 2)
			for i, path := range args {
				doc, err := readOne(ctx, path)
				if err != nil {
					return err
				}
				r, err := ingest.Process(ctx, doc, res)
				if err != nil {
					return fmt.Errorf("%s: %w", path, err)
				}
				docs[i] = r.Doc
			}
			s := story.Compare(docs[0], docs[1])
			if *asJSON {
				return writeJSON(e.stdout, s)
			}
			printScore(e.stdout, s, docs[0], docs[1])
			return nil
		},
	}
}

func printScore(w io.Writer, s story.Score, a, b story.Doc) {
	fmt.Fprintf(w, "score %.3f\n", s.Value)
	fmt.Fprintf(w, "  names    %.3f  %s\n", s.Names, strings.Join(s.SharedNames, ", "))
	fmt.Fprintf(w, "  terms    %.3f  %s\n", s.Terms, strings.Join(s.SharedTerms, ", "))
	if s.CrossLanguage {
		fmt.Fprintf(w, "  concepts %.3f  %s\n", s.Concepts, strings.Join(s.SharedConcepts, ", "))
	}
	fmt.Fprintf(w, "  numbers  %.3f  %s\n", s.Numbers, strings.Join(s.SharedNumbers, ", "))
	if s.DaysApart < 0 {
		fmt.Fprintf(w, "  time     %.3f  a date is unknown\n", s.Time)
	} else {
		fmt.Fprintf(w, "  time     %.3f  %.1f days apart\n", s.Time, s.DaysApart)
	}
	fmt.Fprintf(w, "  against  %.3f  %s\n", s.Against, conflictLine(s))
	langs := "same language"
	if s.CrossLanguage {
		langs = "across languages: names and numbers weigh most"
	}
	fmt.Fprintf(w, "  languages %s / %s, %s\n", a.Language, b.Language, langs)
}

// conflictLine sums up the evidence against of a score: each kind of
// conflict with what one side alone names and what the other does.
func conflictLine(s story.Score) string {
	var parts []string
	add := func(kind string, v float64, only []string) {
		if v == 0 {
			return
		}
		part := fmt.Sprintf("%s %.2f", kind, v)
		if len(only) == 2 {
			part += fmt.Sprintf(" (%s / %s)", only[0], only[1])
		}
		parts = append(parts, part)
	}
	add("places", s.PlaceConflict, s.OnlyPlaces)
	add("days", s.DateConflict, s.OnlyDays)
	add("numbers", s.NumberConflict, s.OnlyNumbers)
	add("secondary people", s.PeopleConflict, s.OnlyPeople)
	if len(parts) == 0 {
		return "nothing conflicts"
	}
	return strings.Join(parts, "; ")
}

type pair struct {
	id, a, b string
}

// comparePairs scores a file of pairs, analysing each distinct path once
// on all CPUs and weighing features by their rarity among those files.
func comparePairs(ctx context.Context, e env, name string, res *resources.Set) error {
	var r io.Reader = e.stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	var pairs []pair
	var paths []string
	known := map[string]bool{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			continue
		}
		fields := strings.Split(text, "\t")
		if len(fields) != 3 {
			return fmt.Errorf("%s:%d: want 3 tab-separated fields (id, path_a, path_b), got %d", name, line, len(fields))
		}
		p := pair{id: fields[0], a: fields[1], b: fields[2]}
		pairs = append(pairs, p)
		for _, path := range []string{p.a, p.b} {
			if !known[path] {
				known[path] = true
				paths = append(paths, path)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}

	docs := analyzeAll(ctx, paths, res)
	if err := ctx.Err(); err != nil {
		return err
	}
	var analysedDocs []story.Doc
	for _, path := range paths {
		if docs[path].err == nil {
			analysedDocs = append(analysedDocs, docs[path].result.Doc)
		}
	}
	corpus := story.NewCorpus(analysedDocs)
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	failed := false
	reported := map[string]bool{}
	for _, p := range pairs {
		da, db := docs[p.a], docs[p.b]
		if da.err != nil || db.err != nil {
			for _, res := range []analysed{da, db} {
				if res.err != nil && !reported[res.err.Error()] {
					reported[res.err.Error()] = true
					fmt.Fprintf(e.stderr, "storyline compare: %v\n", res.err)
				}
			}
			fmt.Fprintf(e.stderr, "storyline compare: pair %s not scored\n", p.id)
			failed = true
			continue
		}
		fmt.Fprintf(out, "%s\t%.4f\n", p.id, corpus.Compare(da.result.Doc, db.result.Doc).Value)
	}
	if failed {
		return errPartial
	}
	return nil
}

// analyzeAll reads and analyses each path on all CPUs; the results of
// the paths not reached before ctx is done are missing.
func analyzeAll(ctx context.Context, paths []string, res *resources.Set) map[string]analysed {
	out := make(map[string]analysed, len(paths))
	i := 0
	for r := range pool.Map(ctx, 0, slices.Values(paths), func(path string) analysed {
		doc, err := readOne(ctx, path)
		if err != nil {
			return analysed{err: err}
		}
		r, err := ingest.Process(ctx, doc, res)
		if err != nil {
			if ctx.Err() != nil { // not the input's fault
				return analysed{err: err}
			}
			return analysed{err: &source.InputError{Path: path, Err: err}}
		}
		return analysed{result: r}
	}) {
		out[paths[i]] = r
		i++
	}
	return out
}
