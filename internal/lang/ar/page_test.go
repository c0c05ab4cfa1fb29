package ar

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
)

// TestPage is the golden table of the Arabic page cues: one case per list
// of Page.
func TestPage(t *testing.T) {
	cuetest.Check(t, Page, []cuetest.Case{
		// A list of other articles: "مقالات ذات صلة"
		{List: "Sections", Word: "مقالات ذات صلة"},
		// A label alone on its line: "عاجل"
		{List: "Chrome", Word: "عاجل"},
		// A copyright line: "© الصحيفة. جميع الحقوق محفوظة"
		{List: "Notices", Word: "جميع الحقوق محفوظة"},
		// A cookie notice: "نستخدم ملفات تعريف الارتباط ..."
		{List: "ProseNotices", Word: "ملفات تعريف الارتباط"},
		// Only in a line without a sentence end: "إعدادات الكوكيز"
		{List: "LabelNotices", Word: "الكوكيز"},
		// A link to another article: "اقرأ أيضاً: <headline>"
		{List: "Inline", Word: "اقرأ أيضاً"},
		// A tag list: "الوسوم: القاهرة، البرلمان"
		{List: "Tags", Word: "الوسوم"},
		// An author line: "بقلم محمد علي"
		{List: "Bylines", Word: "بقلم"},
		// A cited source, kept: "المصدر: وكالات"
		{List: "Sources", Word: "المصدر"},
		// A photo credit: "الصورة: محمد علي"
		{List: "Credits", Word: "الصورة"},
		// The notice after a holder: "© الصحيفة كافة الحقوق محفوظة"
		{List: "Rights", Word: "كافة الحقوق"},
		// A comment thread heading: "التعليقات"
		{List: "CommentWords", Word: "تعليقات"},
		// A share bar: "شارك فيسبوك تويتر واتساب"
		{List: "ShareWords", Word: "واتساب"},
		// A date line: "نشر بتاريخ 23/02/2020"
		{List: "DateLabels", Word: "بتاريخ"},
	})
}
