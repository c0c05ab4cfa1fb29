package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Browser end-to-end tests: the binary serves the example articles (and
// the shared seeds when ../shared is there) and headless Chromium reads
// its pages. They need Chromium: $CHROME, else /usr/bin/chromium; without
// it they skip. Screenshots go to $STORYLINE_SCREENSHOTS when set, else
// to a temporary folder removed after the test.

const seedsDir = "../../../shared/seeds"

// findChrome returns the Chromium to drive, or skips the test.
func findChrome(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("browser tests skipped in -short mode")
	}
	path := os.Getenv("CHROME")
	if path == "" {
		path = "/usr/bin/chromium"
	}
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no Chromium at %s (set $CHROME, or apt-get install chromium): %v", path, err)
	}
	return path
}

// serving is a "storyline serve" process.
type serving struct {
	url string
	log *syncLog
}

// syncLog collects a process's stderr.
type syncLog struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *syncLog) add(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.b.WriteString(s + "\n")
}

func (l *syncLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

var servingRE = regexp.MustCompile(`^storyline: serving (http://\S+)/$`)

// startServer runs bin serve on a free loopback port over paths and waits
// until it serves; it is interrupted (SIGINT) and must exit cleanly at the
// end of the test.
func startServer(t *testing.T, bin string, paths ...string) *serving {
	t.Helper()
	args := append([]string{"serve", "--db", filepath.Join(t.TempDir(), "b.db"), "--addr", "127.0.0.1:0"}, paths...)
	cmd := exec.Command(bin, args...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s := &serving{log: &syncLog{}}
	urls := make(chan string, 1)
	exited := make(chan struct{})
	var waitErr error
	go func() {
		defer close(exited)
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			s.log.add(sc.Text())
			if m := servingRE.FindStringSubmatch(sc.Text()); m != nil {
				urls <- m[1]
			}
		}
		close(urls)
		waitErr = cmd.Wait() // after the last read, as exec requires
	}()
	t.Cleanup(func() {
		select {
		case <-exited:
			return // it failed to start, which is reported
		default:
		}
		if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
			t.Errorf("interrupt serve: %v", err)
		}
		select {
		case <-exited:
			if waitErr != nil {
				t.Errorf("serve did not exit cleanly on SIGINT: %v\n%s", waitErr, s.log)
			}
		case <-time.After(20 * time.Second):
			cmd.Process.Kill()
			<-exited
			t.Errorf("serve did not stop on SIGINT\n%s", s.log)
		}
	})
	select {
	case u, ok := <-urls:
		if !ok {
			t.Fatalf("serve exited before serving:\n%s", s.log)
		}
		s.url = u
	case <-time.After(90 * time.Second):
		t.Fatalf("serve did not start:\n%s", s.log)
	}
	return s
}

// getJSON fetches an API path into v.
func (s *serving) getJSON(t *testing.T, path string, v any) {
	t.Helper()
	resp, err := http.Get(s.url + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s: %s", path, resp.Status, body)
	}
	if err := json.Unmarshal(body, v); err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
}

// browser is a headless Chromium tab that records the JavaScript dialogs
// pages open.
type browser struct {
	ctx     context.Context
	shots   string
	mu      sync.Mutex
	dialogs []string
}

// newBrowser starts headless Chromium; it is closed at the end of the
// test.
func newBrowser(t *testing.T, chrome string) *browser {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chrome),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1000),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(allocCtx)
	ctx, cancelTime := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(func() {
		cancelTime()
		cancelTab()
		cancelAlloc()
	})
	b := &browser{ctx: ctx, shots: os.Getenv("STORYLINE_SCREENSHOTS")}
	if b.shots == "" {
		b.shots = t.TempDir()
	} else if err := os.MkdirAll(b.shots, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", b.shots)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start Chromium %s: %v", chrome, err)
	}
	dialogs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go func() {
		for e, err := range dialogs {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.dialogs = append(b.dialogs, fmt.Sprintf("%s: %q", e.Type, e.Message))
			b.mu.Unlock()
			chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	return b
}

// do runs actions in the tab.
func (b *browser) do(t *testing.T, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(b.ctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// open loads a page, waits for its body and saves a screenshot as name.
func (b *browser) open(t *testing.T, url, name string) {
	t.Helper()
	b.do(t, "open "+url, chromedp.Navigate(url), chromedp.WaitReady(chromedp.CSS("body")))
	shot, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", url, err)
	}
	if err := os.WriteFile(filepath.Join(b.shots, name+".png"), shot, 0o644); err != nil {
		t.Fatal(err)
	}
}

// eval evaluates a JavaScript expression in the page.
func eval[T any](t *testing.T, b *browser, expr string) T {
	t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// count returns the number of elements a CSS selector matches.
func (b *browser) count(t *testing.T, selector string) int {
	t.Helper()
	return eval[int](t, b, fmt.Sprintf("document.querySelectorAll(%q).length", selector))
}

// href returns the href attribute of the first element a selector
// matches.
func (b *browser) href(t *testing.T, selector string) string {
	t.Helper()
	h := eval[string](t, b, fmt.Sprintf("document.querySelector(%q)?.getAttribute('href') ?? ''", selector))
	if h == "" {
		t.Fatalf("no %s", selector)
	}
	return h
}

// TestBrowser serves the examples, the seeds when present and an article
// full of script payloads, and reads the pages in headless Chromium.
func TestBrowser(t *testing.T) {
	chrome := findChrome(t)
	start := time.Now()
	xssDir := t.TempDir()
	for _, in := range xssInputs {
		if err := os.WriteFile(filepath.Join(xssDir, in.file), []byte(in.content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	paths := []string{"../../examples/articles", xssDir}
	_, err := os.Stat(seedsDir)
	seeds := err == nil
	if seeds {
		paths = append(paths, seedsDir)
	} else {
		t.Logf("no seeds at %s: the cross-language search check is skipped", seedsDir)
	}
	s := startServer(t, buildBinary(t), paths...)
	t.Logf("serving %s after %v", s.url, time.Since(start).Round(time.Millisecond))
	b := newBrowser(t, chrome)
	t.Run("pages", func(t *testing.T) { checkPages(t, s, b, seeds) })
	t.Run("widths", func(t *testing.T) { checkWidths(t, s, chrome) })
	t.Run("xss", func(t *testing.T) { checkXSS(t, s, b) })
	t.Logf("done in %v", time.Since(start).Round(time.Millisecond))
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.dialogs) > 0 {
		t.Errorf("dialogs opened: %q", b.dialogs)
	}
}

// checkPages reads the home, a story, an entity and a search page.
func checkPages(t *testing.T, s *serving, b *browser, seeds bool) {
	b.open(t, s.url+"/", "home")
	if n := b.count(t, "ol.stories li.story"); n < 5 {
		t.Errorf("home lists %d stories", n)
	}
	storyURL := b.href(t, "ol.stories li.story h3 a")

	b.open(t, s.url+storyURL, "story")
	if n := b.count(t, "ul.articles li.article-item"); n < 1 {
		t.Errorf("story %s lists %d articles", storyURL, n)
	}
	if n := b.count(t, "#timeline svg.chart rect"); n < 1 {
		t.Errorf("story %s has no timeline chart", storyURL)
	}
	entityURL := b.href(t, "table.entities a")

	b.open(t, s.url+entityURL, "entity")
	name := eval[string](t, b, "document.querySelector('h1')?.textContent.trim() ?? ''")
	if name == "" || b.count(t, "#variants tbody tr") < 1 {
		t.Errorf("entity %s: name %q, no variants", entityURL, name)
	}

	if !seeds {
		b.open(t, s.url+"/search?q=Izmir", "search")
		if n := b.count(t, "ol.hits li.hit"); n < 2 || b.count(t, "ol.hits mark") < 1 {
			t.Errorf("search Izmir: %d hits", n)
		}
		return
	}
	checkSeedSearch(t, s, b)
}

// checkSeedSearch searches "Soleimani": the five seeds (four English
// reports and an Arabic one) must be found, and the English report 000
// and the Arabic 002 be in one story.
func checkSeedSearch(t *testing.T, s *serving, b *browser) {
	b.open(t, s.url+"/search?q=Soleimani", "search")
	type hit struct {
		Article string `json:"article"`
		Story   string `json:"story"`
	}
	hits := eval[[]hit](t, b, `[...document.querySelectorAll('ol.hits li.hit')].map(li => ({
		article: li.querySelector('h3 a').getAttribute('href'),
		story: li.querySelector('a[href^="/stories/"]').getAttribute('href')}))`)
	storyOf := map[string]string{} // seed file name -> story URL
	idRE := regexp.MustCompile(`^/articles/(\d+)`)
	for _, h := range hits {
		m := idRE.FindStringSubmatch(h.Article)
		if m == nil {
			t.Fatalf("hit links to %q", h.Article)
		}
		var a struct {
			Source string `json:"source"`
		}
		s.getJSON(t, "/api/v1/articles/"+m[1], &a)
		storyOf[a.Source] = h.Story
	}
	var found []string
	for f := range storyOf {
		found = append(found, f)
	}
	slices.Sort(found)
	files, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	for _, f := range files {
		if _, ok := storyOf[filepath.Base(f)]; !ok {
			t.Errorf("search Soleimani does not find seed %s; found %q", filepath.Base(f), found)
		}
	}
	if b.count(t, "ol.hits mark") < len(files) {
		t.Errorf("search Soleimani marks fewer matches than hits")
	}
	var en, ar string
	for f, st := range storyOf {
		switch {
		case strings.HasPrefix(f, "000_"):
			en = st
		case strings.HasPrefix(f, "002_"):
			ar = st
		}
	}
	if en == "" || en != ar {
		t.Errorf("seeds 000 (English) and 002 (Arabic) in stories %q and %q, want one", en, ar)
	}
}

// xssPayloads are markup that would set window.__xss and open a dialog
// if a page ran it.
const xssPayloads = `<script>window.__xss=5;alert(5)</script> and <b onmouseover="window.__xss=6">bold</b>,
"<img src=x onerror=window.__xss=7;alert(7)>", <a href="javascript:window.__xss=8;alert(8)">click</a>,
<svg/onload=window.__xss=9;alert(9)>, <iframe src="javascript:alert(10)"></iframe>,
</textarea></title></style><script>alert(11)</script>, {{.}}, ${alert(12)},
<math><mtext><table><mglyph><style><img src=x onerror=alert(13)>`

// xssInputs are two articles full of script payloads, each found by its
// own word: a JSON record with payloads in every field (its text is read
// as HTML, so the extract stage strips the body's tags), and a plain text
// file, whose body keeps them.
var xssInputs = []struct{ file, word, content string }{
	{"xss.json", "Quixotrel", func() string {
		data, err := json.Marshal(map[string]string{
			"title":     `Quixotrel <script>window.__xss=1;alert(1)</script><img src=x onerror="window.__xss=2;alert(2)">`,
			"url":       `javascript:window.__xss=3;alert(3)`,
			"outlet":    `<svg onload="window.__xss=4;alert(4)">Quixotrel Times</svg>`,
			"published": "2001-09-09T10:00:00Z", // old: not the first story of the home page
			"text": "The Quixotrel council met on Monday. Mayor Quixotrel Onerror said " + xssPayloads +
				".\n\nThe Quixotrel harbour council will meet again next week, officials in Quixotrel said.",
		})
		if err != nil {
			panic(err)
		}
		return string(data)
	}()},
	{"xss.txt", "Zarvelin", `Zarvelin <script>alert(15)</script> harbour <img src=x onerror=alert(16)> reopens

By <svg onload=alert(17)> staff
Published 9 September 2001

The Zarvelin harbour reopened on Monday after repairs, the port authority of Zarvelin said in a statement
that it published with the following text: ` + xssPayloads + `.

Ships of the Zarvelin line will call at the harbour from next week, the authority added.
`},
}

// checkXSS views the article, story, entity and search pages of the
// articles full of script payloads: no dialog may open, no payload run,
// and the payloads must show as text.
func checkXSS(t *testing.T, s *serving, b *browser) {
	// The canary: a page whose script runs must be caught.
	b.do(t, "open the canary", chromedp.Navigate("data:text/html,<p>canary<script>window.__xss=0;alert('canary')</script>"))
	if !eval[bool](t, b, "window.__xss === 0") {
		t.Fatal("the canary's script did not run: the checks below would prove nothing")
	}
	b.mu.Lock()
	canary := len(b.dialogs) == 1 && strings.Contains(b.dialogs[0], "canary")
	b.dialogs = nil
	b.mu.Unlock()
	if !canary {
		t.Fatal("the canary's dialog was not seen")
	}

	for _, in := range xssInputs {
		t.Run(in.file, func(t *testing.T) { checkXSSPages(t, s, b, in.word) })
	}
}

// checkXSSPages views the pages of the article that word finds.
func checkXSSPages(t *testing.T, s *serving, b *browser, word string) {
	var found struct {
		Articles []struct {
			ID      int64 `json:"id"`
			StoryID int64 `json:"story_id"`
		} `json:"articles"`
	}
	s.getJSON(t, "/api/v1/search?q="+word, &found)
	if len(found.Articles) != 1 {
		t.Fatalf("search %s finds %d articles", word, len(found.Articles))
	}
	a := found.Articles[0]
	name := strings.ToLower(word)
	pages := []struct{ name, path, entity string }{
		{name + "-article", fmt.Sprintf("/articles/%d", a.ID), ""},
		{name + "-story", fmt.Sprintf("/stories/%d", a.StoryID), ""},
		{name + "-entity", "", ""}, // the story's first entity
		{name + "-search", "/search?q=" + word, ""},
		{name + "-search-query", "/search?q=" + url.QueryEscape(word+`"><script>window.__xss=14;alert(14)</script>`), ""},
		{name + "-home", "/", ""},
	}
	for i, p := range pages {
		if p.path == "" {
			p.path = pages[i-1].entity
			if p.path == "" {
				t.Errorf("story %d lists no entity", a.StoryID)
				continue
			}
		}
		b.open(t, s.url+p.path, p.name)
		if b.count(t, "table.entities a") > 0 {
			pages[i].entity = b.href(t, "table.entities a")
		}
		// Give handlers a moment: an onload or onerror runs just after
		// the load.
		b.do(t, "wait", chromedp.Sleep(100*time.Millisecond))
		if eval[bool](t, b, "window.__xss !== undefined") {
			t.Errorf("%s: a payload ran", p.path)
		}
		if n := b.count(t, "script"); n != 0 {
			t.Errorf("%s: %d script elements", p.path, n)
		}
		if n := b.count(t, `a[href^="javascript:" i], iframe, object, embed`); n != 0 {
			t.Errorf("%s: %d javascript: links or frames", p.path, n)
		}
		handlers := eval[int](t, b, `[...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length`)
		if handlers != 0 {
			t.Errorf("%s: %d elements with event handlers", p.path, handlers)
		}
	}
	b.open(t, s.url+pages[0].path, pages[0].name)
	text := eval[string](t, b, "document.body.innerText")
	// The extract stage keeps some of the payloads of each input (a text
	// file's lines of markup may be dropped as page code): those it keeps
	// are shown as text.
	if !strings.Contains(text, "<script>") && !strings.Contains(text, "onerror=") {
		t.Errorf("the article page does not show the payloads as text:\n%.1000s", text)
	}
}

// widthProbe measures a page: the document's width against the window's,
// the elements that reach past the main column (the skip link, kept off
// screen on purpose, and the visually hidden left out), the smallest
// rendered chart label and the page's height.
const widthProbe = `(() => {
	const main = document.querySelector('main');
	const right = main ? main.getBoundingClientRect().right : window.innerWidth;
	const out = [];
	for (const e of document.querySelectorAll('main *')) {
		if (e.closest('.skip, .visually-hidden')) continue;
		const r = e.getBoundingClientRect();
		if (r.width === 0 && r.height === 0) continue;
		if (r.right > right + 1 || r.left < -1) {
			out.push(e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '') +
				' [' + Math.round(r.left) + ', ' + Math.round(r.right) + ']');
		}
	}
	let label = 0;
	for (const t of document.querySelectorAll('svg.chart text')) {
		const h = t.getBoundingClientRect().height;
		if (h > 0 && (label === 0 || h < label)) label = h;
	}
	return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
		height: document.documentElement.scrollHeight, label: label, over: out.slice(0, 8),
		parts: [...document.querySelectorAll('main > * > header, main > * > nav, main section[id]')].map(s =>
			(s.id || s.tagName.toLowerCase()) + ' ' + Math.round(s.getBoundingClientRect().height))};
})()`

// widthReport is what widthProbe returns.
type widthReport struct {
	Scroll int      `json:"scroll"`
	Inner  int      `json:"inner"`
	Height int      `json:"height"`
	Label  float64  `json:"label"`
	Over   []string `json:"over"`
	// Parts are the heights of the page's header and sections.
	Parts []string `json:"parts"`
}

// Chart labels are at least this tall on screen; a story page of five
// articles or fewer is no taller than maxSmallStory at each width (it was
// 8,200 px at 400 px before its long lists were folded).
const minChartLabel = 9.0

var maxSmallStory = map[int64]int{360: 5200, 400: 5200, 1400: 3200}

// checkWidths opens the home page, every story it lists first, their
// articles, two entities of each and a search at two phones' widths and a
// desktop's: no page may scroll sideways nor any element reach past the main
// column, chart labels must be readable and a small story page short.
// Each width has a browser of its own, and so its own time limit.
func checkWidths(t *testing.T, s *serving, chrome string) {
	b := newBrowser(t, chrome)
	b.open(t, s.url+"/", "widths-home")
	stories := eval[[]string](t, b, `[...document.querySelectorAll('ol.stories li.story h3 a')].map(a => a.getAttribute('href'))`)
	if len(stories) < 5 {
		t.Fatalf("home lists %d stories", len(stories))
	}
	pages := []string{"/", "/search?q=Izmir"}
	seen := map[string]bool{}
	for _, st := range stories {
		b.open(t, s.url+st, "widths-story")
		pages = append(pages, st)
		links := eval[[]string](t, b, `[...document.querySelectorAll('ul.articles a[href^="/articles/"], table.entities a')].map(a => a.getAttribute('href'))`)
		entities := 0
		for _, l := range links {
			if seen[l] || (strings.HasPrefix(l, "/entities/") && entities == 2) {
				continue
			}
			if strings.HasPrefix(l, "/entities/") {
				entities++
			}
			seen[l] = true
			pages = append(pages, l)
		}
	}
	for _, width := range []int64{360, 400, 1400} {
		b := newBrowser(t, chrome)
		b.do(t, "viewport", chromedp.EmulateViewport(width, 900))
		for _, p := range pages {
			if width == 400 && strings.HasPrefix(p, "/stories/") {
				b.open(t, s.url+p, fmt.Sprintf("widths-%d-story-%s", width, path.Base(p)))
			} else {
				b.do(t, "open "+p, chromedp.Navigate(s.url+p), chromedp.WaitReady(chromedp.CSS("body")))
			}
			r := eval[widthReport](t, b, widthProbe)
			if r.Scroll > r.Inner || len(r.Over) > 0 {
				t.Errorf("%s at %d px: %d px wide in a %d px window; past the column: %q", p, width, r.Scroll, r.Inner, r.Over)
			}
			if width < 1000 && r.Label > 0 && r.Label < minChartLabel {
				t.Errorf("%s at %d px: chart labels %.1f px tall, want %.0f or more", p, width, r.Label, minChartLabel)
			}
			if strings.HasPrefix(p, "/stories/") {
				if n := b.count(t, "ul.articles li.article-item"); n <= 5 && r.Height > maxSmallStory[width] {
					t.Errorf("%s at %d px: %d articles on a page %d px tall, want %d or less; parts %q", p, width, n, r.Height, maxSmallStory[width], r.Parts)
				}
			}
		}
	}
}
