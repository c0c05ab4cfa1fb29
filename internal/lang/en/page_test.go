package en

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
)

// TestPage is the golden table of the English page cues: one case per list
// of Page.
func TestPage(t *testing.T) {
	cuetest.Check(t, Page, []cuetest.Case{
		// A list of other articles: "Related posts"
		{List: "Sections", Word: "related posts"},
		// A label alone on its line: "Advertisement"
		{List: "Chrome", Word: "advertisement"},
		// A comment form, even inside prose: "Your email address will not be published."
		{List: "Notices", Word: "will not be published"},
		// A cookie notice, unless in long prose: "We use cookies to ..."
		{List: "ProseNotices", Word: "we use cookies"},
		// Only in a line without a sentence end: "Manage cookies"
		{List: "LabelNotices", Word: "cookies"},
		// A link to another article: "Read also: <headline>"
		{List: "Inline", Word: "read also"},
		// A tag list: "Filed under: Politics, Europe"
		{List: "Tags", Word: "filed under"},
		// A tag list only with a colon: "Topics: Climate"
		{List: "ColonTags", Word: "topics"},
		// An author line: "Written by Jane Doe"
		{List: "Bylines", Word: "written by"},
		// A cited source, kept: "Source: Reuters"
		{List: "Sources", Word: "source"},
		// A photo credit: "Photo: Jane Doe"
		{List: "Credits", Word: "photo"},
		// A credit inside a caption: "Flooded streets (Photo: Jane Doe)"
		{List: "CreditMarks", Word: "(photo:"},
		// The notice after a holder: "© 2020 Herald Media. All rights reserved"
		{List: "Rights", Word: "all rights"},
		// A comment thread heading: "12 Comments"
		{List: "CommentWords", Word: "comment"},
		// A share bar: "Share Email Print"
		{List: "ShareWords", Word: "share"},
		// A date line: "Updated 23 February 2020"
		{List: "DateLabels", Word: "updated"},
		// An outlet named without its article: "The Herald" as "Herald"
		{List: "OutletArticles", Word: "the"},
		// A company name with its own stop: "Jpost Inc."
		{List: "CompanySuffixes", Word: "inc"},
		// A title-case headline, not a menu: "Minister Of Health Resigns"
		{List: "TitleCaseWords", Word: "of"},
	})
}
