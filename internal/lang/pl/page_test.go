package pl

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
)

// TestPage is the golden table of the Polish page cues: one case per list
// of Page.
func TestPage(t *testing.T) {
	cuetest.Check(t, Page, []cuetest.Case{
		// A list of other articles: "Czytaj także"
		{List: "Sections", Word: "czytaj także"},
		// An advertisement label: "Reklama"
		{List: "Chrome", Word: "reklama"},
		// A copyright line: "© Gazeta. Wszelkie prawa zastrzeżone."
		{List: "Notices", Word: "wszelkie prawa zastrzeżone"},
		// A cookie notice: "Używamy plików cookie, aby ..."
		{List: "ProseNotices", Word: "używamy plików cookie"},
		// A link to another article: "Zobacz też: <headline>"
		{List: "Inline", Word: "zobacz też"},
		// A tag list: "Tagi: Sejm, Warszawa"
		{List: "Tags", Word: "tagi"},
		// An author line: "Autorka: Anna Nowak"
		{List: "Bylines", Word: "autorka"},
		// A cited source, kept: "Źródło: PAP"
		{List: "Sources", Word: "źródło"},
		// A photo credit: "Foto: Anna Nowak"
		{List: "Credits", Word: "foto"},
		// The notice after a holder: "© Gazeta sp. z o.o., wszelkie prawa zastrzeżone"
		{List: "Rights", Word: "wszelkie prawa"},
		// A comment thread heading: "Dodaj komentarz"
		{List: "CommentWords", Word: "komentarz"},
		// A share bar: "Udostępnij Drukuj"
		{List: "ShareWords", Word: "udostępnij"},
		// A date line: "Opublikowano 23.02.2020"
		{List: "DateLabels", Word: "opublikowano"},
	})
}
