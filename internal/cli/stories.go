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
	"time"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/ingest"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/story"
)

func storiesCommand() command {
	var asJSON *bool
	var limit *int
	return command{
		name:  "stories",
		short: "list the stories, newest and largest first",
		args:  "[--db PATH] [--json] [--limit N]",
		summary: `List the stories, newest and largest first: id, title, article count,
languages, first and last publication date. With --json, one JSON object.`,
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

// storyJSON is a story as the CLI prints it in JSON.
type storyJSON struct {
	ID        int64    `json:"id"`
	Title     string   `json:"title"`
	Articles  int      `json:"articles"`
	Languages []string `json:"languages"`
	First     string   `json:"first"`
	Last      string   `json:"last"`
}

func summaryJSON(s store.StorySummary) storyJSON {
	langs := s.Languages
	if langs == nil {
		langs = []string{}
	}
	return storyJSON{ID: s.ID, Title: s.Title, Articles: s.Articles, Languages: langs,
		First: dateString(s.First), Last: dateString(s.Last)}
}

func dateString(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

func printStories(ctx context.Context, w io.Writer, st store.Store, q store.StoryQuery, asJSON bool) error {
	stories, err := st.Stories(ctx, q)
	if err != nil {
		return err
	}
	if asJSON {
		out := struct {
			Stories []storyJSON `json:"stories"`
		}{Stories: []storyJSON{}}
		for _, s := range stories {
			out.Stories = append(out.Stories, summaryJSON(s))
		}
		return writeJSON(w, out)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tARTICLES\tLANGUAGES\tFIRST\tLAST\tTITLE")
	for _, s := range stories {
		fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%s\t%s\n", s.ID, s.Articles, strings.Join(s.Languages, ","),
			orDash(dateString(s.First)), orDash(dateString(s.Last)), s.Title)
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

// articleJSON is a stored article as the CLI prints it in JSON.
type articleJSON struct {
	ID        int64  `json:"id"`
	Path      string `json:"path,omitempty"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title"`
	Language  string `json:"language"`
	Published string `json:"published"`
	Outlet    string `json:"outlet"`
	Story     int64  `json:"story"`
	// Evidence is why the article joined its story; absent for the
	// article that started it.
	Evidence *story.Score `json:"evidence,omitempty"`
}

func rowJSON(r store.ArticleRow) articleJSON {
	return articleJSON{ID: r.ID, Path: r.Path, URL: r.URL, Title: r.Title, Language: r.Language,
		Published: article.FormatDate(r.Published, r.DateOnly), Outlet: r.Outlet, Story: r.StoryID, Evidence: r.Evidence}
}

func storyCommand() command {
	var asJSON *bool
	return command{
		name:    "story",
		short:   "show one story with its articles",
		args:    "[--db PATH] [--json] ID",
		summary: "Show one story with its articles, oldest first, and the other stories of its thread:\nthose that share its main people and organisations, directly or in a chain.",
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
			return printStory(e.stdout, d, thread, *asJSON)
		},
	}
}

// threadLimit caps the stories of a thread shown with a story.
const threadLimit = 50

func printStory(w io.Writer, d store.StoryDetail, thread []store.StorySummary, asJSON bool) error {
	names := topNames(d, 12)
	var others []store.StorySummary
	for _, s := range thread {
		if s.ID != d.ID {
			others = append(others, s)
		}
	}
	if asJSON {
		out := struct {
			storyJSON
			Names       []string      `json:"names"`
			ArticleList []articleJSON `json:"article_list"`
			Thread      []storyJSON   `json:"thread"`
		}{storyJSON: summaryJSON(d.StorySummary), Names: names, ArticleList: []articleJSON{}, Thread: []storyJSON{}}
		for _, a := range d.ArticleList {
			out.ArticleList = append(out.ArticleList, rowJSON(a))
		}
		for _, s := range others {
			out.Thread = append(out.Thread, summaryJSON(s))
		}
		return writeJSON(w, out)
	}
	fmt.Fprintf(w, "story %d: %s\n", d.ID, d.Title)
	fmt.Fprintf(w, "%d articles in %s, %s to %s\n", d.Articles, strings.Join(d.Languages, ", "),
		orDash(dateString(d.First)), orDash(dateString(d.Last)))
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
		fmt.Fprintf(tw, "%d\t%d articles\t%s\t%s\n", s.ID, s.Articles, orDash(dateString(s.First)), s.Title)
	}
	return nil
}

// evidenceLine sums up why an article joined its story in one line.
func evidenceLine(s *story.Score) string {
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
	return strings.Join(parts, "; ")
}

// topNames lists the story's most mentioned names as written.
func topNames(d store.StoryDetail, n int) []string {
	if d.Profile == nil {
		return []string{}
	}
	return d.Profile.TopNames(n)
}

func exportCommand() command {
	var format *string
	return command{
		name:  "export",
		short: "export every stored article as JSON Lines",
		args:  "[--db PATH] --format jsonl",
		summary: `Export every stored article, one JSON object per line:
id, path or url, title, language, published, outlet, story.`,
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
			return st.Articles(ctx, func(r store.ArticleRow) error { return enc.Encode(rowJSON(r)) })
		},
	}
}

func analyzeCommand() command {
	var resFlags *resourceFlags
	return command{
		name:  "analyze",
		short: "analyse the stored articles again, replacing their facts",
		args:  "[--db PATH]",
		summary: `Find the entities, dates, quotes and cited sources of every stored article
again and replace the old results, as after an upgrade of storyline's
analysis. Stories are left as they are.`,
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
