package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/eval"
	"github.com/storyline/storyline/internal/extract"
	"github.com/storyline/storyline/internal/ingest"
	"github.com/storyline/storyline/internal/resources"
	"github.com/storyline/storyline/internal/source"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/store/sqlite"
	"github.com/storyline/storyline/internal/story"
	"github.com/storyline/storyline/internal/synth"
)

func evalCommand() command {
	var pairsFile *string
	var translated *bool
	var threshold *float64
	var articles *int
	var seed *uint64
	var setDir, langs *string
	var orderDir, recordsDir *string
	var runs *int
	var asJSON, docs *bool
	var resFlags *resourceFlags
	return command{
		name:  "eval",
		short: "measure similarity and clustering on SemEval-2022 Task 8 pairs or a synthetic stream, or entities on annotated news",
		args:  "similarity --pairs FILE.csv [--translated] [--threshold T] | synth [--articles N] [--seed S] [--threshold T] | entities --set DIR [--lang L,...] [--json [--docs]] | text --pairs FILE.csv | extraction --set DIR | order (--dir DIR | --pairs FILE.csv [--records DIR]) [--runs N]",
		summary: `Measure story similarity against human ratings: SemEval-2022 Task 8 pairs
(CSV with pair_id, lang1, lang2, text1, text2, Overall; 1 = same story ...
4 = unrelated). Prints the Pearson correlation between storyline's score and
(4 - Overall)/3, overall and per language pair; then clusters all the
articles of the file and prints pairwise same-story precision, recall and F1
(positive: Overall <= 1.5, negative: Overall >= 3). Real pairs by default;
--translated evaluates the machine-translated track instead.

"eval synth" generates a synthetic stream (as "storyline synth" writes it),
analyses and clusters its articles in order, and scores the stories against
the stream's true ones over all pairs of articles: precision, recall, F1,
the largest story and the clustering time per article.

"eval entities" analyses the articles of an annotated entity set (DIR holds
<lang>/articles/<id>.json, <lang>/gold.json and <lang>/optional.json, as
../shared/bench/ner does) as ingest would, and scores the people,
organisations and places found against the gold per document, as the set's
README defines: sets of (surface, type) with the surfaces normalised,
optional mentions counting neither way, by four measures (strict: same
string and type; notype; boundary: same type, a whole-word prefix or suffix
counts; loose: boundary whatever the type). Prints micro precision, recall
and F1 per language and per type, and the macro mean over the languages;
French (historical OCR) is reported apart, out of the mean.

"eval text" writes the text of every article of a SemEval CSV file (the
headline, two spaces and the body, mostly on one line) to a .txt file of its
own, extracts it as ingest reads a file, and prints how many were rejected
and how many kept at least 90% of their words (the share of each word's
occurrences found in the extracted headline and body), per language, with
the articles that kept the least.

"eval extraction" extracts the main text of the pages of an extraction set
laid out as trafilatura's evaluation data is (DIR/evaldata.json maps each
page's URL to {file, with, without}, the page being DIR/pages/FILE.gz) three
ways side by side: as storyline ingests an HTML page, and with
go-trafilatura's default settings, without and with its fallback
extractors. Per snippet, a "with" found is a true positive, one missing a
false negative, a "without" found a false positive, one missing a true
negative (white space folded); it prints precision, recall, F1 and accuracy
over all snippets, the pages that gave no text, the time per page and the
pages whose text is garbled (mojibake such as "â€™" for "’", or U+FFFD).

"eval order" ingests the files under DIR (what ingest reads, in the order
of their paths) three ways, each into a new temporary store: forward in one
run, in reverse in one run, and forward in N separate runs (--runs, as
separate ingests, or files arriving in batches, would); it prints the
agreement of the reverse and of the batched stories with the forward ones:
the Dice coefficient of their sets of same-story pairs of articles (1: the
same stories). With --pairs instead of --dir it measures the articles of a
SemEval CSV file, written as JSON records (title, text, language; one
file each, in the order of their ids) to a temporary folder, or to --records
DIR, which is kept.`,
		flags: func(fs *flag.FlagSet, cfg config) {
			pairsFile = fs.String("pairs", "", "SemEval-2022 Task 8 CSV file")
			translated = fs.Bool("translated", false, "evaluate the machine-translated pairs instead of the real ones")
			threshold = fs.Float64("threshold", 0, "clustering threshold (0: the default)")
			articles = fs.Int("articles", 20000, "synth: articles in the stream")
			seed = fs.Uint64("seed", 1, "synth: the stream's seed")
			setDir = fs.String("set", "", "entities, extraction: the set's directory")
			langs = fs.String("lang", "", "entities: the languages to score, comma-separated (default all)")
			asJSON = fs.Bool("json", false, "entities: print the report as JSON")
			docs = fs.Bool("docs", false, "entities: with --json, each document's strict score and its missed and wrong names too")
			orderDir = fs.String("dir", "", "order: the folder of files to ingest")
			recordsDir = fs.String("records", "", "order: write the --pairs articles as JSON records to this folder and keep them")
			runs = fs.Int("runs", 15, "order: the separate runs of the batched ingest")
			resFlags = addResourceFlags(fs, cfg)
		},
		run: func(ctx context.Context, e env, _ *flag.FlagSet, args []string) error {
			if len(args) == 1 && args[0] == "synth" {
				if *articles <= 0 {
					return usageError("--articles must be positive")
				}
				res, err := resFlags.build(ctx, nil)
				if err != nil {
					return err
				}
				return evalSynth(ctx, e, res, synth.Options{Articles: *articles, Seed: *seed}, *threshold)
			}
			if len(args) == 1 && args[0] == "entities" {
				if *setDir == "" {
					return usageError("--set is required")
				}
				res, err := resFlags.build(ctx, nil)
				if err != nil {
					return err
				}
				return evalEntities(ctx, e, res, *setDir, *langs, *asJSON, *docs)
			}
			if len(args) == 1 && args[0] == "order" {
				if (*orderDir == "") == (*pairsFile == "") {
					return usageError("give either --dir or --pairs")
				}
				if *runs < 1 {
					return usageError("--runs must be positive")
				}
				res, err := resFlags.build(ctx, nil)
				if err != nil {
					return err
				}
				return evalOrder(ctx, e, res, orderInput{dir: *orderDir, pairs: *pairsFile, records: *recordsDir}, *runs, *threshold)
			}
			if len(args) == 1 && args[0] == "extraction" {
				if *setDir == "" {
					return usageError("--set is required")
				}
				return evalExtraction(ctx, e, *setDir)
			}
			if len(args) == 1 && args[0] == "text" {
				if *pairsFile == "" {
					return usageError("--pairs is required")
				}
				return evalText(ctx, e, *pairsFile)
			}
			if len(args) != 1 || args[0] != "similarity" {
				return usageError("the evaluations are \"similarity\", \"synth\", \"entities\", \"text\", \"extraction\" and \"order\"")
			}
			if *pairsFile == "" {
				return usageError("--pairs is required")
			}
			res, err := resFlags.build(ctx, nil)
			if err != nil {
				return err
			}
			all, err := readPairs(*pairsFile)
			if err != nil {
				return err
			}
			track := "real"
			if *translated {
				track = "translated"
			}
			var pairs []eval.Pair
			for _, p := range all {
				if p.Translated == *translated {
					pairs = append(pairs, p)
				}
			}
			if len(pairs) == 0 {
				return fmt.Errorf("%s: no %s pairs", *pairsFile, track)
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			r := eval.Evaluate(track, pairs, docFunc(ctx, res), story.Options{Threshold: *threshold})
			if err := ctx.Err(); err != nil {
				return err
			}
			printReport(e.stdout, r)
			return nil
		},
	}
}

// readPairs reads a SemEval CSV file.
func readPairs(path string) ([]eval.Pair, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	pairs, err := eval.ReadPairs(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return pairs, nil
}

// evalText writes the text of every article of a SemEval CSV file, as
// the file holds it, to a plain text file of its own, extracts it as
// ingest would and prints how many were rejected and how many kept their
// words.
func evalText(ctx context.Context, e env, pairsFile string) error {
	pairs, err := readPairs(pairsFile)
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "storyline-eval-text-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	arts := eval.SemEvalTexts(pairs)
	var replaced atomic.Int64
	r, err := eval.EvaluateText(ctx, arts, func(a eval.TextArticle) (string, string, error) {
		path := filepath.Join(dir, a.ID+".txt")
		if err := os.WriteFile(path, []byte(a.Text), 0o600); err != nil {
			return "", "", err
		}
		docs, err := source.ReadFile(ctx, path)
		if err != nil {
			return "", "", err
		}
		if len(docs) != 1 {
			return "", "", fmt.Errorf("%s: %d documents", path, len(docs))
		}
		x, err := extract.Extract(docs[0])
		replaced.Add(int64(x.Replaced))
		return x.Title, x.Text, err
	})
	if err != nil {
		return err
	}
	w := e.stdout
	fmt.Fprintf(w, "text: %d articles of %s, each written as the file holds it to a .txt file; words kept through extraction\n", r.Articles, pairsFile)
	fmt.Fprintf(w, "  rejected %d; kept %.0f%% of their words or more: %d (%.1f%%); mean share kept %.3f; invalid bytes replaced %d\n",
		r.Rejected, 100*eval.KeepShare, r.Kept, 100*float64(r.Kept)/float64(max(r.Articles, 1)), r.MeanKept, replaced.Load())
	reasons := make([]string, 0, len(r.Reasons))
	for reason := range r.Reasons {
		reasons = append(reasons, reason)
	}
	sort.Strings(reasons)
	for _, reason := range reasons {
		fmt.Fprintf(w, "  rejected: %s: %d\n", reason, r.Reasons[reason])
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "  LANG	ARTICLES	REJECTED	KEPT	\n")
	for _, l := range r.Languages {
		fmt.Fprintf(tw, "  %s	%d	%d	%d	\n", l.Language, l.Articles, l.Rejected, l.Kept)
	}
	tw.Flush()
	for _, a := range r.Worst {
		fmt.Fprintf(w, "  kept least: %s (%s) %.3f %s\n", a.ID, a.Language, a.Share, a.Err)
	}
	return nil
}

// orderInput is what eval order ingests: the files under dir, or the
// articles of a SemEval file, written as records to records (a temporary
// folder when empty).
type orderInput struct {
	dir, pairs, records string
}

// files lists the files to ingest, in order; done removes what was
// written for the purpose.
func (in orderInput) files() (files []string, done func(), err error) {
	done = func() {}
	if in.dir != "" {
		err := filepath.WalkDir(in.dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if strings.HasPrefix(d.Name(), ".") && path != in.dir {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				files = append(files, path)
			}
			return nil
		})
		if err == nil && len(files) == 0 {
			err = fmt.Errorf("%s: no files", in.dir)
		}
		return files, done, err
	}
	pairs, err := readPairs(in.pairs)
	if err != nil {
		return nil, done, err
	}
	dir := in.records
	if dir == "" {
		if dir, err = os.MkdirTemp("", "storyline-eval-order-"); err != nil {
			return nil, done, err
		}
		done = func() { os.RemoveAll(dir) }
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, done, err
	}
	for _, a := range eval.SemEvalTexts(pairs) {
		title, body := eval.SplitTitle(a.Text)
		rec, err := json.Marshal(map[string]string{"title": title, "text": body, "language": a.Language})
		if err != nil {
			done()
			return nil, func() {}, err
		}
		path := filepath.Join(dir, a.ID+".json")
		if err := os.WriteFile(path, rec, 0o644); err != nil {
			done()
			return nil, func() {}, err
		}
		files = append(files, path)
	}
	return files, done, nil
}

// evalOrder ingests the files of in forward, in reverse and in runs, each
// into a new temporary store, and prints how the stories agree.
func evalOrder(ctx context.Context, e env, res *resources.Set, in orderInput, runs int, threshold float64) error {
	files, done, err := in.files()
	if err != nil {
		return err
	}
	defer done()
	tmp, err := os.MkdirTemp("", "storyline-eval-order-stores-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	stores := 0
	r, err := eval.Order(ctx, files, runs, func(ctx context.Context, batches [][]string) (eval.Grouping, error) {
		stores++
		st, err := sqlite.Open(ctx, filepath.Join(tmp, fmt.Sprintf("order%d.db", stores)))
		if err != nil {
			return nil, err
		}
		defer st.Close()
		start, failed := time.Now(), 0
		for _, batch := range batches {
			p := ingest.New(st, res, ingest.Options{Cluster: story.Options{Threshold: threshold}, Writer: "storyline eval order",
				Fail: func(err error) { failed++; fmt.Fprintf(e.stderr, "storyline eval order: %v\n", err) }})
			if _, err := p.Run(ctx, batch); err != nil {
				return nil, err
			}
		}
		g := eval.Grouping{}
		if err := st.Articles(ctx, func(a store.ArticleRow) error { g[a.Path] = a.StoryID; return nil }); err != nil {
			return nil, err
		}
		fmt.Fprintf(e.stderr, "eval order: %d files in %d runs: %d articles, %d failed, in %s\n",
			len(files), len(batches), len(g), failed, time.Since(start).Round(time.Second))
		return g, nil
	})
	if err != nil {
		return err
	}
	from := in.dir
	if from == "" {
		from = in.pairs
	}
	w := e.stdout
	fmt.Fprintf(w, "order: %d files of %s, %d articles; same-story pairs of articles compared by their Dice coefficient\n", r.Files, from, r.Articles)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "  INGEST\tSTORIES\tPAIRS\tAGREEMENT WITH FORWARD\t\n")
	fmt.Fprintf(tw, "  forward, one run\t%d\t%d\t\t\n", r.Stories[0], r.Pairs[0])
	fmt.Fprintf(tw, "  reverse, one run\t%d\t%d\t%.3f\t\n", r.Stories[1], r.Pairs[1], r.Reverse)
	fmt.Fprintf(tw, "  forward, %d runs\t%d\t%d\t%.3f\t\n", r.Runs, r.Stories[2], r.Pairs[2], r.Batched)
	return tw.Flush()
}

// evalSynth clusters a synthetic stream and prints how its stories match
// the true ones.
func evalSynth(ctx context.Context, e env, res *resources.Set, opts synth.Options, threshold float64) error {
	s := synth.New(opts)
	var recs []synth.Record
	for r, ok := s.Next(); ok; r, ok = s.Next() {
		recs = append(recs, r)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	r := eval.Synthetic(recs, docFunc(ctx, res), story.Options{Threshold: threshold})
	if err := ctx.Err(); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "synthetic stream: %d articles in %d true stories; clustered into %d stories (%d merges), the largest of %d articles\n",
		r.Articles, r.TrueStories, r.Stories, r.Merges, r.Largest)
	fmt.Fprintf(e.stdout, "  pairs: precision %.3f  recall %.3f  F1 %.3f\n", r.Precision, r.Recall, r.F1)
	fmt.Fprintf(e.stdout, "  clustering %.2f ms per article\n", float64(r.Clustering.Microseconds())/1000/float64(r.Articles))
	return nil
}

// evalEntities scores the entities found in an annotated set's articles
// and prints the report.
func evalEntities(ctx context.Context, e env, res *resources.Set, dir, langs string, asJSON, perDoc bool) error {
	var codes []string
	for c := range strings.SplitSeq(langs, ",") {
		if c = strings.TrimSpace(c); c != "" {
			codes = append(codes, c)
		}
	}
	docs, err := eval.ReadEntitySet(ctx, dir, codes)
	if err != nil {
		return err
	}
	r, err := eval.EvaluateEntities(ctx, docs, func(d eval.EntityDoc) ([]article.Entity, error) {
		doc := source.Document{
			Origin: source.Origin{Path: filepath.Join(dir, d.Language, "articles", d.ID+".json")},
			Format: source.Record,
			Fields: source.Fields{Title: d.Title, Text: d.Text, Language: d.Language},
		}
		p, err := ingest.Process(ctx, doc, res)
		return p.Facts.Entities, err
	})
	if err != nil {
		return err
	}
	if !perDoc {
		r.Documents = nil
	}
	if asJSON {
		return writeJSON(e.stdout, r)
	}
	printEntityReport(e.stdout, dir, len(docs), r)
	return nil
}

// printEntityReport prints the scores per language, then per language
// and type, the macro mean under each and the languages reported apart
// last.
func printEntityReport(w io.Writer, dir string, docs int, r eval.EntityReport) {
	fmt.Fprintf(w, "entities: %d documents of %s; per document sets of (surface, type); micro P, R, F1 per language, macro mean over languages\n", docs, dir)
	rows := func(byType bool) {
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
		head := "LANG\tDOCS\t"
		if byType {
			head = "LANG\tTYPE\t"
		}
		fmt.Fprintf(tw, "\t\t\tstrict\t\t\tnotype\t\t\tboundary\t\t\tloose\t\t\t\n")
		fmt.Fprintf(tw, "%sGOLD\tP\tR\tF1\tP\tR\tF1\tP\tR\tF1\tP\tR\tF1\t\n", head)
		line := func(l eval.LanguageEntities, label string, m eval.Measures) {
			fmt.Fprintf(tw, "%s\t%s\t%d\t", l.Language, label, m.Strict.Gold)
			for _, s := range []eval.EntityScore{m.Strict, m.NoType, m.Boundary, m.Loose} {
				fmt.Fprintf(tw, "%.3f\t%.3f\t%.3f\t", s.Precision, s.Recall, s.F1)
			}
			fmt.Fprintln(tw)
		}
		lang := func(l eval.LanguageEntities) {
			if !byType {
				line(l, fmt.Sprint(l.Documents), l.All)
				return
			}
			for _, t := range l.Types {
				line(l, t.Type, t.Measures)
			}
		}
		var apart []eval.LanguageEntities
		for _, l := range r.Languages {
			if l.Apart {
				apart = append(apart, l)
				continue
			}
			lang(l)
		}
		if r.Macro.Documents > 0 {
			lang(r.Macro)
		}
		for _, l := range apart {
			lang(l)
		}
		tw.Flush()
	}
	rows(false)
	fmt.Fprintln(w, "per type:")
	rows(true)
	for _, l := range r.Languages {
		if l.Apart {
			fmt.Fprintf(w, "%s (historical newspapers, OCR) is reported apart and left out of the macro mean\n", l.Language)
		}
	}
}

func printReport(w io.Writer, r eval.Report) {
	fmt.Fprintf(w, "similarity: %d %s pairs; Pearson r with (4 - Overall)/3\n", r.Pairs, r.Track)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "  GROUP\tPAIRS\tPEARSON")
	for _, c := range r.Correlations {
		fmt.Fprintf(tw, "  %s\t%d\t%.3f\n", c.Group, c.Pairs, c.Pearson)
	}
	tw.Flush()
	s := r.SameStory
	fmt.Fprintf(w, "clustering: %d articles into %d stories; same-story pairs (positive Overall <= 1.5, negative >= 3)\n", r.Articles, r.Stories)
	fmt.Fprintf(w, "  precision %.3f  recall %.3f  F1 %.3f  accuracy %.3f  (TP %d, FP %d, FN %d, TN %d)\n",
		s.Precision, s.Recall, s.F1, s.Accuracy, s.TP, s.FP, s.FN, s.TN)
}

// docFunc reduces an article to what story similarity compares with the
// analyzer of res. An analysis fails only when ctx is done, which the
// caller checks once the evaluation returns.
func docFunc(ctx context.Context, res *resources.Set) eval.DocFunc {
	return func(a article.Article) story.Doc {
		r, _ := res.Analyzer.Article(ctx, a)
		return story.DocOf(a, r, time.Time{})
	}
}
