package cli

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/storyline/storyline/internal/analyze/tagger"
	"github.com/storyline/storyline/internal/gazetteer"
)

// trainLangs are the languages trained by default, each as L or L=S+S:
// those with training sets in ner-train, German from the German, English
// and Italian sentences (its own set, SmartData, has few persons and other
// guidelines than German news at large), and French, which has none, from
// the Spanish, Italian and English ones.
var trainLangs = []string{"en", "de=de+en+it", "es", "it", "pl", "tr", "ru", "ar", "fa", "zh", "fr=es+it+en"}

func trainCommand() command {
	var data, out, langs *string
	var epochs, bits *int
	var seed *uint64
	var noPlaces *bool
	return command{
		name:  "train",
		short: "train the entity taggers from annotated sentences",
		args:  "entities --data DIR --out DIR [--lang L,L=S+S] [--epochs N]",
		summary: `Train the entity tagger of each language from the annotated sentences in
DIR/<lang>/*.conll (token<TAB>IOB2 tag, a blank line after each sentence,
"# doc" lines before documents) and write DIR/<lang>.model to --out.
Every tenth document (or block of 20 sentences where the source has no
documents) is held out: a model learns from the rest, and its token
accuracy and name precision, recall and F1 (same words, same type) on the
held-out sentences are printed; then the model written learns from all the
sentences, and its size is printed. The gazetteer's places are features
unless --no-places. A language given as L=S+S (fr=es+it) learns from the
sentences of languages S in place of its own. The same data and flags give
the same models.`,
		flags: func(fs *flag.FlagSet, cfg config) {
			data = fs.String("data", "", "directory with a folder of .conll files per language")
			out = fs.String("out", "", "directory the models are written to")
			langs = fs.String("lang", strings.Join(trainLangs, ","), "languages to train, comma-separated; L=S+S trains L from the sentences of S")
			epochs = fs.Int("epochs", 20, "passes over the training sentences")
			bits = fs.Int("bits", 20, "the feature table has 2^bits buckets")
			seed = fs.Uint64("seed", 1, "seeds the order in which each epoch visits the sentences")
			noPlaces = fs.Bool("no-places", false, "train without the gazetteer's places as features")
		},
		run: func(ctx context.Context, e env, _ *flag.FlagSet, args []string) error {
			if len(args) != 1 || args[0] != "entities" {
				return usageError("the trainable models are \"entities\"")
			}
			if *data == "" || *out == "" {
				return usageError("--data and --out are required")
			}
			if *epochs <= 0 {
				return usageError("--epochs must be positive")
			}
			if err := os.MkdirAll(*out, 0o755); err != nil {
				return err
			}
			opts := tagger.Options{Epochs: *epochs, Bits: *bits, Seed: *seed}
			if !*noPlaces {
				g, err := gazetteer.Load()
				if err != nil {
					return err
				}
				opts.Places = g
			}
			tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
			fmt.Fprintln(tw, "lang\ttrain sents\theld-out sents\ttoken acc\tP\tR\tF1\tmodel bytes\tfeatures\tseconds\t")
			for _, code := range strings.Split(*langs, ",") {
				code = strings.TrimSpace(code)
				if code == "" {
					continue
				}
				code, from, ok := strings.Cut(code, "=")
				srcs := []string{code}
				if ok {
					srcs = strings.Split(from, "+")
				}
				if err := trainOne(ctx, tw, code, srcs, *data, *out, opts); err != nil {
					return err
				}
			}
			return tw.Flush()
		},
	}
}

// trainOne trains, writes and scores the model of language code from the
// sentences of languages srcs.
func trainOne(ctx context.Context, tw *tabwriter.Writer, code string, srcs []string, data, out string, opts tagger.Options) error {
	start := time.Now()
	var files []string
	for _, src := range srcs {
		fs, err := filepath.Glob(filepath.Join(data, src, "*.conll"))
		if err != nil {
			return err
		}
		if len(fs) == 0 {
			return fmt.Errorf("%s: no .conll files in %s", code, filepath.Join(data, src))
		}
		slices.Sort(fs)
		files = append(files, fs...)
	}
	var train, held []tagger.Sentence
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		sents, err := tagger.ReadCoNLL(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		for _, s := range sents {
			if s.Doc%10 == 9 {
				held = append(held, s)
			} else {
				train = append(train, s)
			}
		}
	}
	m, err := tagger.Train(ctx, code, train, opts)
	if err != nil {
		return fmt.Errorf("%s: %w", code, err)
	}
	// Score the model as it would be written, weights quantised.
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		return err
	}
	if m, err = tagger.Load(&buf); err != nil {
		return fmt.Errorf("%s: %w", code, err)
	}
	if m.UsesPlaces() {
		m.Places = opts.Places
	}
	var s tagger.Score
	for _, sent := range held {
		s.Add(sent.Tags, m.Tag(sent.Words))
	}
	// The model written learns from every sentence.
	if m, err = tagger.Train(ctx, code, append(train, held...), opts); err != nil {
		return fmt.Errorf("%s: %w", code, err)
	}
	buf.Reset()
	if _, err := m.WriteTo(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, tagger.FileName(code)), buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(tw, "%s\t%d\t%d\t%.4f\t%.3f\t%.3f\t%.3f\t%d\t%d\t%.0f\t\n", code, len(train), len(held),
		s.Accuracy(), s.Precision(), s.Recall(), s.F1(), buf.Len(), m.Size(), time.Since(start).Seconds())
	return nil
}
