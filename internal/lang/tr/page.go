package tr

import "github.com/storyline/storyline/internal/lang/cue"

// Page holds the Turkish words of a scraped page around its article.
var Page = cue.Page{
	Sections: []string{
		"ilgili haberler", "ilginizi çekebilir", "bunlar da ilginizi çekebilir", "ilgili içerikler", "benzer haberler",
		"en çok okunanlar", "en çok okunan", "çok okunanlar", "devamını oku", "yorumlar", "yorum yap", "yorum yaz",
		"etiketler", "abone ol", "bülten", "bizi takip edin", "gizlilik politikası", "kullanım koşulları", "künye",
		"iletişim", "hakkımızda", "tüm hakları saklıdır", "diğer haberler", "önceki haber", "sonraki haber",
		"yazar hakkında",
	},
	Chrome:       []string{"dakika okuma", "reklam", "paylaş", "yazdır", "son dakika", "ana sayfa", "anasayfa", "içeriğe geç"},
	Notices:      []string{"tüm hakları saklıdır", "yayınlanmayacaktır", "gerekli alanlar"},
	ProseNotices: []string{"çerez", "bültenimize abone"},
	Inline:       []string{"ayrıca bakınız", "ilgili haber", "devamını oku"},
	Tags:         []string{"etiketler"},
	Bylines:      []string{"yazar", "yazan", "muhabir"},
	Sources:      []string{"kaynak"},
	CreditMarks:  []string{"fotoğraf:"},
	Rights:       []string{"tüm hakları"},
	CommentWords: []string{"yorum"},
	ShareWords:   []string{"paylaş", "yazdır", "kopyala"},
	DateLabels:   []string{"yayınlanma", "güncellenme", "güncelleme", "tarihi", "yayın", "giriş", "saat"},
}
