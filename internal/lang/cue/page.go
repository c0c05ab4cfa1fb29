package cue

// Page holds one language's words of a scraped web page that are not the
// article: the headings, buttons and notices that news sites, blogs and
// forums print around it, and the cue words of the byline, credit and date
// lines next to it. The plain-text extractor reads every language's lists at
// once (a page's chrome is often in another language than its article) and
// folds them before comparing, so words are written in lower case, as a page
// would print them. Every word is generic, never the name of one site.
type Page struct {
	// Sections head a part of the page that is not the article: lists of
	// other articles, comments, tags, newsletters, footers ("Related
	// posts", "Lesen Sie auch"). A line made of one of them, plus at most a
	// few words, opens a boilerplate section.
	Sections []string
	// Chrome are lines of page furniture that stand alone: buttons, labels,
	// skip links, reading times ("Share", "Anzeige", "5 min read"). They are
	// dropped but open no section.
	Chrome []string
	// Notices mark a line as boilerplate wherever they occur in it, even in
	// long prose: copyright lines and comment forms ("all rights reserved",
	// "will not be published").
	Notices []string
	// ProseNotices mark a line as boilerplate unless it is long prose, where
	// an article could use them: cookie notices, newsletter prompts
	// ("we use cookies", "privacy policy").
	ProseNotices []string
	// LabelNotices mark a line as boilerplate only when it has no sentence
	// ending: words that articles use freely ("cookies").
	LabelNotices []string
	// Inline introduce a link to another article: "Read also: <headline>"
	// on one line is dropped from the body; alone on its line the cue heads
	// a boilerplate section.
	Inline []string
	// Tags open a list of tags or topics, whatever follows them on the line
	// ("Tags", "Schlagwörter").
	Tags []string
	// ColonTags open a list of tags only with a colon after them: they are
	// also common words ("Themen"; "Tag" is "day" in German).
	ColonTags []string
	// Bylines start an author line ("By Jane Doe", "Von Hans Müller").
	Bylines []string
	// Sources introduce the attribution of a cited source, kept in the body
	// ("Source: Reuters", "Quelle: dpa"). The quote finder reads them too,
	// as the labels of credit lines that name a cited source ("Kaynak:
	// AA").
	Sources []string
	// Credits start a photo credit or caption line ("Photo: ...", "Bild: ...").
	Credits []string
	// CreditMarks inside a short line betray a photo credit ("(photo:",
	// "Bildquelle").
	CreditMarks []string
	// Rights begin the rights notice that follows a copyright holder's name
	// ("all rights", "alle Rechte"); the name ends where they begin.
	Rights []string
	// CommentWords betray the heading of a comment thread when they occur
	// in it, as stems ("comment" in "Comments (3)").
	CommentWords []string
	// ShareWords name share buttons and page controls; a line mostly made of
	// them is a share bar ("Share Email Print").
	ShareWords []string
	// DateLabels may stand beside a date on a date line: labels, prepositions
	// and units ("Published", "Mis à jour le", "hace", "ago").
	DateLabels []string
	// OutletArticles are the articles that may begin an outlet's name ("the"
	// in "The Guardian"); the name is looked for without them.
	OutletArticles []string
	// CompanySuffixes are the abbreviations of company forms that end a
	// company name with their own full stop ("Inc.", "GmbH"), written without
	// the final stop.
	CompanySuffixes []string
	// TitleCaseWords are the short function words that title-case headlines
	// capitalise and menus rarely hold ("In", "Of"); only languages that
	// write headlines in title case have them.
	TitleCaseWords []string
}
