package story

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"unicode/utf8"
)

// featureEntry is one weighted feature of a profile.
type featureEntry struct {
	sym symbol
	w   float32
}

// Features are a profile's weighted features of one kind, by text, held
// compactly: symbols of a table, sorted, eight bytes each. A Features value
// is never changed in place; operations return a new one, so profiles may
// share them.
type Features struct {
	syms *symbolTable
	e    []featureEntry
}

// MakeFeatures returns the features of a map from text to weight, in a
// table of their own; a clusterer takes them into its table when it takes
// the profile in.
func MakeFeatures(m map[string]float64) Features {
	return makeFeatures(newSymbolTable(len(m)), m)
}

// makeFeatures returns the features of a map from text to weight, as
// symbols of t.
func makeFeatures(t *symbolTable, m map[string]float64) Features {
	f := Features{syms: t, e: make([]featureEntry, 0, len(m))}
	for text, w := range m {
		f.e = append(f.e, featureEntry{t.intern(text), float32(w)})
	}
	slices.SortFunc(f.e, func(a, b featureEntry) int { return int(a.sym) - int(b.sym) })
	return f
}

// Len returns the number of features.
func (f Features) Len() int { return len(f.e) }

// Weight returns the weight of a text, 0 when the features lack it.
func (f Features) Weight(text string) float64 {
	w, _ := f.get(f.syms.lookup(text))
	return w
}

// has reports whether the features hold text.
func (f Features) has(text string) bool {
	_, ok := f.get(f.syms.lookup(text))
	return ok
}

// Map returns the features as a map from text to weight.
func (f Features) Map() map[string]float64 {
	out := make(map[string]float64, len(f.e))
	ts := f.texts()
	for i, e := range f.e {
		out[ts[i]] = float64(e.w)
	}
	return out
}

func (f Features) texts() []string {
	syms := make([]symbol, len(f.e))
	for i, e := range f.e {
		syms[i] = e.sym
	}
	return f.syms.texts(syms)
}

// in returns the features as symbols of t, in a new value; the same value
// when they are already.
func (f Features) in(t *symbolTable) Features {
	if f.syms == t {
		return f
	}
	ts := f.texts()
	out := Features{syms: t, e: make([]featureEntry, len(f.e))}
	for i, e := range f.e {
		out.e[i] = featureEntry{t.intern(ts[i]), e.w}
	}
	slices.SortFunc(out.e, func(a, b featureEntry) int { return int(a.sym) - int(b.sym) })
	return out
}

// renumbered returns the features as symbols of t, numbered by renumber,
// which keeps the symbols' order.
func (f Features) renumbered(t *symbolTable, renumber []symbol) Features {
	out := Features{syms: t, e: make([]featureEntry, len(f.e))}
	for i, e := range f.e {
		out.e[i] = featureEntry{renumber[e.sym], e.w}
	}
	return out
}

// get returns the weight of a symbol and whether the features hold it.
func (f Features) get(s symbol) (float64, bool) {
	if s == noSymbol {
		return 0, false
	}
	e := f.e
	i := sort.Search(len(e), func(i int) bool { return e[i].sym >= s })
	if i < len(e) && e[i].sym == s {
		return float64(e[i].w), true
	}
	return 0, false
}

// merge returns the features with o's weights added, and the symbols of o
// the features lacked. Both must be symbols of one table, or f empty.
func (f Features) merge(o Features) (Features, []symbol) {
	if len(f.e) == 0 {
		return Features{syms: o.syms, e: slices.Clone(o.e)}, symbolsOf(o.e)
	}
	if len(o.e) == 0 {
		return f, nil
	}
	if f.syms != o.syms {
		panic("story: features of two symbol tables merged")
	}
	out := Features{syms: f.syms, e: make([]featureEntry, 0, len(f.e)+len(o.e))}
	var added []symbol
	i, j := 0, 0
	for i < len(f.e) || j < len(o.e) {
		switch {
		case j == len(o.e) || (i < len(f.e) && f.e[i].sym < o.e[j].sym):
			out.e = append(out.e, f.e[i])
			i++
		case i == len(f.e) || o.e[j].sym < f.e[i].sym:
			out.e = append(out.e, o.e[j])
			added = append(added, o.e[j].sym)
			j++
		default:
			out.e = append(out.e, featureEntry{f.e[i].sym, f.e[i].w + o.e[j].w})
			i++
			j++
		}
	}
	return out, added
}

// symbolsOf returns the symbols of entries.
func symbolsOf(es []featureEntry) []symbol {
	out := make([]symbol, len(es))
	for i, e := range es {
		out[i] = e.sym
	}
	return out
}

// weighted returns the features by text, sorted by text.
func (f Features) weighted() []weighted {
	ts := f.texts()
	out := make([]weighted, len(f.e))
	for i, e := range f.e {
		out[i] = weighted{ts[i], float64(e.w)}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out
}

// A profile's features are pruned back to their limit once they grow a
// quarter past it, so that the sort is paid once per many articles, not
// for each.
func (f Features) prune(limit int) Features {
	if len(f.e) <= limit+limit/4 {
		return f
	}
	ts := f.texts()
	order := make([]int, len(f.e))
	for i := range order {
		order[i] = i
	}
	// The strongest first; ties go to the smaller text, so that pruning
	// does not depend on the symbols' numbers.
	sort.Slice(order, func(a, b int) bool {
		i, j := order[a], order[b]
		if f.e[i].w != f.e[j].w {
			return f.e[i].w > f.e[j].w
		}
		return ts[i] < ts[j]
	})
	kept := order[:limit]
	slices.Sort(kept)
	out := Features{syms: f.syms, e: make([]featureEntry, len(kept))}
	for n, i := range kept {
		out.e[n] = f.e[i]
	}
	return out
}

// MarshalJSON writes the features as an object from text to weight, its
// keys sorted.
func (f Features) MarshalJSON() ([]byte, error) {
	ws := f.weighted()
	b := make([]byte, 0, 16*len(ws)+2)
	b = append(b, '{')
	for i, w := range ws {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, w.key)
		b = append(b, ':')
		b = strconv.AppendFloat(b, w.w, 'g', -1, 32)
	}
	return append(b, '}'), nil
}

// UnmarshalJSON reads an object from text to weight.
func (f *Features) UnmarshalJSON(b []byte) error {
	var m map[string]float64
	if err := json.Unmarshal(b, &m); err != nil {
		return fmt.Errorf("features: %w", err)
	}
	*f = MakeFeatures(m)
	return nil
}

// appendJSONString appends s as a JSON string; invalid UTF-8 becomes
// U+FFFD, as encoding/json writes it.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c < 0x20:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, `\ufffd`...)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return append(b, '"')
}
