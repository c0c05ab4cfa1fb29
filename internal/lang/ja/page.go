package ja

import "github.com/storyline/storyline/internal/lang/cue"

// Page holds the Japanese words of a scraped page around its article.
var Page = cue.Page{
	Sources: []string{"出典"},
}
