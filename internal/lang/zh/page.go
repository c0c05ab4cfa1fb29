package zh

import "github.com/storyline/storyline/internal/lang/cue"

// Page holds the Chinese words of a scraped page around its article.
var Page = cue.Page{
	Sections: []string{
		"相关阅读", "相关新闻", "相关文章", "相关推荐", "延伸阅读", "推荐阅读", "热门文章", "热门新闻", "热点新闻", "阅读排行",
		"评论", "发表评论", "网友评论", "标签", "关键词", "订阅", "关注我们", "关于我们", "联系我们", "隐私政策", "版权所有",
		"免责声明", "最新消息", "上一篇", "下一篇", "作者简介",
	},
	Chrome:       []string{"阅读", "浏览", "广告", "分享", "分享到", "打印", "返回顶部", "首页", "扫一扫"},
	Notices:      []string{"版权所有", "版权声明", "未经授权", "不得转载", "禁止转载", "转载请注明", "责任编辑", "免责声明"},
	ProseNotices: []string{"扫码关注", "微信公众号"},
	Inline:       []string{"相关阅读", "延伸阅读", "推荐阅读"},
	Tags:         []string{"标签", "关键词"},
	Bylines:      []string{"作者", "记者"},
	Sources:      []string{"来源"},
	Credits:      []string{"图片来源", "图片", "图", "摄影"},
	Rights:       []string{"版权所有"},
	CommentWords: []string{"评论", "留言"},
	ShareWords:   []string{"分享到", "分享", "微信", "微博", "qq空间", "字号", "打印", "收藏"},
	DateLabels:   []string{"发布", "时间", "发布时间", "更新", "日期", "来源", "编辑", "作者", "记者", "责编", "阅读", "浏览"},
}
