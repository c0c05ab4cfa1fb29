package web

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/api"
	"github.com/storyline/storyline/internal/store"
)

//go:embed templates/*.html
var templateFS embed.FS

// pageNames are the page templates; each is parsed with the base layout
// and the shared parts into a set of its own.
var pageNames = []string{"home", "story", "article", "entity", "search", "error"}

// pages are the parsed page templates, by name.
type pages struct {
	sets map[string]*template.Template
}

// pageData is what the base layout shows around a page's own content.
type pageData struct {
	// Title is the document title, before " · storyline".
	Title string
	// Query fills the search box in the header.
	Query string
	// Feed and JSON are the page's Atom feed and API addresses.
	Feed, JSON string
	// Prev and Next are the neighbouring pages of a paginated list.
	Prev, Next string
	// Body is the page's own data.
	Body any
}

func loadPages(a *assets) (*pages, error) {
	base, err := template.New("base").Funcs(templateFuncs(a)).
		ParseFS(templateFS, "templates/base.html", "templates/parts.html")
	if err != nil {
		return nil, fmt.Errorf("templates: %w", err)
	}
	p := &pages{sets: map[string]*template.Template{}}
	for _, name := range pageNames {
		t, err := base.Clone()
		if err == nil {
			t, err = t.ParseFS(templateFS, "templates/"+name+".html")
		}
		if err != nil {
			return nil, fmt.Errorf("templates: %s: %w", name, err)
		}
		p.sets[name] = t
	}
	return p, nil
}

// execute renders a page in the base layout.
func (p *pages) execute(w io.Writer, name string, data pageData) error {
	t, ok := p.sets[name]
	if !ok {
		return fmt.Errorf("no page template %q", name)
	}
	return t.ExecuteTemplate(w, "base", data)
}

// Addresses of the pages.

func storyURL(id int64) string   { return "/stories/" + strconv.FormatInt(id, 10) }
func articleURL(id int64) string { return "/articles/" + strconv.FormatInt(id, 10) }

// entityURL is an entity's page; keys hold ':' and may hold spaces.
func entityURL(key string) string { return "/entities/" + url.PathEscape(key) }

func templateFuncs(a *assets) template.FuncMap {
	return template.FuncMap{
		"asset":      a.url,
		"storyURL":   storyURL,
		"articleURL": articleURL,
		"entityURL":  entityURL,
		"langName":   languageName,
		"langNative": func(code string) string { return languages[code].Native },
		"langClass":  langClass,
		"langAttr":   langAttr,
		"script":     api.Script,
		"time":       formatTime,
		"day":        api.FormatDay,
		"iso": func(t time.Time) string {
			if t.IsZero() {
				return ""
			}
			return t.Format(time.RFC3339)
		},
		"delay":  formatDelay,
		"pct":    func(f float64) string { return strconv.Itoa(int(f*100+0.5)) + "%" },
		"fixed":  func(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) },
		"plural": plural,
		"add":    func(a, b int) int { return a + b },
		// spreadTable is a table of how a story spread.
		"spreadTable": func(caption, head string, rows []spread) spreadTable {
			return spreadTable{Caption: caption, Head: head, Rows: rows}
		},
		// storyRowsOf draws the activity of stories for a list.
		"storyRowsOf": storyRows,
		// firstVariants are an entity's most used forms, for a short line.
		"firstVariants": func(vs []store.Variant) []variantRow {
			return variantRows(vs[:min(len(vs), 8)])
		},
		"join":    strings.Join,
		"clip":    clip,
		"httpURL": api.HTTPURL,
		"typeName": func(t string) string {
			switch t {
			case "organization":
				return "organisation"
			case "":
				return "entity"
			}
			return t
		},
	}
}
