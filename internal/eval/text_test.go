package eval

import (
	"context"
	"errors"
	"math"
	"testing"
)

func TestEvaluateText(t *testing.T) {
	arts := []TextArticle{
		{ID: "1", Language: "en", Text: "Quake hits Izmir  The quake hit the city. Advertisement The toll rose."},
		{ID: "2", Language: "zh", Text: "地震袭击伊兹密尔。"},
		{ID: "3", Language: "en", Text: "Nothing here"},
	}
	extract := func(a TextArticle) (string, string, error) {
		switch a.ID {
		case "1":
			return "Quake hits Izmir", "The quake hit the city. The toll rose.", nil // 11 of 12 words
		case "2":
			return "", "地震袭击", nil // 4 of 8 characters
		}
		return "", "", errors.New("a.txt: no article text found")
	}
	r, err := EvaluateText(context.Background(), arts, extract)
	if err != nil {
		t.Fatal(err)
	}
	if r.Articles != 3 || r.Rejected != 1 || r.Reasons["no article text found"] != 1 || r.Kept != 1 ||
		math.Abs(r.MeanKept-(11.0/12+4.0/8)/3) > 1e-9 {
		t.Errorf("report %+v", r)
	}
	if len(r.Languages) != 2 || r.Languages[0].Language != "en" || r.Languages[0].Articles != 2 || len(r.Worst) != 2 || r.Worst[0].ID != "3" {
		t.Errorf("languages %+v, worst %+v", r.Languages, r.Worst)
	}
}
