package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/cue"
	"github.com/storyline/storyline/internal/lang/fold"
)

// The cue words of page chrome, bylines, credits and date lines come from
// the language packages (see cue.Page); every language's words are looked
// for on every page, since a page's chrome is often in another language
// than its article. All are folded with fold when the tables are built.

// pages are the page cues of the languages storyline reads, in the order of
// lang.Known. The order matters only for outlet articles, which are
// trimmed in turn.
var pages = func() []cue.Page {
	var out []cue.Page
	for _, l := range lang.Known() {
		out = append(out, l.Page)
	}
	return out
}()

// gatherNames is gather for the words about names (cue.Names) that bylines
// read: particles and conjunctions.
func gatherNames(list func(cue.Names) []string, more ...string) []string {
	var out []string
	for _, l := range lang.Known() {
		out = append(out, list(l.Names)...)
	}
	return unique(append(out, more...))
}

// gather joins one list of every language's page cues, in the order of
// pages, and then the words of more, without repeats.
func gather(list func(cue.Page) []string, more ...string) []string {
	var words []string
	for _, p := range pages {
		words = append(words, list(p)...)
	}
	return unique(append(words, more...))
}

// unique returns the words of list without repeats, in order.
func unique(list []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range list {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// wordSet is the set of words of list, as written.
func wordSet(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, w := range list {
		m[w] = true
	}
	return m
}

// Cues that belong to no one language stay here: the names of social
// networks, photo agencies and plugins, written the same on every page, and
// the weekdays and zones of date lines, which are date vocabulary.

// socialNetworks are names of social networks that stand alone on a line
// as a share button.
var socialNetworks = []string{"facebook", "twitter", "whatsapp", "telegram", "linkedin", "pinterest", "reddit"}

// shareNetworks are the names of social networks and messengers in share
// bars, the same in every language (a language's own spelling is among its
// cue.Page.ShareWords).
var shareNetworks = []string{
	"facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "reddit", "pinterest", "messenger", "sms", "bluesky",
	"threads", "flipboard", "vk", "qq",
}

// agencyMarks are the credit forms of photo agencies and stock libraries;
// inside a short line they betray a photo credit.
var agencyMarks = []string{
	"getty images", "/getty", "via getty", "/afp", "afp/", "afp via", "reuters/", "/reuters", "ap photo", "/ap)",
	"epa/", "/epa", "shutterstock",
}

// pluginNotices are the names of comment plugins whose notices are
// boilerplate in any language ("This site uses Akismet to reduce spam").
var pluginNotices = []string{"akismet"}

// The cue lists of all languages, as the classifier reads them.
var (
	// sectionCues head a part of the page that is not the article: lists
	// of other articles, comments, tags, newsletters, footers. A line made
	// of one of them (plus at most three words) opens a boilerplate section.
	sectionCues = gather(func(p cue.Page) []string { return p.Sections })
	// chromeCues are lines of page furniture that stand alone: buttons,
	// labels, skip links. They are dropped but open no section.
	chromeCues = gather(func(p cue.Page) []string { return p.Chrome }, socialNetworks...)
	// inlineCues introduce a link to another article: "Read also:
	// <headline>" on one line is dropped from the body; alone on its line
	// the cue heads a boilerplate section.
	inlineCues = gather(func(p cue.Page) []string { return p.Inline })
	// tagCues open a list of tags or topics, whatever follows them on the
	// line; the strict ones need a colon after them.
	tagCues = gather(func(p cue.Page) []string { return p.Tags }, gather(func(p cue.Page) []string { return p.ColonTags })...)
	// bylineCues start an author line ("By Jane Doe", "Von Hans Müller").
	bylineCues = gather(func(p cue.Page) []string { return p.Bylines })
	// sourceCues introduce the attribution of a cited source, kept in the body.
	sourceCues = gather(func(p cue.Page) []string { return p.Sources })
	// creditPrefixes start a photo credit or caption line.
	creditPrefixes = gather(func(p cue.Page) []string { return p.Credits })
	// creditMarks inside a short line betray a photo credit.
	creditMarks = gather(func(p cue.Page) []string { return p.CreditMarks }, agencyMarks...)
	// phraseCues mark a line as boilerplate wherever they occur in it:
	// comment forms, cookie notices, copyright lines, newsletter prompts;
	// how far each reaches is its phraseReach.
	phraseCues = slices.Concat(
		reaching(anywhere, gather(func(p cue.Page) []string { return p.Notices }, pluginNotices...)),
		reaching(notProse, gather(func(p cue.Page) []string { return p.ProseNotices })),
		reaching(notSentence, gather(func(p cue.Page) []string { return p.LabelNotices })),
	)
)

// strictTagCues are tag cues that are also common words ("Tag" is "day" in
// German): they need a colon after them.
var strictTagCues = foldSet(gather(func(p cue.Page) []string { return p.ColonTags }))

// phraseReach says in which lines a phrase cue counts.
type phraseReach uint8

const (
	anywhere    phraseReach = iota // any line: "all rights reserved"
	notProse                       // not in long prose, where an article could use it: "privacy policy"
	notSentence                    // only in lines without a sentence ending: "cookies"
)

// phraseCue is a phrase cue and how far it reaches.
type phraseCue struct {
	text string
	when phraseReach
}

// reaching gives each phrase of list the reach when.
func reaching(when phraseReach, list []string) []phraseCue {
	out := make([]phraseCue, len(list))
	for i, s := range list {
		out[i] = phraseCue{s, when}
	}
	return out
}

// Folded forms of the tables, built once.
var (
	chromeSet     = foldSet(chromeCues)
	headingFolded = newCueList(slices.Concat(sectionCues, chromeCues))
	// chromeLeadFolded are the chrome labels cut off the start of a
	// sentence of a long line (see splitChromeLead).
	chromeLeadFolded = newCueList(chromeCues)
	inlineFolded     = newCueList(inlineCues)
	tagFolded        = newCueList(tagCues)
	bylineFolded     = newCueList(bylineCues)
	sourceFolded     = newCueList(sourceCues)
	creditFolded     = newCueList(creditPrefixes)
	creditFoldedM    = foldList(creditMarks)
	phrases          = newPhraseIndex()
)

// Word sets of the line classifier and of the headline, byline and outlet
// readers, built once.
var (
	// titleCaseFunctionWords are the short words that title-case headlines
	// capitalise and menus rarely hold.
	titleCaseFunctionWords = wordSet(gather(func(p cue.Page) []string { return p.TitleCaseWords }))
	// dateLabelWords may stand beside a date on a date line: labels
	// ("Published", "Mis à jour le", "تاریخ انتشار"), weekdays, zones.
	dateLabelWords = foldSet(gather(func(p cue.Page) []string { return p.DateLabels }))
	// uiWords name share buttons, social networks and page controls.
	uiWords = foldSet(gather(func(p cue.Page) []string { return p.ShareWords }, shareNetworks...))
	// nameConjunctions join names in a byline.
	nameConjunctions = wordSet(gatherNames(func(n cue.Names) []string { return n.Conjunctions }))
	// bylineJoiners are words allowed in lower case inside a list of names.
	bylineJoiners = wordSet(gatherNames(func(n cue.Names) []string { return n.Particles },
		gatherNames(func(n cue.Names) []string { return n.Conjunctions })...))
	// commentStems betray the heading of a comment thread.
	commentStems = foldList(gather(func(p cue.Page) []string { return p.CommentWords }))
	// rightsFolded begin the rights notice after a copyright holder's name.
	rightsFolded = foldList(gather(func(p cue.Page) []string { return p.Rights }))
	// outletArticles may begin an outlet's name, each with its space.
	outletArticles = withSpace(gather(func(p cue.Page) []string { return p.OutletArticles }))
	// companySuffixes end a company name with their own full stop.
	companySuffixes = wordSet(gather(func(p cue.Page) []string { return p.CompanySuffixes }))
)

// withSpace returns the words of list, each followed by a space.
func withSpace(list []string) []string {
	out := make([]string, len(list))
	for i, w := range list {
		out[i] = w + " "
	}
	return out
}

func foldSet(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, s := range list {
		m[fold.String(s)] = true
	}
	return m
}

// foldList folds, deduplicates and sorts longest first, so that the
// longest cue at a position wins.
func foldList(list []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range list {
		if f := fold.String(s); f != "" && !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// cueList holds folded cues by their first byte, longest first.
type cueList [256][]string

func newCueList(list []string) *cueList {
	var l cueList
	for _, c := range foldList(list) {
		l[c[0]] = append(l[c[0]], c)
	}
	return &l
}

// cuePrefix reports the longest cue of list that starts the folded line f
// as whole words; rest is what follows it, with separators (":", "-",
// "|", "»") trimmed.
func cuePrefix(f string, list *cueList) (cue, rest string, ok bool) {
	if f == "" {
		return "", "", false
	}
	for _, c := range list[f[0]] {
		if !strings.HasPrefix(f, c) {
			continue
		}
		after := f[len(c):]
		if after != "" && !cueBoundary(after) {
			continue
		}
		return c, strings.TrimLeft(after, " :：-–—|»›>•·/،"), true
	}
	return "", "", false
}

// cueBoundary reports whether s, the text after a cue, starts a new word.
// Han and kana cues need no space after them.
func cueBoundary(s string) bool {
	c := s[0]
	if c == ' ' || c == ':' || c == '-' || c == '|' || c == '(' || c == '.' || c == '!' || c == '/' {
		return true
	}
	if c < 0x80 {
		return false
	}
	// A non-ASCII character: a letter continues the word unless it is Han.
	r, _ := utf8.DecodeRuneInString(s)
	return !fold.IsWordRune(r) || isHan(r)
}

// phraseIndex finds phrase cues in a folded line. Phrases (all at least
// four bytes long) are looked up by their first four bytes at each word
// start; phrases in Han script, which has no word starts, are searched for
// in lines that hold Han.
type phraseIndex struct {
	byKey map[string][]phraseCue
	first [1 << 16 / 64]uint64 // set of the first two bytes of the keys
	han   []phraseCue
}

func pairOf(s string) uint16 { return uint16(s[0])<<8 | uint16(s[1]) }

func newPhraseIndex() *phraseIndex {
	ix := &phraseIndex{byKey: map[string][]phraseCue{}}
	for _, p := range phraseCues {
		fp := phraseCue{fold.String(p.text), p.when}
		if r, _ := utf8.DecodeRuneInString(fp.text); isHan(r) {
			ix.han = append(ix.han, fp)
			continue
		}
		k := fp.text[:min(4, len(fp.text))]
		ix.byKey[k] = append(ix.byKey[k], fp)
		pair := pairOf(k)
		ix.first[pair/64] |= 1 << (pair % 64)
	}
	return ix
}

// find reports whether a phrase that reaches as far as reach occurs in the
// folded line f; han tells that f holds Han characters.
func (ix *phraseIndex) find(f string, reach phraseReach, han bool) bool {
	prevLetter := false
	for i := 0; i < len(f); {
		c, size := f[i], 1
		var letter bool
		if c < utf8.RuneSelf {
			letter = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(f[i:])
			letter = fold.IsWordRune(r)
		}
		if letter && !prevLetter && len(f)-i >= 4 && ix.mayStart(f[i:]) {
			for _, p := range ix.byKey[f[i:i+4]] {
				if p.when <= reach && strings.HasPrefix(f[i:], p.text) {
					return true
				}
			}
		}
		prevLetter = letter
		i += size
	}
	if han {
		for _, p := range ix.han {
			if p.when <= reach && strings.Contains(f, p.text) {
				return true
			}
		}
	}
	return false
}

// mayStart reports whether some phrase begins with the first two bytes of s.
func (ix *phraseIndex) mayStart(s string) bool {
	pair := pairOf(s)
	return ix.first[pair/64]&(1<<(pair%64)) != 0
}
