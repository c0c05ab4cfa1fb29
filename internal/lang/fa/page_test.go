package fa

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
)

// TestPage is the golden table of the Persian page cues: one case per list
// of Page.
func TestPage(t *testing.T) {
	cuetest.Check(t, Page, []cuetest.Case{
		// A list of other articles: "مطالب مرتبط"
		{List: "Sections", Word: "مطالب مرتبط"},
		// An advertisement label: "تبلیغات"
		{List: "Chrome", Word: "تبلیغات"},
		// A comment form: "نشانی ایمیل شما منتشر نخواهد شد."
		{List: "Notices", Word: "منتشر نخواهد شد"},
		// A cookie notice: "این سایت از کوکی استفاده می‌کند."
		{List: "ProseNotices", Word: "کوکی"},
		// A link to another article: "بیشتر بخوانید: <headline>"
		{List: "Inline", Word: "بیشتر بخوانید"},
		// A tag list: "برچسب‌ها: تهران، مجلس"
		{List: "Tags", Word: "برچسب‌ها"},
		// A tag list only with a colon: "برچسب: تهران"
		{List: "ColonTags", Word: "برچسب"},
		// An author line: "نویسنده: علی رضایی"
		{List: "Bylines", Word: "نویسنده"},
		// A cited source, kept: "منبع: ایرنا"
		{List: "Sources", Word: "منبع"},
		// A photo credit: "عکس: علی رضایی"
		{List: "Credits", Word: "عکس"},
		// The notice after a holder: "© خبرگزاری کلیه حقوق محفوظ است"
		{List: "Rights", Word: "کلیه حقوق"},
		// A comment thread heading: "دیدگاه‌ها"
		{List: "CommentWords", Word: "دیدگاه"},
		// A share bar: "اشتراک تلگرام توییتر"
		{List: "ShareWords", Word: "تلگرام"},
		// A date line: "تاریخ انتشار: ۴ اسفند ۱۳۹۸"
		{List: "DateLabels", Word: "انتشار"},
	})
}
