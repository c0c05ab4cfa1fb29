package nl

import "github.com/storyline/storyline/internal/lang/cue"

// Page holds the Dutch words of a scraped page around its article.
var Page = cue.Page{
	Bylines:         []string{"door"},
	Credits:         []string{"foto"},
	NameParticles:   []string{"van", "de", "der", "den", "ter", "ten"},
	CompanySuffixes: []string{"bv", "nv"},
}
