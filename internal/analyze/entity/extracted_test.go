package entity

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

func TestExtractedDump(t *testing.T) {
	p := os.Getenv("ENTITY_JSONL")
	if p == "" {
		t.Skip()
	}
	fh, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(fh)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var a struct{ Path, Title, Text, Language string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		ents, _ := Find(a.Language, a.Title, a.Text)
		t.Logf("=== %s %s %q", a.Path[len(a.Path)-24:], a.Language, a.Title)
		for _, e := range ents {
			t.Logf("%-13s %-26s %-24s %2d %q", e.Type, e.Key, e.Name, e.Count, e.Mentions)
		}
	}
}
