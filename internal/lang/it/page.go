package it

import "github.com/storyline/storyline/internal/lang/cue"

// Page holds the Italian words of a scraped page around its article.
var Page = cue.Page{
	Sections: []string{
		"leggi anche", "leggi di più", "potrebbe interessarti", "ti potrebbe interessare", "articoli correlati",
		"notizie correlate", "correlati", "i più letti", "più letti", "commenti", "lascia un commento", "argomenti",
		"iscriviti", "abbonati", "seguici", "note legali", "chi siamo", "contatti", "tutti i diritti riservati",
		"ultime notizie", "l'autore", "sull'autore",
	},
	Chrome:          []string{"minuti di lettura", "pubblicità", "condividi", "stampa", "vai al contenuto", "ultim'ora"},
	Notices:         []string{"tutti i diritti riservati", "non sarà pubblicato", "campi obbligatori sono contrassegnati"},
	ProseNotices:    []string{"nella tua casella", "utilizziamo i cookie", "utilizza cookie", "iscriviti alla newsletter"},
	Inline:          []string{"leggi anche"},
	ColonTags:       []string{"tag"},
	Bylines:         []string{"di"},
	Sources:         []string{"fonte"},
	Credits:         []string{"foto", "(foto"},
	Rights:          []string{"tutti i diritti"},
	CommentWords:    []string{"commento"},
	ShareWords:      []string{"condividi", "stampa", "copia"},
	DateLabels:      []string{"pubblicato", "aggiornato", "il", "alle", "ore", "del"},
	OutletArticles:  []string{"il", "la"},
	CompanySuffixes: []string{"srl"},
}
