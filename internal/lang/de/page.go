package de

import "github.com/storyline/storyline/internal/lang/cue"

// Page holds the German words of a scraped page around its article.
var Page = cue.Page{
	Sections: []string{
		"das könnte sie auch interessieren", "könnte sie auch interessieren", "auch interessant", "mehr zum thema",
		"weitere artikel", "weitere nachrichten", "ähnliche artikel", "verwandte artikel", "meistgelesen", "meistgelesene artikel",
		"am meisten gelesen", "empfehlungen", "kommentare", "kommentar schreiben", "diskutieren sie mit", "schlagwörter",
		"abonnieren", "jetzt abonnieren", "folgen sie uns", "impressum", "datenschutz", "datenschutzerklärung",
		"nutzungsbedingungen", "kontakt", "über uns", "mediadaten", "lesen sie auch", "lesen sie mehr", "zur startseite",
		"alle rechte vorbehalten", "neueste artikel", "über den autor", "über die autorin", "zur person",
	},
	Chrome: []string{
		"lesezeit", "min lesezeit", "minuten lesezeit", "anzeige", "werbung", "teilen", "artikel teilen", "drucken", "merken",
		"zum inhalt springen", "eilmeldung", "startseite",
	},
	Notices:         []string{"alle rechte vorbehalten", "wird nicht veröffentlicht", "pflichtfelder sind mit"},
	ProseNotices:    []string{"in ihr postfach", "wir verwenden cookies", "verwendet cookies", "newsletter abonnieren"},
	Inline:          []string{"lesen sie auch", "mehr zum thema", "auch interessant"},
	Tags:            []string{"schlagwörter"},
	ColonTags:       []string{"themen"},
	Bylines:         []string{"von", "autor", "text"},
	Sources:         []string{"quelle", "quellen"},
	Credits:         []string{"foto", "fotos", "bild", "(foto"},
	CreditMarks:     []string{"bildquelle"},
	Rights:          []string{"alle rechte"},
	CommentWords:    []string{"kommentar"},
	ShareWords:      []string{"teilen", "drucken", "merken", "kopieren"},
	DateLabels:      []string{"veröffentlicht", "aktualisiert", "zuletzt", "stand", "am", "um", "uhr", "erstellt"},
	OutletArticles:  []string{"die", "der"},
	CompanySuffixes: []string{"gmbh", "ag"},
}
