package cue

// Names are the words of one language about persons' names, lowercase:
// the titles before them and the particles and conjunctions inside and
// between them. Name finding reads them (lang.IsTitle, lang.IsAbbrev), and
// so do the byline reader of the plain-text extractor (Particles,
// Conjunctions) and the quote finder (Abbrevs, Particles, Conjunctions).
//
// The quote finder's cue.Quotes.SpeakerNouns are not titles, though some
// words are both: a speaker noun heads the description of a speaker that
// stands for the name ("the spokesman said"), a title precedes the name
// ("Spokesman Ned Price"); "source" and "analyst" are never titles, "Mr"
// and "colonel" seldom stand alone as a speaker.
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
	// Conjunctions are the words for "and" that join two names ("Jane Doe
	// and John Roe"); the quote finder reads them, with
	// cue.Quotes.Conjunctions, as joining two clauses too.
	Conjunctions []string
	// Particles are the lower-case words inside a person's name ("von der"
	// in "Ursula von der Leyen", "bin", "al", "de"); the quote finder reads
	// them, with cue.Quotes.Connectors, inside any capitalised name.
	Particles []string
}
