package en

import "github.com/storyline/storyline/internal/lang/cue"

// Names are the English words that name finding reads.
var Names = cue.Names{
	Titles: []string{
		"president", "vice", "prime", "minister", "secretary", "general",
		"gen", "lieutenant", "lt", "colonel", "col", "major", "maj",
		"brigadier", "commander", "chief", "captain", "capt", "admiral",
		"adm", "sergeant", "sgt", "marshal", "mr", "mrs", "ms", "miss", "dr",
		"prof", "professor", "sir", "dame", "lord", "lady", "king", "queen",
		"prince", "princess", "emir", "sheikh", "shaikh", "sultan",
		"ayatollah", "imam", "pope", "cardinal", "archbishop", "bishop",
		"rabbi", "cleric", "chancellor", "governor", "gov", "senator", "sen",
		"rep", "representative", "congressman", "congresswoman", "mayor",
		"judge", "ambassador", "envoy", "spokesman", "spokeswoman",
		"spokesperson", "leader", "chairman", "chairwoman", "ceo", "premier",
		"deputy", "hojatoleslam", "mullah", "crown", "director", "founder",
		"justice",
	},
	Abbrevs: []string{
		"mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj",
		"adm", "gov", "sen", "rep", "prof", "st", "jr", "sr", "no", "vs",
		"etc",
		// Month abbreviations before a day ("Jan. 5"); Dates.Months has
		// them too, read there as months only before a number.
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
		"nov", "dec",
	},
	Conjunctions: []string{"and"},
}
