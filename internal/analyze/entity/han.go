package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/lang/namekey"
	"github.com/storyline/storyline/internal/lang/token"
)

// Chinese has no capitals and no spaces. The finder looks for places the
// gazetteer knows (the longest match of four to two characters at each
// position), and for a person's name after a title: a run of the
// characters Chinese uses to transliterate foreign names ("苏莱曼尼",
// "普京"), or a common family name and one or two characters ("习近平").
// A transliterated name gets the key of its Latin reading where every
// character has one ("苏莱曼尼" reads "sulaimanni", key "slmn", as
// "Soleimani"); this works for names whose Chinese form keeps their
// consonants (Soleimani, Assad, Khamenei) and not for the others (普京
// reads "pujing", Putin "btn").

// translit maps the characters of Chinese transliterations of foreign
// names to a Latin reading close to the sounds they stand for (pinyin with
// x, q, c, zh respelled s, ch, ts, j).
var translit = func() map[rune]string {
	m := map[rune]string{}
	for _, p := range strings.Fields(`阿a 埃ai 艾ai 爱ai 安an 昂ang 奥ao 巴ba 拜bai 班ban 邦bang
	保bao 鲍bao 贝bei 本ben 比bi 彼bi 毕bi 宾bin 波bo 伯bo 博bo 布bu 查cha 柴chai
	达da 戴dai 丹dan 道dao 德de 登deng 迪di 蒂di 丁ding 东dong 杜du 多duo 厄e 恩en
	尔er 法fa 凡fan 范fan 菲fei 费fei 芬fen 丰feng 佛fo 弗fu 福fu 富fu 盖gai 甘gan
	冈gang 高gao 戈ge 格ge 根gen 贡gong 古gu 瓜gua 圭gui 哈ha 海hai 汉han 豪hao
	赫he 黑hei 亨heng 洪hong 侯hou 胡hu 华hua 怀huai 霍huo 基ji 吉ji 加jia 贾jia
	杰jie 捷jie 金jin 津jin 京jing 久jiu 居ju 卡ka 凯kai 坎kan 康kang 考kao 柯ke
	科ke 可ke 克ke 肯ken 库ku 夸kua 奎kui 昆kun 拉la 腊la 莱lai 赖lai 兰lan 朗lang
	劳lao 勒le 雷lei 蕾lei 黎li 里li 理li 利li 丽li 莉li 连lian 列lie 林lin 琳lin
	隆long 卢lu 鲁lu 路lu 露lu 伦lun 罗luo 洛luo 马ma 玛ma 迈mai 麦mai 曼man 芒mang
	梅mei 美mei 门men 蒙meng 米mi 密mi 敏min 明ming 莫mo 墨mo 默mo 姆mu 穆mu 纳na
	娜na 奈nai 南nan 内nei 尼ni 涅nie 宁ning 纽niu 努nu 诺nuo 欧ou 帕pa 潘pan 佩pei
	皮pi 平ping 珀po 普pu 齐chi 奇chi 恰chia 乔chiao 切chie 钦chin 琼chiong 丘chiu
	萨sa 塞sai 赛sai 桑sang 色se 森sen 瑟se 沙sha 莎sha 山shan 尚shang 绍shao 舍she
	申shen 什shi 施shi 舒shu 斯si 松song 苏su 索suo 塔ta 泰tai 坦tan 汤tang 陶tao
	特te 提ti 廷ting 通tong 图tu 托tuo 瓦wa 万wan 旺wang 威wei 韦wei 维wei 温wen
	沃wo 乌wu 武wu 伍wu 西si 希si 锡si 夏sia 谢sie 辛sin 休siu 雅ya 亚ya 延yan 扬yang
	耶ye 伊yi 因yin 英ying 尤you 约yue 扎ja 泽tse 詹jan 哲je 珍jen 卓juo 兹tsi 宗tsong
	佐tsuo 祖tsu 赞tsan 茨tsi 策tse 萊lai 贝bei 蓬peng 鲍bao 奥ao 霍huo 穆mu`) {
		r, n := utf8.DecodeRuneInString(p)
		m[r] = p[n:]
	}
	return m
}()

// zhSurnames are common Chinese family names.
var zhSurnames = func() map[rune]bool {
	m := map[rune]bool{}
	for _, r := range `习李王张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文蔡温胡` {
		m[r] = true
	}
	return m
}()

// zhNameStops end a Chinese name: particles and the first characters of
// frequent verbs after a name.
var zhNameStops = func() map[rune]bool {
	m := map[rune]bool{}
	for _, r := range `的在与和是说表称于对将已也向从被曾等了就又还都会指认并讲` {
		m[r] = true
	}
	return m
}()

// hanKey returns the key of a Chinese name: the namekey.Key of its Latin
// reading when every character has one, else the name itself.
func hanKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == '·' || r == '・' {
			continue
		}
		p, ok := translit[r]
		if !ok {
			return s
		}
		b.WriteString(p)
	}
	return namekey.Key(b.String())
}

// scanHan finds places and persons in the Han runs of segment si.
func (f *finder) scanHan(si int) {
	s := &f.segs[si]
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind != token.Han {
			continue
		}
		run := s.src[t.start:t.end]
		// Persons after titles.
		for _, title := range zhTitles {
			for off := 0; ; {
				k := strings.Index(run[off:], title)
				if k < 0 {
					break
				}
				at := off + k + len(title)
				if end := zhNameEnd(s.src, t.start+at, t.end); end > t.start+at {
					f.hanCand(si, i, t.start+at, end, Person)
				}
				off = at
			}
		}
		// Places.
		runes := []int{} // byte offsets of the characters
		for k := range run {
			runes = append(runes, k)
		}
		runes = append(runes, len(run))
		for p := 0; p < len(runes)-1; {
			matched := 0
			for l := min(5, len(runes)-1-p); l >= 2; l-- {
				a, b := t.start+runes[p], t.start+runes[p+l]
				if f.covered(si, a, b) {
					continue
				}
				if g := f.gazetteer(s.src[a:b]); g.ok {
					c := &cand{seg: si, i: i, j: i + 1, start: a, end: b, typ: Place, placeID: g.id, place: g.name,
						keys: []string{s.src[a:b]}}
					c.surname = c.keys[0]
					f.add(c)
					matched = l
					break
				}
			}
			if matched == 0 {
				matched = 1
			}
			p += matched
		}
	}
}

// zhNameEnd returns the end of a Chinese name starting at byte a of src
// (inside a Han run ending at runEnd; a transliterated name may go on
// after "·"), or a when none starts there.
func zhNameEnd(src string, a, runEnd int) int {
	if a >= runEnd {
		return a
	}
	r, n := utf8.DecodeRuneInString(src[a:])
	if _, ok := translit[r]; ok {
		end := a
		for end < len(src) {
			r, n := utf8.DecodeRuneInString(src[end:])
			if _, ok := translit[r]; !ok && r != '·' || zhNameStops[r] {
				break
			}
			end += n
		}
		for strings.HasSuffix(src[a:end], "·") {
			end -= len("·")
		}
		if utf8.RuneCountInString(src[a:end]) >= 2 {
			return end
		}
		return a
	}
	if zhSurnames[r] {
		end := a + n
		for k := 0; k < 2 && end < runEnd; k++ {
			r2, n2 := utf8.DecodeRuneInString(src[end:])
			if zhNameStops[r2] {
				break
			}
			end += n2
		}
		if utf8.RuneCountInString(src[a:end]) >= 2 {
			return end
		}
	}
	return a
}

// hanCand records a Chinese mention at bytes a..b of segment si, starting
// in token i (a transliterated name may run over "·" into later tokens).
func (f *finder) hanCand(si, i, a, b int, typ Type) {
	if f.covered(si, a, b) {
		return
	}
	ts := f.segs[si].toks
	j := i + 1
	for j < len(ts) && ts[j].start < b {
		j++
	}
	if ts[j-1].end < b {
		return
	}
	name := f.segs[si].src[a:b]
	key := hanKey(name)
	f.add(&cand{seg: si, i: i, j: j, start: a, end: b, typ: typ, keys: []string{key}, surname: key})
}

// covered reports whether bytes a..b of segment si overlap a mention
// found.
func (f *finder) covered(si, a, b int) bool {
	for _, c := range f.cands {
		if c.seg == si && c.start < b && a < c.end {
			return true
		}
	}
	return false
}
