package cli

import (
	"context"
	"flag"
	"fmt"

	"github.com/storyline/storyline/internal/synth"
)

func synthCommand() command {
	var out *string
	var articles, perFile, days *int
	var seed *uint64
	return command{
		name:  "synth",
		short: "write a synthetic multilingual article stream for benchmarks",
		args:  "--out DIR [--articles N] [--seed S] [--days D] [--per-file N]",
		summary: `Write a synthetic stream of multilingual news articles, for scale and load
benchmarks: invented stories in eleven languages and four scripts, with
Zipfian names and words and dates over months, as gzip-compressed JSON Lines
files of --per-file articles in DIR (ingest them with "storyline ingest DIR").
Each record carries its true story as "synthetic_story". The same flags
always write the same bytes.`,
		flags: func(fs *flag.FlagSet, cfg config) {
			out = fs.String("out", "", "directory to write the files into")
			articles = fs.Int("articles", 10000, "number of articles")
			seed = fs.Uint64("seed", 1, "random seed")
			days = fs.Int("days", 180, "days the publication dates span")
			perFile = fs.Int("per-file", 5000, "articles per file")
		},
		run: func(ctx context.Context, e env, _ *flag.FlagSet, args []string) error {
			if len(args) > 0 {
				return usageError("unexpected arguments %q", args)
			}
			if *out == "" || *articles <= 0 || *perFile <= 0 || *days <= 0 {
				return usageError("--out is required; --articles, --per-file and --days must be positive")
			}
			files, err := synth.WriteParts(ctx, *out, synth.Options{Seed: *seed, Articles: *articles, Days: *days}, *perFile)
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stderr, "wrote %d articles in %d files to %s\n", *articles, files, *out)
			return nil
		},
	}
}
