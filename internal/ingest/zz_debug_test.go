package ingest

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/source"
	"github.com/storyline/storyline/internal/story"
)

func TestDebugAssign(t *testing.T) {
	det := lang.NewDetector()
	c := story.NewClusterer(story.Options{}, 0, nil)
	for _, f := range source.Files([]string{filepath.Join("..", "..", "examples", "articles")}, func(error) {}) {
		docs, _ := source.ReadFile(f)
		for _, d := range docs {
			_, sd, err := Analyze(d, det)
			if err != nil {
				continue
			}
			a, _ := c.Assign(sd)
			s := a.Score
			fmt.Printf("%-40s -> %2d new=%v %.3f n=%.2f t=%.2f m=%.2f tm=%.2f %v %v\n", filepath.Base(d.Path), a.Story.ID, a.New, s.Value, s.Names, s.Terms, s.Numbers, s.Time, s.SharedNames, s.SharedNumbers)
		}
	}
}
