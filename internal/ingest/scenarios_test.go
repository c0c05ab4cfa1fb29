package ingest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestScenarios ingests the articles of each folder under
// testdata/scenarios (its articles folder),
// written for the test about confusable pairs of events (two earthquakes
// a week apart, one leader's two visits to one capital, two verdicts of
// one trial), and checks that it groups as its expected.json says; each
// expected.json says why.
func TestScenarios(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "scenarios", "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no scenarios: %v", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(dir, "expected.json"))
			if err != nil {
				t.Fatal(err)
			}
			var want expectedGrouping
			if err := json.Unmarshal(raw, &want); err != nil {
				t.Fatalf("expected.json: %v", err)
			}
			got, _ := ingestDir(t, filepath.Join(dir, "articles"))
			storyOf := map[string]string{}
			for _, s := range want.Stories {
				for _, a := range s.Articles {
					storyOf[a] = s.Name
					if _, ok := got[a]; !ok {
						t.Errorf("%s: not stored", a)
					}
				}
			}
			for a := range got {
				for b := range got {
					if a >= b || storyOf[a] == "" || storyOf[b] == "" {
						continue
					}
					switch same, together := storyOf[a] == storyOf[b], got[a] == got[b]; {
					case same && !together:
						t.Errorf("%s and %s are both %q but in stories %d and %d", a, b, storyOf[a], got[a], got[b])
					case !same && together:
						t.Errorf("%s (%q) and %s (%q) share story %d", a, storyOf[a], b, storyOf[b], got[a])
					}
				}
			}
		})
	}
}
