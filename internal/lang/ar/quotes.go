package ar

import "github.com/storyline/storyline/internal/lang/cue"

// Quotes holds the Arabic words that mark quotations, their speakers and
// cited sources.
var Quotes = cue.Quotes{
	Cues: cue.QuoteCues{
		SpeechVerbs: []string{
			"قال", "قالت", "يقول", "تقول", "أكد", "أكدت", "يؤكد", "تؤكد", "أضاف",
			"أضافت", "يضيف", "تضيف", "أشار", "أشارت", "يشير", "تشير", "صرح", "صرحت",
			"أوضح", "أوضحت", "تابع", "تابعت", "لفت", "لفتت", "اعتبر", "اعتبرت",
			"شدد", "شددت", "أعلن", "أعلنت",
		},
		ReportVerbs: []string{
			"أفاد", "أفادت", "ذكر", "ذكرت", "كتب", "كتبت", "نقلت", "أورد", "أوردت",
			"نشرت", "كشف", "كشفت",
		},
		According: []string{
			"بحسب", "حسب", "وفقا", "وفق", "طبقا", "نقلا عن", "على لسان",
		},
		Participles: []string{
			"قائلا", "قائلة", "مضيفا", "مضيفة", "مؤكدا", "مؤكدة", "موضحا", "موضحة",
			"مشيرا", "مشيرة", "معتبرا",
		},
		Before: []string{"قوله", "قولها", "تصريحه", "تصريحها"},
	},
	SubjectPronouns: []string{"هو", "هي"},
	Latter:          []string{"الاخير", "الاخيره"},
	Complementizers: []string{"ان", "بان", "انه", "انها"},
	Conjunctions:    []string{"ثم"},
	Auxiliaries:     []string{"قد", "وقد", "كما", "ايضا"},
	SpeakerNouns: []string{
		"مصدر", "مسؤول", "المتحدث", "الناطق", "وزير", "محلل", "خبير", "المصدر",
		"المسؤول", "الوزير", "الرئيس", "رئيس",
	},
	SpeakerBodies: []string{"وزاره", "الوزاره"},
	Descriptors: []string{
		"صحيفه", "جريده", "وكاله", "قناه", "موقع", "مجله", "تلفزيون", "اذاعه",
		"شبكه", "الانباء", "انباء",
	},
	NameLinks: nameLinks,
	// The article in Latin letters before a hyphen, dropped from a cited
	// source's key whatever follows ("As-Safir", "Es-Sabah"). Name keys
	// read it more strictly (IsArticleWord, and IsSunArticle, which wants
	// the next word to start with the assimilated letter).
	LatinArticles: []string{
		"al", "el", "ul", "as", "ash", "ad", "adh", "an", "ar", "at", "ath",
		"az", "es", "ed", "en", "er", "et", "ez",
	},
}
