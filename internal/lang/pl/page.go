package pl

import "github.com/storyline/storyline/internal/lang/cue"

// Page holds the Polish words of a scraped page around its article.
var Page = cue.Page{
	Sections: []string{
		"czytaj także", "czytaj też", "czytaj więcej", "zobacz także", "zobacz też", "polecamy", "najczęściej czytane",
		"najpopularniejsze", "powiązane artykuły", "podobne artykuły", "komentarze", "dodaj komentarz", "tagi",
		"subskrybuj", "zapisz się", "obserwuj nas", "polityka prywatności", "regulamin", "o nas",
		"wszelkie prawa zastrzeżone", "najnowsze", "o autorze",
	},
	Chrome:       []string{"reklama", "udostępnij", "drukuj", "przejdź do treści", "pilne", "strona główna"},
	Notices:      []string{"wszelkie prawa zastrzeżone", "nie zostanie opublikowany", "wymagane pola są oznaczone"},
	ProseNotices: []string{"używamy plików cookie", "zapisz się do newslettera"},
	Inline:       []string{"czytaj także", "czytaj też", "zobacz też", "zobacz także"},
	Tags:         []string{"tagi"},
	Bylines:      []string{"autor", "autorka"},
	Sources:      []string{"źródło"},
	Credits:      []string{"foto"},
	Rights:       []string{"wszelkie prawa"},
	CommentWords: []string{"komentarz"},
	ShareWords:   []string{"udostępnij", "drukuj"},
	DateLabels:   []string{"opublikowano", "aktualizacja", "zaktualizowano", "dnia", "data", "publikacji"},
}
