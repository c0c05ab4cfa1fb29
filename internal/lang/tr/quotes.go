package tr

import "github.com/storyline/storyline/internal/lang/cue"

// Quotes holds the Turkish words that mark quotations, their speakers and
// cited sources.
var Quotes = cue.Quotes{
	Cues: cue.QuoteCues{
		SpeechVerbs: []string{
			"dedi", "söyledi", "açıkladı", "belirtti", "ifade etti", "kaydetti",
			"vurguladı", "diye konuştu", "aktardı", "dile getirdi",
		},
		ReportVerbs: []string{"bildirdi", "yazdı", "duyurdu"},
		Participles: []string{"diyerek"},
		CitedBefore: []string{"göre"},
	},
	SubjectPronouns: []string{"o"},
	Complementizers: []string{"ki"},
	Conjunctions:    []string{"ama"},
	Auxiliaries:     []string{"ayrıca"},
	Connectors:      []string{"aş"},
	SpeakerNouns: []string{
		"bakan", "sözcü", "yetkili", "uzman", "cumhurbaşkanı", "başbakan",
	},
	DescriptorPrefixes: []string{
		"gazete", "ajans", "kanal", "dergi", "televizyon",
	},
	MediaWords: []string{"ajansı", "haber"},
}
