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
// compactly: sorted by symbol, eight bytes each. A Features value is never
// changed in place; operations return a new one, so profiles may share
// them.
type Features []featureEntry

// MakeFeatures returns the features of a map from text to weight.
func MakeFeatures(m map[string]float64) Features {
	f := make(Features, 0, len(m))
	for text, w := range m {
		f = append(f, featureEntry{intern(text), float32(w)})
	}
	slices.SortFunc(f, func(a, b featureEntry) int { return int(a.sym) - int(b.sym) })
	return f
}

// Weight returns the weight of a text, 0 when the features lack it.
func (f Features) Weight(text string) float64 {
	w, _ := f.get(lookup(text))
	return w
}

// Map returns the features as a map from text to weight.
func (f Features) Map() map[string]float64 {
	out := make(map[string]float64, len(f))
	ts := f.texts()
	for i, e := range f {
		out[ts[i]] = float64(e.w)
	}
	return out
}

func (f Features) texts() []string {
	syms := make([]symbol, len(f))
	for i, e := range f {
		syms[i] = e.sym
	}
	return texts(syms...)
}

// get returns the weight of a symbol and whether the features hold it.
func (f Features) get(s symbol) (float64, bool) {
	if s == noSymbol {
		return 0, false
	}
	i := sort.Search(len(f), func(i int) bool { return f[i].sym >= s })
	if i < len(f) && f[i].sym == s {
		return float64(f[i].w), true
	}
	return 0, false
}

// merge returns the features with o's weights added, and the symbols of o
// the features lacked.
func (f Features) merge(o Features) (Features, []symbol) {
	out := make(Features, 0, len(f)+len(o))
	var added []symbol
	i, j := 0, 0
	for i < len(f) || j < len(o) {
		switch {
		case j == len(o) || (i < len(f) && f[i].sym < o[j].sym):
			out = append(out, f[i])
			i++
		case i == len(f) || o[j].sym < f[i].sym:
			out = append(out, o[j])
			added = append(added, o[j].sym)
			j++
		default:
			out = append(out, featureEntry{f[i].sym, f[i].w + o[j].w})
			i++
			j++
		}
	}
	return out, added
}

// weighted returns the features by text, sorted by text.
func (f Features) weighted() []weighted {
	ts := f.texts()
	out := make([]weighted, len(f))
	for i, e := range f {
		out[i] = weighted{ts[i], float64(e.w)}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out
}

// A profile's features are pruned back to their limit once they grow a
// quarter past it, so that the sort is paid once per many articles, not
// for each.
func (f Features) prune(limit int) Features {
	if len(f) <= limit+limit/4 {
		return f
	}
	ts := f.texts()
	order := make([]int, len(f))
	for i := range order {
		order[i] = i
	}
	// The strongest first; ties go to the smaller text, so that pruning
	// does not depend on the symbols' numbers.
	sort.Slice(order, func(a, b int) bool {
		i, j := order[a], order[b]
		if f[i].w != f[j].w {
			return f[i].w > f[j].w
		}
		return ts[i] < ts[j]
	})
	kept := order[:limit]
	slices.Sort(kept)
	out := make(Features, len(kept))
	for n, i := range kept {
		out[n] = f[i]
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
