package fa

import "github.com/storyline/storyline/internal/lang/cue"

// Page holds the Persian words of a scraped page around its article.
var Page = cue.Page{
	Sections: []string{
		"بیشتر بخوانید", "مطالب مرتبط", "اخبار مرتبط", "مطالب پیشنهادی", "پربازدیدترین", "پربازدیدترین‌ها", "پربحث‌ترین",
		"نظرات", "ارسال نظر", "دیدگاه", "دیدگاه‌ها", "برچسب‌ها", "برچسب ها", "کلیدواژه‌ها", "عضویت در خبرنامه", "خبرنامه",
		"ما را دنبال کنید", "درباره ما", "تماس با ما", "حریم خصوصی", "کلیه حقوق", "تمامی حقوق", "آخرین اخبار",
		"درباره نویسنده",
	},
	Chrome:       []string{"بازدید", "تبلیغات", "آگهی", "اشتراک گذاری", "همرسانی", "چاپ", "صفحه اصلی", "فوری"},
	Notices:      []string{"کلیه حقوق", "تمامی حقوق", "منتشر نخواهد شد"},
	ProseNotices: []string{"کوکی"},
	Inline:       []string{"بیشتر بخوانید", "بخوانید"},
	Tags:         []string{"برچسب‌ها", "برچسب ها"},
	ColonTags:    []string{"برچسب"},
	Bylines:      []string{"نویسنده"},
	Sources:      []string{"منبع"},
	Credits:      []string{"عکس"},
	Rights:       []string{"کلیه حقوق"},
	CommentWords: []string{"نظر", "دیدگاه"},
	ShareWords:   []string{"اشتراک", "تلگرام", "توییتر"},
	DateLabels: []string{
		"منتشر", "شده", "تاریخ", "انتشار", "به", "روز", "رسانی", "ساعت", "زمان", "کد", "خبر", "بازدید", "شناسه",
	},
}
