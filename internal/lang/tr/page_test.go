package tr

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
)

// TestPage is the golden table of the Turkish page cues: one case per list
// of Page.
func TestPage(t *testing.T) {
	cuetest.Check(t, Page, []cuetest.Case{
		// A list of other articles: "İlgili Haberler"
		{List: "Sections", Word: "ilgili haberler"},
		// A label alone on its line: "Son Dakika"
		{List: "Chrome", Word: "son dakika"},
		// A copyright line: "© Gazete. Tüm hakları saklıdır."
		{List: "Notices", Word: "tüm hakları saklıdır"},
		// A cookie notice: "Sitemizde çerez kullanılmaktadır."
		{List: "ProseNotices", Word: "çerez"},
		// A link to another article: "İlgili Haber: <headline>"
		{List: "Inline", Word: "ilgili haber"},
		// A tag list: "Etiketler: Ankara, Meclis"
		{List: "Tags", Word: "etiketler"},
		// An author line: "Muhabir: Ayşe Yılmaz"
		{List: "Bylines", Word: "muhabir"},
		// A cited source, kept: "Kaynak: AA"
		{List: "Sources", Word: "kaynak"},
		// A credit inside a caption: "Meclis binası (Fotoğraf: AA)"
		{List: "CreditMarks", Word: "fotoğraf:"},
		// The notice after a holder: "© Gazete A.Ş., tüm hakları saklıdır"
		{List: "Rights", Word: "tüm hakları"},
		// A comment thread heading: "Yorum Yap"
		{List: "CommentWords", Word: "yorum"},
		// A share bar: "Paylaş Yazdır Kopyala"
		{List: "ShareWords", Word: "paylaş"},
		// A date line: "Güncelleme: 23.02.2020 14:05"
		{List: "DateLabels", Word: "güncelleme"},
	})
}
