package de

import "github.com/storyline/storyline/internal/lang/cue"

// Names are the German words that name finding reads.
var Names = cue.Names{
	Titles: []string{
		"präsident", "präsidentin", "kanzler", "kanzlerin", "bundeskanzler",
		"bundeskanzlerin", "ministerin", "bundesminister", "herr", "frau",
		"könig", "königin", "papst", "bürgermeister", "bürgermeisterin",
		"sprecher", "sprecherin", "chefin", "botschafter", "botschafterin",
		"staatschef", "regierungschef", "regierungschefin",
		"ministerpräsident", "ministerpräsidentin", "generalmajor", "oberst",
		"vorsitzende", "vorsitzender", "ajatollah", "präsidenten",
		"kanzlers", "außenminister", "außenministerin", "chef",
	},
	TitleSuffixes: []string{
		"minister", "ministerin", "präsident", "präsidentin", "präsidenten",
		"kanzler", "kanzlerin", "sprecher", "sprecherin", "chef", "chefin",
		"general",
	},
	Abbrevs: []string{
		"hr", "fr", "dr", "prof",
	},
	Conjunctions: []string{"und"},
	Particles:    []string{"von", "der", "den", "zu"},
}
