package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/eval"
	"github.com/storyline/storyline/internal/ingest"
	"github.com/storyline/storyline/internal/story"
)

func evalCommand() command {
	var pairsFile *string
	var translated *bool
	var threshold *float64
	return command{
		name:  "eval",
		short: "measure similarity and clustering on SemEval-2022 Task 8 pairs",
		args:  "similarity --pairs FILE.csv [--translated] [--threshold T]",
		summary: `Measure story similarity against human ratings: SemEval-2022 Task 8 pairs
(CSV with pair_id, lang1, lang2, text1, text2, Overall; 1 = same story ...
4 = unrelated). Prints the Pearson correlation between storyline's score and
(4 - Overall)/3, overall and per language pair; then clusters all the
articles of the file and prints pairwise same-story precision, recall and F1
(positive: Overall <= 1.5, negative: Overall >= 3). Real pairs by default;
--translated evaluates the machine-translated track instead.`,
		flags: func(fs *flag.FlagSet) {
			pairsFile = fs.String("pairs", "", "SemEval-2022 Task 8 CSV file")
			translated = fs.Bool("translated", false, "evaluate the machine-translated pairs instead of the real ones")
			threshold = fs.Float64("threshold", 0, "clustering threshold (0: the default)")
		},
		run: func(ctx context.Context, e env, _ *flag.FlagSet, args []string) error {
			if len(args) != 1 || args[0] != "similarity" {
				return usageError("the only evaluation is \"similarity\"")
			}
			if *pairsFile == "" {
				return usageError("--pairs is required")
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
			docOf := func(a article.Article) story.Doc {
				d, _ := ingest.Prepare(a)
				return d
			}
			r := eval.Evaluate(track, pairs, docOf, story.Options{Threshold: *threshold})
			printReport(e.stdout, r)
			return nil
		},
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
