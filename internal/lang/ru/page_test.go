package ru

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
)

// TestPage is the golden table of the Russian page cues: one case per list
// of Page.
func TestPage(t *testing.T) {
	cuetest.Check(t, Page, []cuetest.Case{
		// A list of other articles: "Читайте также"
		{List: "Sections", Word: "читайте также"},
		// An advertisement label: "Реклама"
		{List: "Chrome", Word: "реклама"},
		// A copyright line: "© Газета. Все права защищены."
		{List: "Notices", Word: "все права защищены"},
		// A cookie notice: "Мы используем cookie, чтобы ..."
		{List: "ProseNotices", Word: "мы используем cookie"},
		// A link to another article: "Смотрите также: <headline>"
		{List: "Inline", Word: "смотрите также"},
		// A tag list: "Теги: Москва, Госдума"
		{List: "Tags", Word: "теги"},
		// An author line: "Автор: Иван Петров"
		{List: "Bylines", Word: "автор"},
		// A cited source, kept: "Источник: ТАСС"
		{List: "Sources", Word: "источник"},
		// A photo credit: "Фото: Иван Петров"
		{List: "Credits", Word: "фото"},
		// The notice after a holder: "© ООО Газета, все права защищены"
		{List: "Rights", Word: "все права"},
		// A comment thread heading: "Комментарии (3)"
		{List: "CommentWords", Word: "коммент"},
		// A share bar: "Поделиться ВКонтакте Телеграм"
		{List: "ShareWords", Word: "поделиться"},
		// A date line: "Обновлено 23.02.2020 в 14:05"
		{List: "DateLabels", Word: "обновлено"},
	})
}
