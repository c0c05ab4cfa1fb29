package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/lang/fold"
)

// Cue phrases of page chrome, in the languages storyline reads. They are
// generic (what news sites, blogs and forums print around an article), never
// the words of one site. All are folded with fold.String when the tables are built.

// sectionCues head a part of the page that is not the article: lists of
// other articles, comments, tags, newsletters, footers. A line made of one
// of them (plus at most three words) opens a boilerplate section.
var sectionCues = []string{
	// English
	"related", "related posts", "related articles", "related stories", "related news", "related content", "related topics",
	"most read", "most popular", "most viewed", "most shared", "most commented", "trending", "popular", "popular posts",
	"recommended", "recommended for you", "you may also like", "you might also like", "you may be interested in",
	"more from", "more stories", "more news", "more on this", "more in", "more articles", "latest news", "latest stories",
	"latest", "top stories", "editor's picks", "editors' picks", "comments", "comment", "leave a reply", "leave a comment",
	"post a comment", "add a comment", "join the conversation", "responses", "tags", "topics", "filed under", "categories",
	"follow us", "newsletter", "subscribe", "sign up", "about us", "contact us", "information", "terms of service",
	"terms of use", "privacy policy", "cookie policy", "sitemap", "site map", "advertise with us", "careers",
	"copyright", "all rights reserved", "sponsored", "sponsored content", "promo content", "partner content",
	"from our partners", "around the web", "sites of interest", "useful links", "quick links", "tools and services",
	"our magazines", "read next", "up next", "read more", "read also", "see also", "also read", "more to read",
	"next article", "previous article", "next post", "previous post", "forum list", "forums", "similar threads",
	"you must log in", "share your thoughts", "about the author", "about the authors",
	// German
	"das könnte sie auch interessieren", "könnte sie auch interessieren", "auch interessant", "mehr zum thema",
	"weitere artikel", "weitere nachrichten", "ähnliche artikel", "verwandte artikel", "meistgelesen", "meistgelesene artikel",
	"am meisten gelesen", "empfehlungen", "kommentare", "kommentar schreiben", "diskutieren sie mit", "schlagwörter",
	"abonnieren", "jetzt abonnieren", "folgen sie uns", "impressum", "datenschutz", "datenschutzerklärung",
	"nutzungsbedingungen", "kontakt", "über uns", "mediadaten", "lesen sie auch", "lesen sie mehr", "zur startseite",
	"alle rechte vorbehalten", "neueste artikel", "über den autor", "über die autorin", "zur person",
	// French
	"lire aussi", "à lire aussi", "lire la suite", "sur le même sujet", "articles similaires", "articles liés",
	"à voir aussi", "voir aussi", "les plus lus", "les plus populaires", "les plus partagés", "commentaires",
	"laisser un commentaire", "laisser une réponse", "réagir", "mots-clés", "mots clés", "s'abonner", "abonnez-vous",
	"inscrivez-vous", "suivez-nous", "mentions légales", "politique de confidentialité", "conditions générales",
	"qui sommes-nous", "nous contacter", "plan du site", "tous droits réservés", "dernières infos", "dernières actualités",
	"à la une", "à propos de l'auteur", "l'auteur",
	// Spanish
	"leer más", "lee también", "lea también", "te puede interesar", "también te puede interesar", "puede interesarte",
	"noticias relacionadas", "artículos relacionados", "relacionados", "lo más leído", "más leídas", "lo más visto",
	"más noticias", "comentarios", "deja un comentario", "deja una respuesta", "etiquetas", "suscríbete", "suscribirse",
	"síguenos", "aviso legal", "política de privacidad", "política de cookies", "quiénes somos", "contacto",
	"todos los derechos reservados", "últimas noticias", "sobre el autor", "acerca del autor",
	// Italian
	"leggi anche", "leggi di più", "potrebbe interessarti", "ti potrebbe interessare", "articoli correlati",
	"notizie correlate", "correlati", "i più letti", "più letti", "commenti", "lascia un commento", "argomenti",
	"iscriviti", "abbonati", "seguici", "note legali", "chi siamo", "contatti", "tutti i diritti riservati",
	"ultime notizie", "l'autore", "sull'autore",
	// Polish
	"czytaj także", "czytaj też", "czytaj więcej", "zobacz także", "zobacz też", "polecamy", "najczęściej czytane",
	"najpopularniejsze", "powiązane artykuły", "podobne artykuły", "komentarze", "dodaj komentarz", "tagi",
	"subskrybuj", "zapisz się", "obserwuj nas", "polityka prywatności", "regulamin", "o nas",
	"wszelkie prawa zastrzeżone", "najnowsze", "o autorze",
	// Turkish
	"ilgili haberler", "ilginizi çekebilir", "bunlar da ilginizi çekebilir", "ilgili içerikler", "benzer haberler",
	"en çok okunanlar", "en çok okunan", "çok okunanlar", "devamını oku", "yorumlar", "yorum yap", "yorum yaz",
	"etiketler", "abone ol", "bülten", "bizi takip edin", "gizlilik politikası", "kullanım koşulları", "künye",
	"iletişim", "hakkımızda", "tüm hakları saklıdır", "diğer haberler", "önceki haber", "sonraki haber",
	"yazar hakkında",
	// Russian
	"читайте также", "читайте еще", "смотрите также", "похожие новости", "новости по теме", "по теме", "другие новости",
	"самое читаемое", "самое популярное", "популярное", "рекомендуем", "комментарии", "оставить комментарий",
	"добавить комментарий", "теги", "метки", "подписывайтесь", "подпишитесь", "подписаться", "рассылка",
	"политика конфиденциальности", "о нас", "контакты", "все права защищены", "последние новости", "лента новостей",
	"об авторе",
	// Arabic
	"اقرأ أيضاً", "إقرأ أيضاً", "اقرأ المزيد", "مقالات ذات صلة", "أخبار ذات صلة", "مواضيع ذات صلة", "ذات صلة",
	"الأكثر قراءة", "الأكثر مشاهدة", "الأكثر شعبية", "قد يعجبك أيضاً", "قد يهمك أيضاً", "قد يهمك", "التعليقات",
	"اترك تعليقاً", "اترك رداً", "أضف تعليق", "الوسوم", "كلمات مفتاحية", "الكلمات المفتاحية", "اشترك", "النشرة البريدية",
	"النشرة الإخبارية", "تابعونا", "تابعنا", "سياسة الخصوصية", "من نحن", "اتصل بنا", "جميع الحقوق محفوظة",
	"آخر الأخبار", "أخر الأخبار", "أحدث الأخبار", "المزيد", "عن الكاتب", "نبذة عن الكاتب",
	// Persian
	"بیشتر بخوانید", "مطالب مرتبط", "اخبار مرتبط", "مطالب پیشنهادی", "پربازدیدترین", "پربازدیدترین‌ها", "پربحث‌ترین",
	"نظرات", "ارسال نظر", "دیدگاه", "دیدگاه‌ها", "برچسب‌ها", "برچسب ها", "کلیدواژه‌ها", "عضویت در خبرنامه", "خبرنامه",
	"ما را دنبال کنید", "درباره ما", "تماس با ما", "حریم خصوصی", "کلیه حقوق", "تمامی حقوق", "آخرین اخبار",
	"درباره نویسنده",
	// Chinese
	"相关阅读", "相关新闻", "相关文章", "相关推荐", "延伸阅读", "推荐阅读", "热门文章", "热门新闻", "热点新闻", "阅读排行",
	"评论", "发表评论", "网友评论", "标签", "关键词", "订阅", "关注我们", "关于我们", "联系我们", "隐私政策", "版权所有",
	"免责声明", "最新消息", "上一篇", "下一篇", "作者简介",
}

// chromeCues are lines of page furniture that stand alone: buttons, labels,
// skip links. They are dropped but open no section.
var chromeCues = []string{
	"advertisement", "advertising", "ad", "share", "share this", "share this article", "share on", "tweet", "print",
	"email", "e-mail", "facebook", "twitter", "whatsapp", "telegram", "linkedin", "pinterest", "reddit", "copy link",
	"menu", "search", "home", "skip to content", "skip to main content", "accessibility links", "breaking news",
	"back to top", "scroll to top", "log in", "login", "sign in", "register", "publish your article",
	"submit your article", "write for us", "continue reading", "story continues below", "listen to this article",
	"error", "loading", "close", "open", "toggle navigation", "gold member", "senior member", "junior member",
	"new member", "active member", "registered user", "moderator", "administrator", "quote", "reply", "like",
	"min read", "mins read", "minute read", "minutes read", "lesezeit", "min lesezeit", "minuten lesezeit",
	"min de lecture", "temps de lecture", "min de lectura", "tiempo de lectura", "minuti di lettura", "dakika okuma",
	"мин чтения", "دقائق للقراءة", "دقيقة قراءة", "阅读", "浏览", "views", "بازدید", "enter your email",
	"anzeige", "werbung", "teilen", "artikel teilen", "drucken", "merken", "zum inhalt springen", "eilmeldung", "startseite",
	"publicité", "partager", "imprimer", "aller au contenu", "flash info", "accueil",
	"publicidad", "anuncio", "compartir", "imprimir", "ir al contenido", "última hora", "inicio",
	"pubblicità", "condividi", "stampa", "vai al contenuto", "ultim'ora",
	"reklama", "udostępnij", "drukuj", "przejdź do treści", "pilne", "strona główna",
	"reklam", "paylaş", "yazdır", "son dakika", "ana sayfa", "anasayfa", "içeriğe geç",
	"реклама", "поделиться", "печать", "перейти к содержанию", "главная", "срочно",
	"إعلان", "شارك", "مشاركة", "طباعة", "زر الذهاب إلى الأعلى", "الرئيسية", "عاجل",
	"تبلیغات", "آگهی", "اشتراک گذاری", "همرسانی", "چاپ", "صفحه اصلی", "فوری",
	"广告", "分享", "分享到", "打印", "返回顶部", "首页", "扫一扫",
}

// phraseReach says in which lines a phrase cue counts.
type phraseReach uint8

const (
	anywhere    phraseReach = iota // any line: "all rights reserved"
	notProse                       // not in long prose, where an article could use it: "privacy policy"
	notSentence                    // only in lines without a sentence ending: "cookies"
)

// phraseCues mark a line as boilerplate wherever they occur in it: comment
// forms, cookie notices, copyright lines, newsletter prompts; how far each
// reaches is its phraseReach.
var phraseCues = []struct {
	text string
	when phraseReach
}{
	{"all rights reserved", anywhere}, {"will not be published", anywhere}, {"required fields are marked", anywhere},
	{"akismet", anywhere}, {"you must be logged in", anywhere}, {"javascript is disabled", anywhere}, {"enable javascript", notProse},
	{"we use cookies", notProse}, {"uses cookies", notProse}, {"accept cookies", notProse}, {"by subscribing", notProse},
	{"cookies", notSentence}, {"cookie settings", notSentence}, {"الكوكيز", notSentence},
	{"to your inbox", notProse}, {"in your inbox", notProse}, {"enter your email", notProse}, {"in ihr postfach", notProse},
	{"dans votre boîte", notProse}, {"en tu bandeja", notProse}, {"nella tua casella", notProse},
	{"subscribe to our", notProse}, {"subscribe for our", notProse}, {"sign up for our", notProse}, {"sign up to our", notProse},
	{"our newsletter", notProse}, {"daily newsletter", notProse}, {"terms of use", notProse}, {"terms of service", notProse},
	{"privacy policy", notProse}, {"click here to", notProse}, {"download our app", notProse}, {"follow us on", notProse},
	{"alle rechte vorbehalten", anywhere}, {"wird nicht veröffentlicht", anywhere}, {"pflichtfelder sind mit", anywhere},
	{"wir verwenden cookies", notProse}, {"verwendet cookies", notProse}, {"newsletter abonnieren", notProse},
	{"tous droits réservés", anywhere}, {"ne sera pas publiée", anywhere}, {"ne sera pas publié", anywhere},
	{"champs obligatoires sont indiqués", anywhere}, {"nous utilisons des cookies", notProse}, {"utilise des cookies", notProse},
	{"inscrivez-vous à notre", notProse}, {"abonnez-vous à notre", notProse},
	{"todos los derechos reservados", anywhere}, {"no será publicada", anywhere}, {"no será publicado", anywhere},
	{"campos obligatorios están marcados", anywhere}, {"utilizamos cookies", notProse}, {"usamos cookies", notProse},
	{"suscríbete a nuestro", notProse},
	{"tutti i diritti riservati", anywhere}, {"non sarà pubblicato", anywhere}, {"campi obbligatori sono contrassegnati", anywhere},
	{"utilizziamo i cookie", notProse}, {"utilizza cookie", notProse}, {"iscriviti alla newsletter", notProse},
	{"wszelkie prawa zastrzeżone", anywhere}, {"nie zostanie opublikowany", anywhere}, {"wymagane pola są oznaczone", anywhere},
	{"używamy plików cookie", notProse}, {"zapisz się do newslettera", notProse},
	{"tüm hakları saklıdır", anywhere}, {"yayınlanmayacaktır", anywhere}, {"gerekli alanlar", anywhere},
	{"çerez", notProse}, {"bültenimize abone", notProse},
	{"все права защищены", anywhere}, {"не будет опубликован", anywhere}, {"обязательные поля помечены", anywhere},
	{"использует файлы cookie", notProse}, {"мы используем cookie", notProse}, {"подписывайтесь на наш", notProse},
	{"подпишитесь на наш", notProse}, {"при использовании материалов", anywhere}, {"при цитировании", notProse},
	{"جميع الحقوق محفوظة", anywhere}, {"لن يتم نشر عنوان بريدك", anywhere}, {"الحقول الإلزامية", anywhere},
	{"ملفات تعريف الارتباط", notProse}, {"اشترك في النشرة", notProse}, {"اشترك في قناتنا", notProse}, {"تابعونا على", notProse},
	{"کلیه حقوق", anywhere}, {"تمامی حقوق", anywhere}, {"منتشر نخواهد شد", anywhere}, {"کوکی", notProse},
	{"版权所有", anywhere}, {"版权声明", anywhere}, {"未经授权", anywhere}, {"不得转载", anywhere}, {"禁止转载", anywhere},
	{"转载请注明", anywhere}, {"责任编辑", anywhere}, {"扫码关注", notProse}, {"微信公众号", notProse}, {"免责声明", anywhere},
}

// inlineCues introduce a link to another article: "Read also: <headline>"
// on one line is dropped from the body; alone on its line the cue heads a
// boilerplate section.
var inlineCues = []string{
	"read also", "read more", "also read", "see also", "related", "more", "watch", "video", "listen", "recommended",
	"lesen sie auch", "mehr zum thema", "auch interessant", "lire aussi", "à lire aussi", "a lire aussi", "voir aussi",
	"lire également", "lee también", "leer más", "lea también", "ver también", "leggi anche", "czytaj także", "czytaj też",
	"zobacz też", "zobacz także", "ayrıca bakınız", "ilgili haber", "devamını oku", "читайте также", "смотрите также",
	"читайте еще", "читайте тоже", "اقرأ أيضاً", "إقرأ أيضاً", "اقرأ كذلك", "شاهد أيضاً", "بیشتر بخوانید", "بخوانید",
	"相关阅读", "延伸阅读", "推荐阅读",
}

// tagCues open a list of tags or topics, whatever follows them on the line.
var tagCues = []string{
	"tags", "tagged", "topics", "filed under", "schlagwörter", "themen", "mots-clés", "mots clés", "etiquetas", "tag",
	"tagi", "etiketler", "теги", "метки", "الوسوم", "كلمات مفتاحية", "برچسب‌ها", "برچسب ها", "برچسب", "标签", "关键词",
}

// strictTagCues are tag cues that are also common words ("Tag" is "day" in
// German): they need a colon after them.
var strictTagCues = foldSet([]string{"tag", "themen", "topics", "برچسب"})

// bylineCues start an author line ("By Jane Doe", "Von Hans Müller").
var bylineCues = []string{
	"by", "written by", "posted by", "words by", "von", "par", "por", "di", "door", "av", "autor", "autorka",
	"автор", "текст", "yazar", "yazan", "muhabir", "بقلم", "كتب", "كتبه", "إعداد", "نویسنده", "作者", "记者",
	"text", "reporter", "reporting by",
}

// sourceCues introduce the attribution of a cited source, kept in the body.
var sourceCues = []string{
	"source", "source from", "sources", "kaynak", "quelle", "quellen", "fuente", "fuentes", "fonte", "źródło",
	"источник", "المصدر", "مصدر", "منبع", "来源", "出典", "via",
}

// creditPrefixes start a photo credit or caption line.
var creditPrefixes = []string{
	"photo", "photos", "photo credit", "foto", "fotos", "bild", "image", "images", "credit", "credits", "picture",
	"illustration", "file photo", "crédit photo", "crédit", "créditos", "фото", "صورة", "الصورة", "عکس", "图片来源",
	"图片", "图", "摄影", "(photo", "[photo", "(foto", "(фото",
}

// creditMarks inside a short line betray a photo credit.
var creditMarks = []string{
	"photo credit", "(photo:", "getty images", "/getty", "via getty", "/afp", "afp/", "afp via", "reuters/", "/reuters",
	"ap photo", "/ap)", "epa/", "/epa", "shutterstock", "(credit:", "credit: ", "bildquelle", "fotoğraf:",
}

// Folded forms of the tables, built once.
var (
	chromeSet     = foldSet(chromeCues)
	headingFolded = newCueList(append(append([]string{}, sectionCues...), chromeCues...))
	inlineFolded  = newCueList(inlineCues)
	tagFolded     = newCueList(tagCues)
	bylineFolded  = newCueList(bylineCues)
	sourceFolded  = newCueList(sourceCues)
	creditFolded  = newCueList(creditPrefixes)
	creditFoldedM = foldList(creditMarks)
	phrases       = newPhraseIndex()
)

func foldSet(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, s := range list {
		m[fold.String(s)] = true
	}
	return m
}

// foldList folds, deduplicates and sorts longest first, so that the
// longest cue at a position wins.
func foldList(list []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range list {
		if f := fold.String(s); f != "" && !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// cueList holds folded cues by their first byte, longest first.
type cueList [256][]string

func newCueList(list []string) *cueList {
	var l cueList
	for _, c := range foldList(list) {
		l[c[0]] = append(l[c[0]], c)
	}
	return &l
}

// cuePrefix reports the longest cue of list that starts the folded line f
// as whole words; rest is what follows it, with separators (":", "-",
// "|", "»") trimmed.
func cuePrefix(f string, list *cueList) (cue, rest string, ok bool) {
	if f == "" {
		return "", "", false
	}
	for _, c := range list[f[0]] {
		if !strings.HasPrefix(f, c) {
			continue
		}
		after := f[len(c):]
		if after != "" && !cueBoundary(after) {
			continue
		}
		return c, strings.TrimLeft(after, " :：-–—|»›>•·/،"), true
	}
	return "", "", false
}

// cueBoundary reports whether s, the text after a cue, starts a new word.
// Han and kana cues need no space after them.
func cueBoundary(s string) bool {
	c := s[0]
	if c == ' ' || c == ':' || c == '-' || c == '|' || c == '(' || c == '.' || c == '!' || c == '/' {
		return true
	}
	if c < 0x80 {
		return false
	}
	// A non-ASCII character: a letter continues the word unless it is Han.
	r, _ := utf8.DecodeRuneInString(s)
	return !fold.IsWordRune(r) || isHan(r)
}

type foldedPhrase struct {
	text string
	when phraseReach
}

// phraseIndex finds phrase cues in a folded line. Phrases (all at least
// four bytes long) are looked up by their first four bytes at each word
// start; phrases in Han script, which has no word starts, are searched for
// in lines that hold Han.
type phraseIndex struct {
	byKey map[string][]foldedPhrase
	first [1 << 16 / 64]uint64 // set of the first two bytes of the keys
	han   []foldedPhrase
}

func pairOf(s string) uint16 { return uint16(s[0])<<8 | uint16(s[1]) }

func newPhraseIndex() *phraseIndex {
	ix := &phraseIndex{byKey: map[string][]foldedPhrase{}}
	for _, p := range phraseCues {
		fp := foldedPhrase{fold.String(p.text), p.when}
		if r, _ := utf8.DecodeRuneInString(fp.text); isHan(r) {
			ix.han = append(ix.han, fp)
			continue
		}
		k := fp.text[:min(4, len(fp.text))]
		ix.byKey[k] = append(ix.byKey[k], fp)
		pair := pairOf(k)
		ix.first[pair/64] |= 1 << (pair % 64)
	}
	return ix
}

// find reports whether a phrase that reaches as far as reach occurs in the
// folded line f; han tells that f holds Han characters.
func (ix *phraseIndex) find(f string, reach phraseReach, han bool) bool {
	prevLetter := false
	for i := 0; i < len(f); {
		c, size := f[i], 1
		var letter bool
		if c < utf8.RuneSelf {
			letter = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(f[i:])
			letter = fold.IsWordRune(r)
		}
		if letter && !prevLetter && len(f)-i >= 4 && ix.mayStart(f[i:]) {
			for _, p := range ix.byKey[f[i:i+4]] {
				if p.when <= reach && strings.HasPrefix(f[i:], p.text) {
					return true
				}
			}
		}
		prevLetter = letter
		i += size
	}
	if han {
		for _, p := range ix.han {
			if p.when <= reach && strings.Contains(f, p.text) {
				return true
			}
		}
	}
	return false
}

// mayStart reports whether some phrase begins with the first two bytes of s.
func (ix *phraseIndex) mayStart(s string) bool {
	pair := pairOf(s)
	return ix.first[pair/64]&(1<<(pair%64)) != 0
}
