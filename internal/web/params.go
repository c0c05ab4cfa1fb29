package web

import (
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Bounds of the request parameters.
const (
	// pageSize is the length of a page of stories or articles in the UI.
	pageSize = 25
	// maxPage is the last page a list may be asked for.
	maxPage = 10000
	// maxLimit caps the API's limit parameter.
	maxLimit = 100
	// maxOffset caps the API's offset parameter.
	maxOffset = maxPage * pageSize
	// maxQueryRunes caps a search query.
	maxQueryRunes = 256
	// maxEntityBytes caps an entity key or name.
	maxEntityBytes = 200
)

// filters narrow the story list, the search and their API twins.
type filters struct {
	// Language keeps what has an article in this language.
	Language string
	// From and To bound the publication dates; To is the last instant of
	// its day. FromText and ToText are the dates as given.
	From, To         time.Time
	FromText, ToText string
	// Entity is an entity key, or a name to find one by.
	Entity string
}

// parseFilters reads lang, from, to and entity.
func parseFilters(q url.Values) (filters, error) {
	f := filters{
		Language: strings.TrimSpace(q.Get("lang")),
		FromText: strings.TrimSpace(q.Get("from")),
		ToText:   strings.TrimSpace(q.Get("to")),
		Entity:   strings.TrimSpace(q.Get("entity")),
	}
	if f.Language != "" && !validLanguage(f.Language) {
		return f, errBadRequest("lang must be a language code such as en or ar.")
	}
	var err error
	if f.FromText != "" {
		if f.From, err = time.Parse(time.DateOnly, f.FromText); err != nil {
			return f, errBadRequest("from must be a date written YYYY-MM-DD.")
		}
	}
	if f.ToText != "" {
		if f.To, err = time.Parse(time.DateOnly, f.ToText); err != nil {
			return f, errBadRequest("to must be a date written YYYY-MM-DD.")
		}
		f.To = f.To.Add(24*time.Hour - time.Second)
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		return f, errBadRequest("to must not be before from.")
	}
	if len(f.Entity) > maxEntityBytes || !utf8.ValidString(f.Entity) {
		return f, errBadRequest("entity must be at most %d bytes of text.", maxEntityBytes)
	}
	return f, nil
}

// values are the filters as query parameters, for links that keep them.
func (f filters) values() url.Values {
	v := url.Values{}
	for k, s := range map[string]string{"lang": f.Language, "from": f.FromText, "to": f.ToText, "entity": f.Entity} {
		if s != "" {
			v.Set(k, s)
		}
	}
	return v
}

// parsePage reads the 1-based page number of a UI list.
func parsePage(q url.Values) (int, error) {
	s := q.Get("page")
	if s == "" {
		return 1, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > maxPage {
		return 0, errBadRequest("page must be a number from 1 to %d.", maxPage)
	}
	return n, nil
}

// parseLimits reads the API's limit (default def, at most maxLimit) and
// offset.
func parseLimits(q url.Values, def int) (limit, offset int, err error) {
	limit, offset = def, 0
	if s := q.Get("limit"); s != "" {
		if limit, err = strconv.Atoi(s); err != nil || limit < 1 || limit > maxLimit {
			return 0, 0, errBadRequest("limit must be a number from 1 to %d.", maxLimit)
		}
	}
	if s := q.Get("offset"); s != "" {
		if offset, err = strconv.Atoi(s); err != nil || offset < 0 || offset > maxOffset {
			return 0, 0, errBadRequest("offset must be a number from 0 to %d.", maxOffset)
		}
	}
	return limit, offset, nil
}

// pageLink is the address of another page of a UI list.
func pageLink(path string, v url.Values, page int) string {
	v = cloneValues(v)
	if page > 1 {
		v.Set("page", strconv.Itoa(page))
	} else {
		v.Del("page")
	}
	if len(v) == 0 {
		return path
	}
	return path + "?" + v.Encode()
}

func cloneValues(v url.Values) url.Values {
	out := url.Values{}
	for k, vs := range v {
		out[k] = append([]string(nil), vs...)
	}
	return out
}

// parseID reads a positive numeric id from the path.
func parseID(s, what string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, errBadRequest("The %s id must be a positive number.", what)
	}
	return id, nil
}

// parseQuery reads the search text q.
func parseQuery(q url.Values) (string, error) {
	text := strings.TrimSpace(q.Get("q"))
	if !utf8.ValidString(text) {
		return "", errBadRequest("q must be text.")
	}
	if utf8.RuneCountInString(text) > maxQueryRunes {
		return "", errBadRequest("q must be at most %d characters.", maxQueryRunes)
	}
	return text, nil
}

// parseSearch reads the query, which must not be empty, and the filters
// of the search API and feed.
func parseSearch(q url.Values) (string, filters, error) {
	text, err := parseQuery(q)
	if err != nil {
		return "", filters{}, err
	}
	if text == "" {
		return "", filters{}, errBadRequest("q must not be empty.")
	}
	f, err := parseFilters(q)
	return text, f, err
}
