package cue

// Names are the words of one language that name finding reads, folded
// (lowercase).
type Names struct {
	// Titles are the titles, ranks, offices and honorifics that precede a
	// person's name ("president", "präsident", "президент"), inflected
	// forms listed where the finders need them ("президента").
	Titles []string
	// TitleSuffixes end titles written as compounds ("Finanzminister",
	// "Vizepräsidentin").
	TitleSuffixes []string
	// Abbrevs are titles and other abbreviations written with a dot that
	// does not end a sentence ("Mr.", "Gen.", "Mme.", "Jan."); name finding
	// and the quote finder split sentences with them (lang.IsAbbrev).
	Abbrevs []string
}
