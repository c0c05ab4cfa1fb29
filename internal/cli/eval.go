package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/eval"
	"github.com/storyline/storyline/internal/ingest"
	"github.com/storyline/storyline/internal/resources"
	"github.com/storyline/storyline/internal/source"
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
	var asJSON *bool
	var resFlags *resourceFlags
	return command{
		name:  "eval",
		short: "measure similarity and clustering on SemEval-2022 Task 8 pairs or a synthetic stream, or entities on annotated news",
		args:  "similarity --pairs FILE.csv [--translated] [--threshold T] | synth [--articles N] [--seed S] [--threshold T] | entities --set DIR [--lang L,...] [--json]",
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
French (historical OCR) is reported apart, out of the mean.`,
		flags: func(fs *flag.FlagSet, cfg config) {
			pairsFile = fs.String("pairs", "", "SemEval-2022 Task 8 CSV file")
			translated = fs.Bool("translated", false, "evaluate the machine-translated pairs instead of the real ones")
			threshold = fs.Float64("threshold", 0, "clustering threshold (0: the default)")
			articles = fs.Int("articles", 20000, "synth: articles in the stream")
			seed = fs.Uint64("seed", 1, "synth: the stream's seed")
			setDir = fs.String("set", "", "entities: the annotated set's directory")
			langs = fs.String("lang", "", "entities: the languages to score, comma-separated (default all)")
			asJSON = fs.Bool("json", false, "entities: print the report as JSON")
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
				return evalEntities(ctx, e, res, *setDir, *langs, *asJSON)
			}
			if len(args) != 1 || args[0] != "similarity" {
				return usageError("the evaluations are \"similarity\", \"synth\" and \"entities\"")
			}
			if *pairsFile == "" {
				return usageError("--pairs is required")
			}
			res, err := resFlags.build(ctx, nil)
			if err != nil {
				return err
			}
			f, err := os.Open(*pairsFile)
			if err != nil {
				return err
			}
			defer f.Close()
			all, err := eval.ReadPairs(f)
			if err != nil {
				return fmt.Errorf("%s: %w", *pairsFile, err)
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
func evalEntities(ctx context.Context, e env, res *resources.Set, dir, langs string, asJSON bool) error {
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
