package web

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/api"
	"github.com/storyline/storyline/internal/lang/token"
	"github.com/storyline/storyline/internal/store"
)

func TestSourceLabel(t *testing.T) {
	tests := []struct{ path, want string }{
		{"", ""},
		{"/home/ana/news/en-ferry.txt", "en-ferry.txt"},
		{"news/feed.jsonl#3", "feed.jsonl#3"},
		{`C:\news\de-hafen.txt`, "de-hafen.txt"},
		{"https://example.org/world/2026/ferry.html", "example.org/world/2026/ferry.html"},
		{"https://example.org/", "example.org"},
		{"en-ferry.txt", "en-ferry.txt"},
	}
	for _, tt := range tests {
		if got := api.SourceLabel(tt.path); got != tt.want {
			t.Errorf("SourceLabel(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}

// words returns the words of texts, lowercased.
func words(texts ...string) map[string]bool {
	out := map[string]bool{}
	for _, s := range texts {
		for _, tok := range token.Tokenize(token.NFKC(s)) {
			out[strings.ToLower(tok.Text)] = true
		}
	}
	return out
}

// TestHumanLabels reads every story and article page and its API answer:
// the shared names and terms of "why together" are words the story's
// articles wrote (not keys nor stems), cited sources are named by article
// title (not "article 6"), and no page or answer shows the folders the
// articles were ingested from.
func TestHumanLabels(t *testing.T) {
	h, st := corpusServer(t)
	ctx := context.Background()
	var folders []string
	for _, dir := range []string{examplesDir, seedsDir} {
		abs, err := filepath.Abs(dir)
		if err != nil {
			t.Fatal(err)
		}
		folders = append(folders, abs, filepath.Clean(dir))
	}
	if tmp := os.TempDir(); tmp != "" {
		folders = append(folders, tmp)
	}
	articleNumber := regexp.MustCompile(`>article \d+<`)
	checked := 0
	for _, s := range allStories(t, h) {
		sid := strconv.FormatInt(s.ID, 10)
		d, err := st.Story(ctx, s.ID)
		if err != nil {
			t.Fatal(err)
		}
		var texts []string
		for _, r := range d.ArticleList {
			a, err := st.Article(ctx, r.ID)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, a.Title, a.Text)
		}
		written := words(texts...)
		_, page := get(t, h, "/stories/"+sid)
		if m := articleNumber.FindString(page); m != "" {
			t.Errorf("story %s names a citing article %q", sid, m)
		}
		var doc api.StoryDetail
		getJSON(t, h, "/api/v1/stories/"+sid, 200, &doc)
		for _, a := range doc.ArticleList {
			aid := strconv.FormatInt(a.ID, 10)
			_, apage := get(t, h, "/articles/"+aid)
			_, ajson := get(t, h, "/api/v1/articles/"+aid)
			for _, f := range folders {
				for what, body := range map[string]string{"page": apage, "API": ajson, "story API": doc.Title} {
					if strings.Contains(body, f) {
						t.Errorf("article %s: the %s shows the folder %s", aid, what, f)
					}
				}
			}
			if strings.Contains(apage, "Ingested from") {
				t.Errorf("article %s: the page shows where it was ingested from", aid)
			}
			if a.Path != "" || a.Source == "" {
				t.Errorf("article %s: API path %q, source %q; want a source and no path", aid, a.Path, a.Source)
			}
			if a.Evidence == nil {
				continue
			}
			// Concepts are English stems: those shown are words an English
			// article wrote.
			shown := slices.Concat(a.Evidence.SharedNames, a.Evidence.SharedTerms, a.Evidence.SharedConcepts)
			var detail api.ArticleDetail
			getJSON(t, h, "/api/v1/articles/"+aid, 200, &detail)
			if detail.Evidence == nil || !slices.Equal(detail.Evidence.SharedTerms, a.Evidence.SharedTerms) ||
				!slices.Equal(detail.Evidence.SharedNames, a.Evidence.SharedNames) {
				t.Errorf("article %s: the article's evidence %+v, the story's %+v", aid, detail.Evidence, a.Evidence)
			}
			for _, label := range shown {
				checked++
				for w := range words(label) {
					if !written[w] {
						t.Errorf("story %s, article %s: evidence %q is not a word its articles wrote", sid, aid, label)
					}
				}
			}
		}
	}
	if checked == 0 {
		t.Error("no shared name or term checked")
	}
}

// TestLabelsEvidence maps keys and stems back to written words.
func TestLabelsEvidence(t *testing.T) {
	l := newLabels()
	l.add("en", "Earthquake hits Izmir", "The earthquake struck Izmir. Officials said the earthquake and the earthquakes were strong. Marks Marks.")
	e := &store.Evidence{SharedNames: []string{"Izmir", "mrks", "zzzz"}, SharedTerms: []string{"earthquak", "offici", "unseen"},
		SharedConcepts: []string{"strong", "seismolog"}}
	got := l.evidence(e, "en")
	wantNames := []string{"Izmir", "Marks", "zzzz"}
	wantTerms := []string{"earthquake", "Officials", "unseen"}
	if strings.Join(got.SharedNames, ",") != strings.Join(wantNames, ",") || strings.Join(got.SharedTerms, ",") != strings.Join(wantTerms, ",") {
		t.Errorf("evidence shown as %q, %q; want %q, %q", got.SharedNames, got.SharedTerms, wantNames, wantTerms)
	}
	if !slices.Equal(got.SharedConcepts, []string{"strong"}) {
		t.Errorf("concept shown as %q", got.SharedConcepts)
	}
	if e.SharedTerms[0] != "earthquak" {
		t.Error("the stored evidence was changed")
	}
}
