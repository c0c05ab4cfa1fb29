package uk

import "github.com/storyline/storyline/internal/lang/cue"

// Page holds the Ukrainian words of a scraped page around its article.
var Page = cue.Page{
	Sources: []string{"джерело"},
}
