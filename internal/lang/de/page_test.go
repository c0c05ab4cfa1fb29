package de

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
)

// TestPage is the golden table of the German page cues: one case per list
// of Page.
func TestPage(t *testing.T) {
	cuetest.Check(t, Page, []cuetest.Case{
		// A list of other articles: "Lesen Sie auch"
		{List: "Sections", Word: "lesen sie auch"},
		// An advertisement label: "Anzeige"
		{List: "Chrome", Word: "anzeige"},
		// A copyright line: "© 2020 Rundschau. Alle Rechte vorbehalten."
		{List: "Notices", Word: "alle rechte vorbehalten"},
		// A cookie notice: "Wir verwenden Cookies, um ..."
		{List: "ProseNotices", Word: "wir verwenden cookies"},
		// A link to another article: "Mehr zum Thema: <headline>"
		{List: "Inline", Word: "mehr zum thema"},
		// A tag list: "Schlagwörter: Berlin, Bundestag"
		{List: "Tags", Word: "schlagwörter"},
		// A tag list only with a colon: "Themen: Klima" ("Themen" is also a common word)
		{List: "ColonTags", Word: "themen"},
		// An author line: "Von Hans Müller"
		{List: "Bylines", Word: "von"},
		// A cited source, kept: "Quelle: dpa"
		{List: "Sources", Word: "quelle"},
		// A photo credit: "Bild: Hans Müller"
		{List: "Credits", Word: "bild"},
		// A credit inside a caption: "Das Rathaus (Bildquelle: dpa)"
		{List: "CreditMarks", Word: "bildquelle"},
		// The notice after a holder: "© Rundschau Medien GmbH, alle Rechte vorbehalten"
		{List: "Rights", Word: "alle rechte"},
		// A comment thread heading: "3 Kommentare"
		{List: "CommentWords", Word: "kommentar"},
		// A share bar: "Teilen Drucken Merken"
		{List: "ShareWords", Word: "teilen"},
		// A date line: "Aktualisiert am 23.02.2020 um 14:05 Uhr"
		{List: "DateLabels", Word: "aktualisiert"},
		// An outlet named without its article: "Die Zeit" as "Zeit"
		{List: "OutletArticles", Word: "die"},
		// A company name: "Rundschau Medien GmbH"
		{List: "CompanySuffixes", Word: "gmbh"},
	})
}
