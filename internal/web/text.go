package web

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/article"
)

// segment is a piece of article text as the article page shows it: plain
// text, an entity mention, or a quotation whose own pieces are plain text
// and mentions. Segments hold text only; the template escapes it, so
// marking text never builds HTML from it.
type segment struct {
	Text string
	// Entity is the entity a mention names.
	Entity *article.Entity
	// Quote is the quotation a segment holds; Parts are its pieces.
	Quote *article.Quote
	Parts []segment
}

// span is a byte range of a paragraph that is marked.
type span struct {
	start, end int
	entity     *article.Entity
	quote      *article.Quote
}

// markParagraph splits a paragraph into plain text, the quotations the
// article's facts hold and the mentions of its entities.
func markParagraph(p string, entities []article.Entity, quotes []article.Quote) []segment {
	var quoteSpans []span
	for i := range quotes {
		q := &quotes[i]
		text := strings.TrimSpace(q.Text)
		if utf8.RuneCountInString(text) < 2 {
			continue
		}
		for from := 0; from < len(p); {
			at := strings.Index(p[from:], text)
			if at < 0 {
				break
			}
			sp := span{start: from + at, end: from + at + len(text), quote: q}
			if !overlaps(quoteSpans, sp) {
				quoteSpans = append(quoteSpans, sp)
				break
			}
			from = sp.end
		}
	}
	sort.Slice(quoteSpans, func(i, j int) bool { return quoteSpans[i].start < quoteSpans[j].start })
	var out []segment
	at := 0
	for _, q := range quoteSpans {
		out = append(out, markMentions(p[at:q.start], entities)...)
		out = append(out, segment{Quote: q.quote, Parts: markMentions(p[q.start:q.end], entities)})
		at = q.end
	}
	return append(out, markMentions(p[at:], entities)...)
}

// markMentions splits text into plain text and entity mentions; where
// mentions overlap, the earliest and then the longest wins.
func markMentions(text string, entities []article.Entity) []segment {
	if text == "" {
		return nil
	}
	var found []span
	for i := range entities {
		e := &entities[i]
		for _, m := range e.Mentions {
			if m == "" {
				continue
			}
			for from := 0; from < len(text); {
				at := strings.Index(text[from:], m)
				if at < 0 {
					break
				}
				start, end := from+at, from+at+len(m)
				if wordEdge(text, start, end) {
					found = append(found, span{start: start, end: end, entity: e})
				}
				from = end
			}
		}
	}
	sort.Slice(found, func(i, j int) bool {
		if found[i].start != found[j].start {
			return found[i].start < found[j].start
		}
		return found[i].end > found[j].end
	})
	var out []segment
	at := 0
	for _, f := range found {
		if f.start < at {
			continue
		}
		if f.start > at {
			out = append(out, segment{Text: text[at:f.start]})
		}
		out = append(out, segment{Text: text[f.start:f.end], Entity: f.entity})
		at = f.end
	}
	if at < len(text) {
		out = append(out, segment{Text: text[at:]})
	}
	return out
}

// wordEdge reports whether text[start:end] is not part of a longer word.
// Scripts written without spaces have no word edges to check, and Arabic
// script glues prefixes (و، ب، ل) to the word before a name.
func wordEdge(text string, start, end int) bool {
	if start > 0 {
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		first, _ := utf8.DecodeRuneInString(text[start:])
		if wordRune(before) && wordRune(first) && spacedScript(first) && !unicode.Is(unicode.Arabic, first) {
			return false
		}
	}
	if end < len(text) {
		after, _ := utf8.DecodeRuneInString(text[end:])
		last, _ := utf8.DecodeLastRuneInString(text[:end])
		if wordRune(after) && wordRune(last) && spacedScript(last) {
			return false
		}
	}
	return true
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// spacedScript reports whether r's script separates words with spaces.
func spacedScript(r rune) bool {
	return !unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai)
}

func overlaps(spans []span, s span) bool {
	for _, o := range spans {
		if s.start < o.end && o.start < s.end {
			return true
		}
	}
	return false
}

// formatDelay says how long after the first report something came:
// "+0", "+45m", "+3h 10m", "+2d 4h".
func formatDelay(d time.Duration) string {
	if d < time.Minute {
		return "+0"
	}
	d = d.Round(time.Minute)
	days, hours, mins := int(d/(24*time.Hour)), int(d%(24*time.Hour)/time.Hour), int(d%time.Hour/time.Minute)
	switch {
	case days > 0 && hours > 0:
		return fmt.Sprintf("+%dd %dh", days, hours)
	case days > 0:
		return fmt.Sprintf("+%dd", days)
	case hours > 0 && mins > 0:
		return fmt.Sprintf("+%dh %dm", hours, mins)
	case hours > 0:
		return fmt.Sprintf("+%dh", hours)
	}
	return fmt.Sprintf("+%dm", mins)
}

// formatTime shows a publication time: the day alone when only the day
// is known, the time and its zone otherwise, "" when unknown.
func formatTime(t time.Time, dateOnly bool) string {
	switch {
	case t.IsZero():
		return ""
	case dateOnly:
		return t.Format(time.DateOnly)
	}
	return t.Format("2006-01-02 15:04 MST")
}

// clip shortens s to at most n runes, cut at a space when one is near,
// with an ellipsis when anything was cut.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := 0
	for i := range s {
		if n == 0 {
			cut = i
			break
		}
		n--
	}
	if sp := strings.LastIndexByte(s[:cut], ' '); sp > cut*3/4 {
		cut = sp
	}
	return strings.TrimSpace(s[:cut]) + "…"
}
