package tr

import "github.com/storyline/storyline/internal/lang/cue"

// Names are the Turkish words that name finding reads.
var Names = cue.Names{
	Titles: []string{
		"cumhurbaşkanı", "başbakan", "bakan", "bakanı", "orgeneral",
		"korgeneral", "tümgeneral", "tuğgeneral", "general", "sayın", "bay",
		"bayan", "şeyh", "kral", "kraliçe", "başkan", "başkanı", "lider",
		"lideri", "sözcü", "sözcüsü", "büyükelçi", "büyükelçisi", "vali",
		"komutan", "komutanı", "komutanları", "ayetullah", "bey", "hanım",
	},
	Conjunctions: []string{"ve"},
}
