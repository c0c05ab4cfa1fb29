package fa

import "github.com/storyline/storyline/internal/lang/cue"

// Quotes holds the Persian words that mark quotations, their speakers and
// cited sources.
var Quotes = cue.Quotes{
	Cues: cue.QuoteCues{
		SpeechVerbs: []string{
			"گفت", "افزود", "اظهار داشت", "تصریح کرد", "عنوان کرد", "بیان کرد",
			"خاطرنشان کرد", "تاکید کرد", "اعلام کرد",
		},
		ReportVerbs: []string{"نوشت", "گزارش داد"},
		According:   []string{"به گفته", "به نقل از"},
		Citing:      []string{"به گزارش", "طبق گزارش", "بنا بر گزارش"},
	},
	SubjectPronouns: []string{"او"},
	Complementizers: []string{"كه"},
	Auxiliaries:     []string{"هم", "نيز"},
	Descriptors: []string{
		"روزنامه", "خبرگزاري", "شبكه", "سايت", "پايگاه", "نشريه",
	},
}
