package nl

import "github.com/storyline/storyline/internal/lang/cue"

// Page holds the Dutch words of a scraped page around its article.
var Page = cue.Page{
	Bylines:         []string{"door"},
	Credits:         []string{"foto"},
	CompanySuffixes: []string{"bv", "nv"},
}
