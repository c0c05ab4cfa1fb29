package zh

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
)

// TestPage is the golden table of the Chinese page cues: one case per list
// of Page.
func TestPage(t *testing.T) {
	cuetest.Check(t, Page, []cuetest.Case{
		// A list of other articles: "相关阅读"
		{List: "Sections", Word: "相关阅读"},
		// An advertisement label: "广告"
		{List: "Chrome", Word: "广告"},
		// A copyright line: "新华网 版权所有"
		{List: "Notices", Word: "版权所有"},
		// A follow prompt: "欢迎关注微信公众号"
		{List: "ProseNotices", Word: "微信公众号"},
		// A link to another article: "延伸阅读：<headline>"
		{List: "Inline", Word: "延伸阅读"},
		// A tag list: "标签：北京 两会"
		{List: "Tags", Word: "标签"},
		// An author line: "记者 王伟"
		{List: "Bylines", Word: "记者"},
		// A cited source, kept: "来源：新华社"
		{List: "Sources", Word: "来源"},
		// A photo credit: "图片来源：新华社"
		{List: "Credits", Word: "图片来源"},
		// The notice after a holder: "航天前沿网 版权所有 © 2026"
		{List: "Rights", Word: "版权所有"},
		// A comment thread heading: "网友评论"
		{List: "CommentWords", Word: "评论"},
		// A share bar: "分享到：微信 微博"
		{List: "ShareWords", Word: "分享到"},
		// A date line: "发布时间：2020-02-23 14:05"
		{List: "DateLabels", Word: "发布时间"},
	})
}
