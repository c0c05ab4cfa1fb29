package it

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
)

// TestPage is the golden table of the Italian page cues: one case per list
// of Page.
func TestPage(t *testing.T) {
	cuetest.Check(t, Page, []cuetest.Case{
		// A list of other articles: "Articoli correlati"
		{List: "Sections", Word: "articoli correlati"},
		// An advertisement label: "Pubblicità"
		{List: "Chrome", Word: "pubblicità"},
		// A copyright line: "© Il Giornale. Tutti i diritti riservati."
		{List: "Notices", Word: "tutti i diritti riservati"},
		// A cookie notice: "Utilizziamo i cookie per ..."
		{List: "ProseNotices", Word: "utilizziamo i cookie"},
		// A link to another article: "Leggi anche: <headline>"
		{List: "Inline", Word: "leggi anche"},
		// A tag list only with a colon: "Tag: Roma, Senato"
		{List: "ColonTags", Word: "tag"},
		// An author line: "Di Marco Rossi"
		{List: "Bylines", Word: "di"},
		// A cited source, kept: "Fonte: ANSA"
		{List: "Sources", Word: "fonte"},
		// A photo credit: "Foto: Marco Rossi"
		{List: "Credits", Word: "foto"},
		// The notice after a holder: "© Il Giornale Srl, tutti i diritti riservati"
		{List: "Rights", Word: "tutti i diritti"},
		// A comment thread heading: "Lascia un commento"
		{List: "CommentWords", Word: "commento"},
		// A share bar: "Condividi Stampa Copia"
		{List: "ShareWords", Word: "condividi"},
		// A date line: "Aggiornato il 23 febbraio 2020 alle ore 14:05"
		{List: "DateLabels", Word: "aggiornato"},
		// An outlet named without its article: "Il Foglio" as "Foglio"
		{List: "OutletArticles", Word: "il"},
		// A company name: "Il Giornale Srl"
		{List: "CompanySuffixes", Word: "srl"},
	})
}
