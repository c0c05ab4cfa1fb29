package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/storyline/storyline/internal/api"
	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/ingest"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/story"
	"github.com/storyline/storyline/internal/web"
)

func storiesCommand() command {
	var asJSON *bool
	var limit *int
	return command{
		name:  "stories",
		short: "list the stories, newest and largest first",
		args:  "[--db PATH] [--json] [--limit N]",
		summary: `List the stories, newest and largest first: id, title, article count,
languages, first and last publication date. With --json, the StoryList
document of GET /api/v1/stories (see /api/v1/openapi.json).`,
		flags: func(fs *flag.FlagSet, cfg config) {
			dbFlag(fs, cfg)
			asJSON = fs.Bool("json", false, "print JSON")
			limit = fs.Int("limit", 0, "list at most N stories (0: all)")
		},
		run: func(ctx context.Context, e env, fs *flag.FlagSet, args []string) error {
			if len(args) > 0 {
				return usageError("unexpected arguments %q", args)
			}
			if *limit < 0 {
				return usageError("--limit must not be negative")
			}
			st, err := openStore(ctx, fs)
			if err != nil {
				return err
			}
			defer st.Close()
			return printStories(ctx, e.stdout, st, store.StoryQuery{Limit: *limit}, *asJSON)
		},
	}
}

// printStories lists the stories q selects.
func printStories(ctx context.Context, w io.Writer, st store.Store, q store.StoryQuery, asJSON bool) error {
	limit := q.Limit
	if limit > 0 {
		q.Limit++
	}
	stories, err := st.Stories(ctx, q)
	if err != nil {
		return err
	}
	more := limit > 0 && len(stories) > limit
	if more {
		stories = stories[:limit]
	}
	if asJSON {
		out := api.StoryList{Stories: api.Convert(stories, api.StoryOf), Limit: limit, Offset: q.Offset}
		if more {
			next := q.Offset + limit
			out.NextOffset = &next
		}
		return writeJSON(w, out)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tARTICLES\tLANGUAGES\tFIRST\tLAST\tTITLE")
	for _, s := range stories {
		fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%s\t%s\n", s.ID, s.Articles, strings.Join(s.Languages, ","),
			orDash(api.FormatDay(s.First)), orDash(api.FormatDay(s.Last)), s.Title)
	}
	return tw.Flush()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func storyCommand() command {
	var asJSON *bool
	return command{
		name:    "story",
		short:   "show one story with its articles",
		args:    "[--db PATH] [--json] ID",
		summary: "Show one story with its articles, oldest first, and the other stories of its thread:\nthose that share its main people and organisations, directly or in a chain. With --json,\nthe StoryDetail document of GET /api/v1/stories/{id} (see /api/v1/openapi.json).",
		flags: func(fs *flag.FlagSet, cfg config) {
			dbFlag(fs, cfg)
			asJSON = fs.Bool("json", false, "print JSON")
		},
		run: func(ctx context.Context, e env, fs *flag.FlagSet, args []string) error {
			if len(args) != 1 {
				return usageError("need exactly one story ID")
			}
			id, err := strconv.ParseInt(args[0], 10, 64)
			if err != nil || id <= 0 {
				return usageError("story ID must be a positive number, not %q", args[0])
			}
			st, err := openStore(ctx, fs)
			if err != nil {
				return err
			}
			defer st.Close()
			if *asJSON {
				doc, err := web.Story(ctx, st, id)
				if errors.Is(err, store.ErrNotFound) {
					return fmt.Errorf("no story %d", id)
				}
				if err != nil {
					return err
				}
				return writeJSON(e.stdout, doc)
			}
			d, err := st.Story(ctx, id)
			if errors.Is(err, store.ErrNotFound) {
				return fmt.Errorf("no story %d", id)
			}
			if err != nil {
				return err
			}
			thread, err := st.Thread(ctx, id, threadLimit)
			if err != nil {
				return err
			}
			if err := web.EvidenceAsWritten(ctx, st, d.ArticleList); err != nil {
				return err
			}
			return printStory(e.stdout, d, thread)
		},
	}
}

// threadLimit caps the stories of a thread shown with a story.
const threadLimit = 50

// printStory shows a story and the other stories of its thread as text.
func printStory(w io.Writer, d store.StoryDetail, thread []store.StorySummary) error {
	names := d.Names
	var others []store.StorySummary
	for _, s := range thread {
		if s.ID != d.ID {
			others = append(others, s)
		}
	}
	fmt.Fprintf(w, "story %d: %s\n", d.ID, d.Title)
	fmt.Fprintf(w, "%d articles in %s, %s to %s\n", d.Articles, strings.Join(d.Languages, ", "),
		orDash(api.FormatDay(d.First)), orDash(api.FormatDay(d.Last)))
	if len(names) > 0 {
		fmt.Fprintf(w, "names: %s\n", strings.Join(names, ", "))
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	defer tw.Flush()
	fmt.Fprintln(tw, "ID\tLANG\tPUBLISHED\tOUTLET\tTITLE\tSOURCE")
	for _, a := range d.ArticleList {
		src := a.Path
		if src == "" {
			src = a.URL
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", a.ID, a.Language,
			orDash(article.FormatDate(a.Published, a.DateOnly)), orDash(a.Outlet), a.Title, src)
	}
	fmt.Fprintln(tw, "\nwhy these articles are together (each article's score against the story when it joined):")
	for _, a := range d.ArticleList {
		fmt.Fprintf(tw, "%d\t%s\n", a.ID, evidenceLine(a.Evidence))
	}
	if len(others) == 0 {
		return nil
	}
	fmt.Fprintf(tw, "\nthread: %d other stories share this story's main people and organisations\n", len(others))
	for _, s := range others {
		fmt.Fprintf(tw, "%d\t%d articles\t%s\t%s\n", s.ID, s.Articles, orDash(api.FormatDay(s.First)), s.Title)
	}
	return nil
}

// evidenceLine sums up why an article joined its story in one line.
func evidenceLine(s *store.Evidence) string {
	if s == nil {
		return "started the story"
	}
	parts := []string{fmt.Sprintf("score %.3f", s.Value)}
	add := func(kind string, v float64, shared []string) {
		if v > 0 {
			parts = append(parts, fmt.Sprintf("%s %.2f (%s)", kind, v, strings.Join(shared, ", ")))
		}
	}
	add("names", s.Names, s.SharedNames)
	add("terms", s.Terms, s.SharedTerms)
	add("concepts", s.Concepts, s.SharedConcepts)
	add("numbers", s.Numbers, s.SharedNumbers)
	if s.DaysApart >= 0 {
		parts = append(parts, fmt.Sprintf("time %.2f (%.1f days apart)", s.Time, s.DaysApart))
	} else {
		parts = append(parts, fmt.Sprintf("time %.2f (a date unknown)", s.Time))
	}
	if s.Against > 0 && s.Against < 1 {
		parts = append(parts, fmt.Sprintf("against %.2f (%s)", s.Against, conflictLine(story.Score(*s))))
	}
	return strings.Join(parts, "; ")
}

func exportCommand() command {
	var format *string
	return command{
		name:  "export",
		short: "export every stored article as JSON Lines",
		args:  "[--db PATH] --format jsonl",
		summary: `Export every stored article, one JSON object per line: the Article
document of the API (see /api/v1/openapi.json).`,
		flags: func(fs *flag.FlagSet, cfg config) {
			dbFlag(fs, cfg)
			format = fs.String("format", "", "output format: jsonl")
		},
		run: func(ctx context.Context, e env, fs *flag.FlagSet, args []string) error {
			if *format != "jsonl" {
				return usageError("--format must be jsonl")
			}
			if len(args) > 0 {
				return usageError("unexpected arguments %q", args)
			}
			st, err := openStore(ctx, fs)
			if err != nil {
				return err
			}
			defer st.Close()
			enc := json.NewEncoder(e.stdout)
			enc.SetEscapeHTML(false)
			return st.Articles(ctx, func(r store.ArticleRow) error { return enc.Encode(api.ExportedArticleOf(r)) })
		},
	}
}

func reanalyzeCommand() command {
	var resFlags *resourceFlags
	return command{
		name:    "reanalyze",
		oldName: "analyze",
		short:   "analyse the stored articles again, replacing their facts",
		args:    "[--db PATH]",
		summary: `Find the entities, dates, quotes, cited sources and search terms of every
stored article again and replace the old results, as after an upgrade of
storyline's analysis. Stories are left as they are. Until the next release
the command is also run by its old name, "analyze".`,
		flags: func(fs *flag.FlagSet, cfg config) {
			dbFlag(fs, cfg)
			resFlags = addResourceFlags(fs, cfg)
		},
		run: func(ctx context.Context, e env, fs *flag.FlagSet, args []string) error {
			if len(args) > 0 {
				return usageError("unexpected arguments %q", args)
			}
			res, err := resFlags.build(ctx, nil)
			if err != nil {
				return err
			}
			st, err := openStore(ctx, fs)
			if err != nil {
				return err
			}
			defer st.Close()
			n, err := ingest.Reanalyze(ctx, st, res)
			fmt.Fprintf(e.stderr, "analysed %d articles\n", n)
			return err
		},
	}
}
