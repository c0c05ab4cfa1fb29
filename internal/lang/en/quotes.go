package en

import "github.com/storyline/storyline/internal/lang/cue"

// Quotes holds the English words that mark quotations, their speakers and
// cited sources.
var Quotes = cue.Quotes{
	Cues: cue.QuoteCues{
		SpeechVerbs: []string{
			"said", "says", "say", "added", "adds", "stated", "states", "noted",
			"notes", "explained", "explains", "stressed", "stresses", "emphasized",
			"emphasised", "insisted", "insists", "warned", "warns", "declared",
			"declares", "announced", "announces", "claimed", "claims", "argued",
			"argues", "asserted", "asserts", "affirmed", "affirms", "confirmed",
			"confirms", "disclosed", "discloses", "revealed", "reveals", "recalled",
			"recalls", "replied", "replies", "responded", "responds", "answered",
			"remarked", "remarks", "commented", "comments", "exclaimed", "exclaims",
			"observed", "observes", "admitted", "admits", "acknowledged",
			"acknowledges", "urged", "urges", "conceded", "concedes", "complained",
			"complains", "concluded", "concludes", "maintained", "maintains",
			"contended", "contends", "tweeted", "pointed out", "went on",
		},
		ReportVerbs: []string{
			"wrote", "writes", "reported", "reports", "published", "publishes",
			"quotes", "quoted",
		},
		TellVerbs: []string{"told", "tells"},
		According: []string{"according to", "in the words of"},
		Citing: []string{
			"citing", "quoting", "cited", "cites", "speaking to", "reported by",
			"as reported by", "in an interview with",
		},
		Participles: []string{
			"saying", "telling", "adding", "noting", "stressing", "warning",
			"explaining", "insisting", "arguing", "declaring", "claiming",
			"asserting", "recalling", "writing",
		},
		AsSaying: []string{"as saying", "as telling"},
	},
	Determiners: []string{
		"the", "a", "an", "this", "these", "his", "her", "its", "their", "one",
		"another", "some", "two", "three", "four", "several", "many",
	},
	SubjectPronouns:      []string{"he", "she"},
	ObjectPronouns:       []string{"him", "her"},
	Latter:               []string{"latter"},
	Former:               []string{"former"},
	Complementizers:      []string{"that"},
	GluedComplementizers: []string{"that"},
	Conjunctions:         []string{"but", "while"},
	ClauseOpeners: []string{
		"when", "because", "after", "before", "as", "since", "although",
		"where", "whereas", "which",
	},
	Auxiliaries: []string{
		"also", "has", "have", "had", "was", "were", "is", "are", "will",
		"would", "later", "then", "further", "previously", "earlier",
		"reportedly", "again", "once", "recently", "repeatedly", "publicly",
		"separately", "subsequently", "just", "never",
	},
	Connectors: []string{"of", "for"},
	SpeakerNouns: []string{
		"official", "officials", "spokesman", "spokeswoman", "spokesperson",
		"source", "sources", "minister", "president", "analyst", "analysts",
		"expert", "experts", "diplomat", "diplomats", "officer", "commander",
		"lawmaker", "leader", "witness", "witnesses", "resident", "residents",
		"activist", "ambassador", "envoy", "aide", "adviser", "advisor",
		"chief", "head", "director", "secretary", "prosecutor", "governor",
		"mayor", "senator", "general", "colonel", "premier", "chancellor",
	},
	SpeakerBodies: []string{
		"statement", "ministry", "government", "agency", "army", "military",
		"police", "office", "embassy",
	},
	Descriptors: []string{
		"newspaper", "daily", "agency", "channel", "broadcaster", "website",
		"site", "magazine", "weekly", "outlet", "tabloid", "network",
		"television", "tv", "station", "portal", "publication", "paper", "news",
		"journal", "wire",
	},
	MediaWords: []string{
		"news", "times", "post", "press", "agency", "radio", "tv", "herald",
		"journal", "gazette", "tribune", "daily", "telegraph", "guardian",
		"observer", "express", "mail", "chronicle", "courier", "wire",
	},
	GenericHeads: []string{
		"sources", "source", "officials", "official", "media", "intelligence",
		"diplomats", "analysts", "experts", "authorities", "government",
		"leaders", "circles", "security", "reports", "press", "forces",
		"military", "army",
	},
	Demonyms: []string{
		"arab", "thai", "swiss", "greek", "french", "dutch", "czech", "welsh",
		"irish", "scottish",
	},
	DemonymEndings: []string{"ian", "ean", "ese", "ish", "i", "ic", "an"},
	CiteFillers: []string{
		"report", "reports", "statement", "statements", "data", "information",
		"news", "article", "articles", "interview", "study", "survey",
		"analysis", "figures", "estimates", "document", "documents",
		"assessment", "findings", "account", "released", "published", "issued",
		"compiled", "prepared", "carried", "conducted", "made", "by", "of",
		"from", "in", "on",
	},
	NounDeterminers: []string{
		"the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
	},
}
