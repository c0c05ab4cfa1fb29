package pt

import "github.com/storyline/storyline/internal/lang/cue"

// Page holds the Portuguese words of a scraped page around its article.
var Page = cue.Page{
	Bylines: []string{"por", "autor"},
	Sources: []string{"fonte"},
	Credits: []string{"foto", "fotos", "créditos"},
}
