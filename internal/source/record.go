package source

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Field names that news exports use, by canonical field, in order of
// preference. Matching ignores case, "_" and "-".
var fieldNames = map[string][]string{
	"title":     {"title", "headline", "name"},
	"text":      {"text", "body", "content", "maintext", "articlebody", "fulltext", "article", "description", "summary"},
	"url":       {"url", "link", "canonicalurl", "href", "permalink", "sourceurl"},
	"published": {"published", "date", "pubdate", "publishedat", "datepublished", "publishdate", "datepublish", "publicationdate", "created", "createdat", "time", "timestamp"},
	"language":  {"language", "lang", "locale", "inlanguage"},
	"outlet":    {"source", "outlet", "site", "sitename", "publisher", "domain", "sourcename", "feed"},
	"authors":   {"authors", "author", "byline", "creator"},
}

// parseRecords reads a JSON document (one object or an array of objects) or
// JSON Lines. Records that cannot be used are returned as errors beside the
// good ones, each naming its record.
func parseRecords(origin Origin, lines bool, data []byte) ([]Document, error) {
	trimmed := bytes.TrimSpace(data)
	if !lines && json.Valid(trimmed) {
		if trimmed[0] == '[' {
			var items []json.RawMessage
			if err := json.Unmarshal(trimmed, &items); err != nil {
				return nil, fmt.Errorf("json: %w", err)
			}
			return collect(origin, items, true)
		}
		return collect(origin, []json.RawMessage{trimmed}, false)
	}
	var items []json.RawMessage
	for line := range bytes.Lines(data) {
		items = append(items, bytes.TrimSpace(line))
	}
	if len(items) == 1 {
		return collect(origin, items, false)
	}
	return collect(origin, items, true)
}

// collect decodes records; numbered names them "#N" by their 1-based
// position, blank items keep their number but are skipped.
func collect(origin Origin, items []json.RawMessage, numbered bool) ([]Document, error) {
	var docs []Document
	var errs []error
	for i, raw := range items {
		o := origin
		if numbered {
			o = origin.record(i + 1)
		}
		if len(raw) == 0 {
			continue
		}
		fields, err := decodeRecord(raw)
		if err != nil {
			if !numbered {
				return nil, err
			}
			errs = append(errs, &InputError{Path: o.Name(), Err: err})
			continue
		}
		docs = append(docs, Document{Origin: o, Format: Record, Fields: fields})
	}
	if len(docs) == 0 && len(errs) == 0 {
		return nil, ErrEmpty
	}
	return docs, errors.Join(errs...)
}

func decodeRecord(raw json.RawMessage) (Fields, error) {
	var obj map[string]any
	if err := json.Unmarshal(raw, &obj); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			return Fields{}, fmt.Errorf("invalid JSON at byte %d: %w", syn.Offset, err)
		}
		return Fields{}, fmt.Errorf("not a JSON object: %w", err)
	}
	byKey := make(map[string]any, len(obj))
	for k, v := range obj {
		byKey[foldKey(k)] = v
	}
	f := Fields{
		Title:     pick(byKey, "title"),
		Text:      pick(byKey, "text"),
		URL:       pick(byKey, "url"),
		Published: pick(byKey, "published"),
		Language:  pick(byKey, "language"),
		Outlet:    pick(byKey, "outlet"),
		Authors:   pickList(byKey, "authors"),
	}
	if strings.TrimSpace(f.Text) == "" {
		return Fields{}, ErrNoArticle
	}
	return f, nil
}

func foldKey(k string) string {
	k = strings.ToLower(k)
	return strings.NewReplacer("_", "", "-", "", " ", "").Replace(k)
}

// pick returns the first non-empty value among a canonical field's names.
func pick(obj map[string]any, field string) string {
	for _, name := range fieldNames[field] {
		if s := scalar(obj[name]); s != "" {
			return s
		}
	}
	return ""
}

func pickList(obj map[string]any, field string) []string {
	for _, name := range fieldNames[field] {
		switch v := obj[name].(type) {
		case []any:
			var out []string
			for _, item := range v {
				if s := scalar(item); s != "" {
					out = append(out, s)
				}
			}
			if len(out) > 0 {
				return out
			}
		default:
			if s := scalar(v); s != "" {
				return []string{s}
			}
		}
	}
	return nil
}

// scalar renders a JSON value as text: strings as they are, numbers that look
// like Unix times as RFC 3339, objects by their name, title or url.
func scalar(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case float64:
		switch {
		case v > 1e11 && v < 1e14: // milliseconds since 1970
			return time.UnixMilli(int64(v)).UTC().Format(time.RFC3339)
		case v > 1e8 && v < 1e11: // seconds since 1970
			return time.Unix(int64(v), 0).UTC().Format(time.RFC3339)
		}
		return strconv.FormatFloat(v, 'f', -1, 64)
	case map[string]any:
		for _, k := range []string{"name", "title", "url", "text"} {
			if s := scalar(v[k]); s != "" {
				return s
			}
		}
	}
	return ""
}
