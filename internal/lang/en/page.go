package en

import "github.com/storyline/storyline/internal/lang/cue"

// Page holds the English words of a scraped page around its article.
var Page = cue.Page{
	Sections: []string{
		"related", "related posts", "related articles", "related stories", "related news", "related content", "related topics",
		"most read", "most popular", "most viewed", "most shared", "most commented", "trending", "popular", "popular posts",
		"recommended", "recommended for you", "you may also like", "you might also like", "you may be interested in",
		"more from", "more stories", "more news", "more on this", "more in", "more articles", "latest news", "latest stories",
		"latest", "top stories", "editor's picks", "editors' picks", "comments", "comment", "leave a reply", "leave a comment",
		"post a comment", "add a comment", "join the conversation", "responses", "tags", "topics", "filed under", "categories",
		"follow us", "newsletter", "subscribe", "sign up", "about us", "contact us", "information", "terms of service",
		"terms of use", "privacy policy", "cookie policy", "sitemap", "site map", "advertise with us", "careers",
		"copyright", "all rights reserved", "sponsored", "sponsored content", "promo content", "partner content",
		"from our partners", "around the web", "sites of interest", "useful links", "quick links", "tools and services",
		"our magazines", "read next", "up next", "read more", "read also", "see also", "also read", "more to read",
		"next article", "previous article", "next post", "previous post", "forum list", "forums", "similar threads",
		"you must log in", "share your thoughts", "about the author", "about the authors",
	},
	Chrome: []string{
		"advertisement", "advertising", "ad", "share", "share this", "share this article", "share on", "tweet", "print",
		"email", "e-mail", "copy link", "menu", "search", "home", "skip to content", "skip to main content",
		"accessibility links", "breaking news", "back to top", "scroll to top", "log in", "login", "sign in", "register",
		"publish your article", "submit your article", "write for us", "continue reading", "story continues below",
		"listen to this article", "error", "loading", "close", "open", "toggle navigation", "gold member", "senior member",
		"junior member", "new member", "active member", "registered user", "moderator", "administrator", "quote", "reply",
		"like", "min read", "mins read", "minute read", "minutes read", "views", "enter your email",
	},
	Notices: []string{
		"all rights reserved", "will not be published", "required fields are marked", "you must be logged in",
		"javascript is disabled",
	},
	ProseNotices: []string{
		"enable javascript", "we use cookies", "uses cookies", "accept cookies", "by subscribing", "to your inbox",
		"in your inbox", "enter your email", "subscribe to our", "subscribe for our", "sign up for our", "sign up to our",
		"our newsletter", "daily newsletter", "terms of use", "terms of service", "privacy policy", "click here to",
		"download our app", "follow us on",
	},
	LabelNotices:    []string{"cookies", "cookie settings"},
	Inline:          []string{"read also", "read more", "also read", "see also", "related", "more", "watch", "video", "listen", "recommended"},
	Tags:            []string{"tags", "tagged", "filed under"},
	ColonTags:       []string{"tag", "topics"},
	Bylines:         []string{"by", "written by", "posted by", "words by", "text", "reporter", "reporting by"},
	Sources:         []string{"source", "source from", "sources", "via"},
	Credits:         []string{"photo", "photos", "photo credit", "image", "images", "credit", "credits", "picture", "illustration", "file photo", "(photo", "[photo"},
	CreditMarks:     []string{"photo credit", "(photo:", "(credit:", "credit: "},
	Rights:          []string{"all rights"},
	CommentWords:    []string{"comment", "reply", "responses", "discussion", "conversation"},
	ShareWords:      []string{"share", "tweet", "email", "e-mail", "mail", "print", "copy", "link", "comment"},
	OutletArticles:  []string{"the"},
	CompanySuffixes: []string{"inc", "ltd", "co", "corp", "llc", "plc"},
	DateLabels: []string{
		"published", "updated", "posted", "last", "modified", "date", "on", "at", "the", "of", "local", "time",
		"views", "reads", "min", "read", "ago", "hours", "minutes", "am", "pm", "a.m", "p.m",
	},
	TitleCaseWords: []string{
		"the", "a", "an", "in", "of", "to", "for", "and", "on", "at", "with", "by", "from", "as", "is", "are", "was", "be",
		"before", "after", "over", "into", "not", "but", "or", "amid", "about", "against", "up", "out", "off", "under",
		"its", "his", "her", "their", "says", "will", "has", "have", "how", "why", "what", "who", "new",
	},
}
