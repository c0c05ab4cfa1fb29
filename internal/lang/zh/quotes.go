package zh

import "github.com/storyline/storyline/internal/lang/cue"

// Quotes holds the Chinese words that mark quotations, their speakers and
// cited sources.
var Quotes = cue.Quotes{
	Cues: cue.QuoteCues{
		SpeechVerbs: []string{
			"表示", "指出", "强调", "透露", "宣布", "认为", "说道", "坦言", "回应", "说", "称",
		},
		ReportVerbs: []string{"报道", "报导", "写道"},
	},
	SubjectPronouns: []string{"他", "她"},
	MediaEndings:    []string{"社", "报", "台", "网", "媒体", "杂志"},
	CitePrefixes:    []string{"据"},
}
