package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/api"
	"github.com/storyline/storyline/internal/resources/restest"
	"github.com/storyline/storyline/internal/store/sqlite"
	"github.com/storyline/storyline/internal/web"
)

// shapeRecords are articles to store: a story told on a day only and at a
// known time, and one without a date.
const shapeRecords = `{"title": "Earthquake strikes Izmir", "text": "A magnitude 6.4 earthquake struck Izmir on Friday, the Turkish disaster agency AFAD said. Buildings collapsed in the Bayrakli district of Izmir.", "published": "2020-10-30", "language": "en", "outlet": "Daily", "url": "https://example.org/izmir"}
{"title": "Izmir earthquake: rescuers search collapsed buildings", "text": "Rescuers searched collapsed buildings in Izmir after the magnitude 6.4 earthquake, AFAD said. The Bayrakli district of Izmir was hit hardest.", "published": "2020-10-31T09:30:00Z", "language": "en", "outlet": "Wire"}
{"title": "Harbour bridge reopens in Gdansk", "text": "The harbour bridge in Gdansk reopened after eight months of repairs, the city council said. The works cost 41 million zloty.", "language": "en", "outlet": "Daily"}
`

// TestCLIAndAPIWriteOneShape checks, for each JSON output of the CLI, that
// the API writes the same document of the same store.
func TestCLIAndAPIWriteOneShape(t *testing.T) {
	dir := t.TempDir()
	input := filepath.Join(dir, "articles.jsonl")
	if err := os.WriteFile(input, []byte(shapeRecords), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "s.db")
	if code, _, errOut := run(t, "ingest", "--db", db, input); code != ExitOK {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	h, err := web.New(web.Config{Store: st, Search: restest.Get(t).Search, CacheBytes: -1})
	if err != nil {
		t.Fatal(err)
	}
	get := func(path string) string {
		t.Helper()
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != http.StatusOK {
			t.Fatalf("GET %s: %d %s", path, rec.Code, rec.Body)
		}
		return rec.Body.String()
	}
	cli := func(args ...string) string {
		t.Helper()
		code, out, errOut := run(t, append(args, "--db", db)...)
		if code != ExitOK {
			t.Fatalf("%s: exit %d: %s", strings.Join(args, " "), code, errOut)
		}
		return out
	}

	var list api.StoryList
	if err := json.Unmarshal([]byte(cli("stories", "--json")), &list); err != nil {
		t.Fatal(err)
	}
	if len(list.Stories) < 2 {
		t.Fatalf("%d stories, want at least 2", len(list.Stories))
	}
	exported := decodeLines[api.Article](t, cli("export", "--format", "jsonl"))
	if len(exported) != 3 {
		t.Fatalf("export: %d articles, want 3", len(exported))
	}
	tests := []struct {
		name     string
		cli, api string
	}{
		{"stories", cli("stories", "--json", "--limit", "1"), get("/api/v1/stories?limit=1")},
		{"stories whole", cli("stories", "--json", "--limit", "20"), get("/api/v1/stories?limit=20")},
	}
	for _, s := range list.Stories {
		id := fmt.Sprint(s.ID)
		tests = append(tests, struct{ name, cli, api string }{"story " + id, cli("story", "--json", id), get("/api/v1/stories/" + id)})
	}
	for _, a := range exported {
		// The article detail is the article and more: compare the article.
		var detail api.ArticleDetail
		if err := json.Unmarshal([]byte(get(fmt.Sprint("/api/v1/articles/", a.ID))), &detail); err != nil {
			t.Fatal(err)
		}
		// The export adds the path the article was read from, which the
		// API never shows, and keeps the evidence's name keys and stems
		// as stored, which the API shows as written: the same number.
		if a.Path == "" || detail.Path != "" {
			t.Errorf("export article %d: path %q, the API's %q; want the export's alone", a.ID, a.Path, detail.Path)
		}
		a.Path = ""
		if e, shown := a.Evidence, detail.Evidence; e != nil && shown != nil {
			if len(e.SharedNames) != len(shown.SharedNames) || len(e.SharedTerms) != len(shown.SharedTerms) {
				t.Errorf("export article %d: shared %q %q, the API shows %q %q", a.ID, e.SharedNames, e.SharedTerms, shown.SharedNames, shown.SharedTerms)
			}
			e.SharedNames, e.SharedTerms = shown.SharedNames, shown.SharedTerms
		}
		line, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		back, err := json.Marshal(detail.Article)
		if err != nil {
			t.Fatal(err)
		}
		tests = append(tests, struct{ name, cli, api string }{fmt.Sprint("export article ", a.ID), string(line), string(back)})
	}
	for _, tt := range tests {
		var fromCLI, fromAPI any
		if err := json.Unmarshal([]byte(tt.cli), &fromCLI); err != nil {
			t.Fatalf("%s: CLI: %v", tt.name, err)
		}
		if err := json.Unmarshal([]byte(tt.api), &fromAPI); err != nil {
			t.Fatalf("%s: API: %v", tt.name, err)
		}
		if !reflect.DeepEqual(fromCLI, fromAPI) {
			t.Errorf("%s: the CLI writes\n%s\nthe API\n%s", tt.name, tt.cli, tt.api)
		}
	}

	// One date rule: an article's day stays a day, a known time stays a
	// time, and a story's first and last are written as its first and
	// last dated articles are.
	published := map[string]string{}
	for _, a := range exported {
		published[a.Title] = a.Published
	}
	if got := published["Earthquake strikes Izmir"]; got != "2020-10-30" {
		t.Errorf("a day-only article is published %q, want 2020-10-30", got)
	}
	if got := published["Izmir earthquake: rescuers search collapsed buildings"]; got != "2020-10-31T09:30:00Z" {
		t.Errorf("a timed article is published %q, want 2020-10-31T09:30:00Z", got)
	}
	izmir := false
	for _, s := range list.Stories {
		var d api.StoryDetail
		if err := json.Unmarshal([]byte(cli("story", "--json", fmt.Sprint(s.ID))), &d); err != nil {
			t.Fatal(err)
		}
		var dated []string
		for _, a := range d.ArticleList {
			if a.Published != "" {
				dated = append(dated, a.Published)
			}
		}
		if len(dated) == 0 {
			if d.First != "" || d.Last != "" {
				t.Errorf("undated story %d from %q to %q", d.ID, d.First, d.Last)
			}
			continue
		}
		if d.First == "2020-10-30" && d.Last == "2020-10-31T09:30:00Z" {
			izmir = true
		}
		if d.First != dated[0] || d.Last != dated[len(dated)-1] {
			t.Errorf("story %d from %q to %q, want %q to %q", d.ID, d.First, d.Last, dated[0], dated[len(dated)-1])
		}
	}
	if !izmir {
		t.Errorf("no story runs from 2020-10-30 (a day) to 2020-10-31T09:30:00Z (a time): %+v", list.Stories)
	}
}
