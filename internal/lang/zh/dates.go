package zh

import "github.com/storyline/storyline/internal/lang/cue"

// Dates are the Chinese date words: month and weekday names, number and unit
// words, and the rules of partial and relative dates (see cue.Dates).
var Dates = cue.Dates{
	Numbers: map[string]int{"几": 0, "数": 0, "多": 0},
	Digits: map[string]int{
		"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
		"十": 10,
	},
	Units: []cue.UnitWords{
		{Unit: cue.Years, Words: "年", Count: -1},
		{Unit: cue.Months, Words: "个月 個月", Count: -1},
		{Unit: cue.Weeks, Words: "周 星期 个星期 個星期 礼拜 个礼拜", Count: -1},
		{Unit: cue.Days, Words: "天", Count: -1},
	},
	Weekdays: [7]string{
		"星期日 星期天 周日 礼拜日 礼拜天", "星期一 周一 礼拜一", "星期二 周二 礼拜二", "星期三 周三 礼拜三", "星期四 周四 礼拜四", "星期五 周五 礼拜五", "星期六 周六 礼拜六",
	},
	Connectors: "至 到 和 与",
	YearWords:  "年",
	Rules: []cue.DateRule{
		cue.Year("<yeart> 初|底|末|中|年初|年底|年末|年中|上半年|下半年|夏天|冬天|春天|秋天"),
		cue.MonthYear("<yeart> <month>"),
		cue.YMD("<yeart> <month> <day> 日|号"),
		cue.DayMonth("<month> <day> 日|号"),
		cue.Month("<month>"),
		cue.DayOnly("<day> 日").NotBeforeWords("本 元 币 游 程 军 方 报 产 企 语 文 式 常 志 益 期 均 夜 间 起 内 前 后"),
		cue.Ago("<n> <unit> 前|以前|之前"),
		cue.Shift("去年", cue.Years, -1), cue.Shift("今年", cue.Years, 0), cue.Shift("明年", cue.Years, 1), cue.Shift("前年", cue.Years, -2),
		cue.Shift("后年", cue.Years, 2),
		cue.Shift("上个月|上月", cue.Months, -1), cue.Shift("本月|这个月|这月|当月", cue.Months, 0), cue.Shift("下个月|下月", cue.Months, 1),
		cue.Shift("上周|上星期|上个星期|上礼拜", cue.Weeks, -1), cue.Shift("本周|这周|这个星期|本星期|这星期", cue.Weeks, 0),
		cue.Shift("下周|下星期|下个星期|下礼拜", cue.Weeks, 1),
		cue.Begin("今年 初|年初", 0), cue.End("今年 底|年底|年末", 0),
		cue.Begin("去年 初|年初", -1), cue.End("去年 底|年底|年末", -1),
		cue.Begin("明年 初|年初", 1), cue.End("明年 底|年底|年末", 1),
		cue.MonthIn("去年 <month>", -1), cue.MonthIn("今年 <month>", 0), cue.MonthIn("明年 <month>", 1),
		cue.YMDIn("去年 <month> <day> 日|号", -1), cue.YMDIn("今年 <month> <day> 日|号", 0), cue.YMDIn("明年 <month> <day> 日|号", 1),
		cue.Day("昨天|昨日|昨晚|昨夜", -1), cue.Day("今天|今日|今晨|今晚|今早", 0), cue.Day("明天|明日", 1),
		cue.Day("前天", -2), cue.Day("后天", 2), cue.Day("前一天|前一晚", -1),
		cue.Weekday("<wd>", 0), cue.Weekday("上 <wd>", -1), cue.Weekday("下 <wd>", 1), cue.Weekday("本|这 <wd>", 0),
	},
}
