package article

// Facts are what analysis finds in an article beyond its text: the
// entities it names, the dates it mentions, the quotes it reports and the
// sources it cites. They are stored with the article and replaced whole
// when the article is analysed again.
type Facts struct {
	Entities []Entity `json:"entities"`
	Dates    []Date   `json:"dates"`
	Quotes   []Quote  `json:"quotes"`
	Sources  []Source `json:"sources"`
}

// Entity is a person, organisation or place an article names.
type Entity struct {
	// Name is the canonical name: the most used Latin-script form.
	Name string `json:"name"`
	// Key is the language-neutral identity, the same in every script.
	Key string `json:"key"`
	// Type is "person", "organization" or "place".
	Type string `json:"type"`
	// Mentions are the distinct forms as written, most frequent first.
	Mentions []string `json:"mentions"`
	// Count is the number of mentions.
	Count int `json:"count"`
}

// Date is a date an article mentions.
type Date struct {
	// Date is "YYYY-MM-DD", "YYYY-MM" or "YYYY"; "" for a relative date
	// that could not be resolved.
	Date string `json:"date"`
	// Text is the expression as written.
	Text string `json:"text"`
	// Kind is "absolute", "partial" or "relative".
	Kind string `json:"kind"`
}

// Quote is a quotation and who said it.
type Quote struct {
	Text string `json:"text"`
	// Speaker is the speaker's canonical name, or the phrase that names
	// the speaker, or "" when unknown.
	Speaker string `json:"speaker"`
	// SpeakerKey is the speaker's entity key when known.
	SpeakerKey string `json:"speaker_key,omitempty"`
	// ReportedBy names who relays the speaker's words, if anyone.
	ReportedBy string `json:"reported_by,omitempty"`
	// Cue is the word that marks the quote ("said", "قال").
	Cue string `json:"cue,omitempty"`
}

// Source is an outlet, agency or body an article cites.
type Source struct {
	Name string `json:"name"`
	Key  string `json:"key"`
	// Cue tells how it was cited ("according to", "wrote").
	Cue string `json:"cue"`
}
