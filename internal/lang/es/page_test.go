package es

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
)

// TestPage is the golden table of the Spanish page cues: one case per list
// of Page.
func TestPage(t *testing.T) {
	cuetest.Check(t, Page, []cuetest.Case{
		// A list of other articles: "Noticias relacionadas"
		{List: "Sections", Word: "noticias relacionadas"},
		// An advertisement label: "Publicidad"
		{List: "Chrome", Word: "publicidad"},
		// A copyright line: "© El Diario. Todos los derechos reservados."
		{List: "Notices", Word: "todos los derechos reservados"},
		// A cookie notice: "Utilizamos cookies para ..."
		{List: "ProseNotices", Word: "utilizamos cookies"},
		// A link to another article: "Lee también: <headline>"
		{List: "Inline", Word: "lee también"},
		// A tag list: "Etiquetas: Madrid, Congreso"
		{List: "Tags", Word: "etiquetas"},
		// An author line: "Por Ana García"
		{List: "Bylines", Word: "por"},
		// A cited source, kept: "Fuente: EFE"
		{List: "Sources", Word: "fuente"},
		// A photo credit: "Créditos: Ana García"
		{List: "Credits", Word: "créditos"},
		// The notice after a holder: "© El Diario S.L., todos los derechos reservados"
		{List: "Rights", Word: "todos los derechos"},
		// A comment thread heading: "3 comentarios"
		{List: "CommentWords", Word: "comentario"},
		// A share bar: "Compartir Imprimir Copiar enlace"
		{List: "ShareWords", Word: "compartir"},
		// A date line: "Actualizado hace 2 horas"
		{List: "DateLabels", Word: "hace"},
		// An outlet named without its article: "El País" as "País"
		{List: "OutletArticles", Word: "el"},
		// A company name with its own stop: "El Diario S.L."
		{List: "CompanySuffixes", Word: "s.l"},
	})
}
