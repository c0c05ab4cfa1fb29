package fr

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
)

// TestPage is the golden table of the French page cues: one case per list
// of Page.
func TestPage(t *testing.T) {
	cuetest.Check(t, Page, []cuetest.Case{
		// A list of other articles: "Lire aussi"
		{List: "Sections", Word: "lire aussi"},
		// An advertisement label: "Publicité"
		{List: "Chrome", Word: "publicité"},
		// A copyright line: "© Le Journal. Tous droits réservés."
		{List: "Notices", Word: "tous droits réservés"},
		// A cookie notice: "Nous utilisons des cookies pour ..."
		{List: "ProseNotices", Word: "nous utilisons des cookies"},
		// A link to another article: "À lire aussi : <headline>"
		{List: "Inline", Word: "à lire aussi"},
		// A tag list: "Mots-clés : Paris, Sénat"
		{List: "Tags", Word: "mots-clés"},
		// An author line: "Par Marie Dupont"
		{List: "Bylines", Word: "par"},
		// A cited source, kept: "Source : AFP"
		{List: "Sources", Word: "source"},
		// A photo credit: "Crédit photo : Marie Dupont"
		{List: "Credits", Word: "crédit photo"},
		// The notice after a holder: "© Le Journal SA, tous droits réservés"
		{List: "Rights", Word: "tous droits"},
		// A comment thread heading: "Réagir"
		{List: "CommentWords", Word: "réagir"},
		// A share bar: "Partager Imprimer Envoyer"
		{List: "ShareWords", Word: "partager"},
		// A date line: "Mis à jour le 23 février 2020"
		{List: "DateLabels", Word: "mis"},
		// An outlet named without its article: "Le Monde" as "Monde"
		{List: "OutletArticles", Word: "le"},
		// A company name: "Le Journal SA"
		{List: "CompanySuffixes", Word: "sa"},
	})
}
