package sv

import "github.com/storyline/storyline/internal/lang/cue"

// Page holds the Swedish words of a scraped page around its article.
var Page = cue.Page{
	Bylines: []string{"av"},
}
