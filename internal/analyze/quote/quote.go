// Package quote finds, in an article's text, the quotations with their
// speakers and the sources the article cites: who reports, citing whom.
//
// Quotations are found from their marks, in every common style (“ ” „ “
// ‚ ‘ « » ‹ › 「 」 『 』 and ASCII " and '), paired by what touches each mark
// (see marks.go), across paragraphs when the text follows the convention
// for long quotations. A quotation of fewer than three words, or a short
// one made of capitalised words, is a quoted name, not someone's words.
//
// A speaker is the subject of the speech cue nearest the quotation: a cue
// right after it ("“...,” Ayyoub disclosed"), else the last cue before it
// in its sentence ("Mikdad said that “...”"). The cues and every other
// word list come from the language layer (cue.Quotes, filled in by each
// internal/lang/<code> package and assembled in languages.go); where the
// subject stands depends on the cue (cues.go). A pronoun resolves to the
// person last named, "the latter" and "the former" to one of the last two,
// and any phrase to the caller's entity mention that covers it.
//
// Sources come from citing cues ("according to", "по данным", "به گزارش"),
// reporting verbs ("wrote", "أفادت"), outlet descriptors ("the Israeli
// newspaper Haaretz") and credit lines ("Source: Sozcu"); see source.go.
//
// Find never fails: any input, even invalid UTF-8, gives valid offsets.
package quote

import "github.com/storyline/storyline/internal/lang/token"

// Mention is an entity mention the caller found (from the entity stage),
// given so speakers and sources resolve to entities.
type Mention struct {
	Start, End int    // byte offsets into text
	Name       string // canonical name
	Key        string
	Type       string // "person", "organization", "place"
}

// Quote is one quotation and who said it.
type Quote struct {
	// Text is the quoted words, without the quotation marks.
	Text string
	// Speaker is the canonical name of the speaker entity when resolved,
	// else the speaker phrase as written ("the Russian Foreign Ministry",
	// "a Syrian source"), else "".
	Speaker string
	// SpeakerKey is the entity key when resolved to a mention, else "".
	SpeakerKey string
	// ReportedBy is, for speech reported within reported speech (“Flark
	// noted that the latter ... telling him that “...”"), the reporter's
	// name, else "".
	ReportedBy string
	// Cue is the verb or phrase that marks the quotation, as written but
	// lowercased and without a glued Arabic conjunction ("said", "told",
	// "according to", "قال" for "وقال", "заявил", "dedi"); "" when none
	// does (a quotation that goes on from the one before it).
	Cue string
	// Start and End are the byte offsets of the quoted words in text:
	// Text == text[Start:End].
	Start, End int
}

// Source is a source the article cites.
type Source struct {
	// Name is the cited source as written, cleaned ("Haaretz", "the
	// Jerusalem Center for Public Affairs", "Reuters").
	Name string
	// Key is the language-neutral key: the key of the entity mention that
	// covers the name, else namekey.Key of the name without leading
	// articles, outlet words ("Agency", "newspaper") and hyphenated Arabic
	// articles (as-, al-, el-).
	Key string
	// Cue is how it was cited, lowercased: "according to", "wrote",
	// "source", "speaking to", "citing", "reported", "أفادت", ...
	Cue string
}

// Find returns the quotations of text in language lang (ISO 639-1; any
// other value means no language-specific rules), tokenised once by the
// caller (token.NewSegment), with their speakers, and
// the sources it cites, one per key, in order of first citation. mentions
// are the entity mentions found in text, in any order; invalid ones are
// ignored. A quotation spanning several paragraphs gives one Quote per
// paragraph, all with the same speaker.
func Find(lang string, seg token.Segment, mentions []Mention) ([]Quote, []Source) {
	text := seg.Src
	if text == "" {
		return nil, nil
	}
	d := newDoc(lang, seg, mentions)
	groups := d.pairMarks(scanMarks(text))
	accepted := d.acceptGroups(groups)
	d.shortByStart, d.shortByEnd = map[int]span{}, map[int]span{}
	for _, g := range groups {
		if !g.accepted && len(g.pieces) == 1 && g.words <= 4 {
			if s, e := trimSpan(text, g.pieces[0].s, g.pieces[0].e); s < e {
				d.shortByStart[s] = span{s, e}
				d.shortByEnd[e] = span{s, e}
			}
		}
	}
	d.findSources()
	var quotes []Quote
	for _, g := range accepted {
		var q Quote
		d.attribute(g, &q)
		for _, p := range g.pieces {
			s, e := trimQuote(text, p.s, p.e)
			if s >= e {
				continue
			}
			q.Text, q.Start, q.End = text[s:e], s, e
			quotes = append(quotes, q)
		}
	}
	return quotes, d.sources()
}

// trimQuote trims the spaces around quoted words and a comma or semicolon
// after them (“...,” he said).
func trimQuote(text string, s, e int) (int, int) {
	s, e = trimSpan(text, s, e)
	for s < e {
		switch {
		case text[e-1] == ',' || text[e-1] == ';':
			e--
		case e-s >= 2 && text[e-2:e] == "،":
			e -= 2
		default:
			s, e = trimSpan(text, s, e)
			return s, e
		}
	}
	return s, e
}
