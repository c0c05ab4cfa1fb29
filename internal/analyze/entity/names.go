package entity

import (
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/lang/ar"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/namekey"
	"github.com/storyline/storyline/internal/lang/token"
)

// Name is a name as story similarity compares it, repeated mentions
// merged. In cased scripts it is found with less confidence than an entity
// and not typed: every run of capitalised words that is no sentence
// opener, stop word or title, as a run the finder cannot type
// ("Corona-Krise", "Hamburgs CDU") still tells which story an article
// reports. In the Arabic script it is a person the finder found.
type Name struct {
	// Text is the name as first written ("Bashar al-Assad").
	Text string
	// Key is the language-neutral matching key (see namekey.Key).
	Key string
	// Count is the number of mentions merged into this name.
	Count int
}

// maxRunWords bounds a name: longer capitalised runs are menus or titles.
const maxRunWords = 6

// nameMention is one mention of a Name.
type nameMention struct {
	text, key string
	order     int
}

// names finds the Names of the article, on the tokens the first pass
// described. A run of capitalised words, with particles between them,
// loses leading particles, stop words, months and weekdays, a
// sentence-initial word that the article never capitalises mid-sentence
// or in its title, and capitalised common words the article also writes
// in lowercase; a title inside it ("Syrian President Bashar al-Assad")
// splits it, the title itself dropped, and so does a month or weekday.
// Lines whose capitals say nothing are skipped. German capitalises every
// noun, so a German one-word name counts only after a title. Mentions with
// equal keys are merged; then a name whose key ends a longer person-like
// name's key ("Soleimani", "Qassem Soleimani") is merged into the most
// mentioned such name. In the Arabic script, where no capital marks a
// name, uncasedNames adds the persons found.
func (f *finder) names() []Name {
	titleCap := map[string]bool{}
	for _, t := range f.segs[0].toks {
		if t.capital {
			titleCap[t.fold] = true
		}
	}
	var ms []nameMention
	keys := map[string]string{}
	add := func(si, i, j int) {
		s := &f.segs[si]
		text := s.src[s.toks[i].start:s.toks[j-1].end]
		if !lang.IsASCII(text) {
			text = token.NFKC(text)
		}
		key, ok := keys[text]
		if !ok {
			key = namekey.Key(text)
			keys[text] = key
		}
		if key != "" {
			ms = append(ms, nameMention{text: text, key: key, order: len(ms)})
		}
	}
	for si := range f.segs {
		ts := f.segs[si].toks
		for i := 0; i < len(ts); {
			if !ts[i].capital || ts[i].noisy || ts[i].kind != token.Word {
				i++
				continue
			}
			// Extend the run of capitalised words and inner particles.
			j := i + 1
			for ts[j-1].suffix == "" && j < len(ts) && ts[j].joinPrev && ts[j].cased {
				if ts[j].capital {
					j++
					continue
				}
				// A particle must be followed by a capitalised word.
				k := j
				for k < len(ts) && ts[k].cased && !ts[k].capital && ts[k].joinPrev && nameParticle(ts[k].fold) {
					k++
				}
				if k > j && k < len(ts) && ts[k].capital && ts[k].joinPrev {
					j = k + 1
					continue
				}
				break
			}
			f.nameRun(si, i, j, false, titleCap, add)
			i = j
		}
	}
	return mergeNames(ms)
}

// nameParticle reports a lowercase word allowed inside a name: a particle
// other than the words that join two names ("for", "and"), or a German or
// Dutch article ("Bekämpfung der Corona-Pandemie").
func nameParticle(w string) bool {
	return particleSet[w] && !joinWordSet[w] || innerParticleSet[w]
}

// nameRun trims and splits the capitalised run toks[i:j] of segment si and
// adds the names in it. afterTitle says a title preceded the run.
func (f *finder) nameRun(si, i, j int, afterTitle bool, titleCap map[string]bool, add func(si, i, j int)) {
	ts := f.segs[si].toks
	acronym := func(t *tok) bool { return t.allCaps && runeLen(t.norm) <= 5 }
	// Leading words that are no part of a name.
	for ; i < j; i++ {
		t := &ts[i]
		if !(particleSet[t.fold] || isCalendar(t.fold) || t.stop && !acronym(t) ||
			t.sentStart && !f.midCap[t.fold] && !titleCap[t.fold] && !t.title ||
			f.lower[t.fold] && !t.title && !acronym(t)) {
			break
		}
	}
	// A title splits the run: what precedes it is a name of its own, what
	// follows it is the name the title belongs to.
	for k := j - 1; k >= i; k-- {
		if !ts[k].title {
			continue
		}
		start := k
		for start > i && ts[start-1].title {
			start--
		}
		f.nameRun(si, i, start, afterTitle, titleCap, add)
		f.nameRun(si, k+1, j, true, titleCap, add)
		return
	}
	// A month or weekday splits the run ("Yemen January", "Iran September").
	for k := i; k < j; k++ {
		if isCalendar(ts[k].fold) {
			f.nameRun(si, i, k, afterTitle, titleCap, add)
			f.nameRun(si, k+1, j, false, titleCap, add)
			return
		}
	}
	// Trailing particles, stop words and initials.
	for j > i {
		t := &ts[j-1]
		if !particleSet[t.fold] && !(t.stop && !acronym(t)) && runeLen(t.fold) > 1 {
			break
		}
		j--
	}
	n := j - i
	if n <= 0 || n > maxRunWords {
		return
	}
	if n == 1 && !afterTitle && !acronym(&ts[i]) && (runeLen(ts[i].fold) < 3 || f.lang == "de") {
		return
	}
	add(si, i, j)
}

// mergeNames groups mentions into names and folds short names into the
// longer names they end.
func mergeNames(ms []nameMention) []Name {
	byKey := map[string]*Name{}
	first := map[string]int{}
	var keys []string
	for _, m := range ms {
		if n, ok := byKey[m.key]; ok {
			n.Count++
			continue
		}
		byKey[m.key] = &Name{Text: m.text, Key: m.key, Count: 1}
		first[m.key] = m.order
		keys = append(keys, m.key)
	}
	// Fold a name into the most mentioned person-like longer name whose key
	// it ends ("Soleimani" into "Qassem Soleimani").
	for _, k := range keys {
		var best *Name
		for _, k2 := range keys {
			long := byKey[k2]
			if long == nil || k2 == k || !strings.HasSuffix(k2, " "+k) || !personLikeText(long.Text) {
				continue
			}
			// A short key ("as") says little: ask for the same spelling.
			if len(k) < 3 && !strings.HasSuffix(strings.ToLower(long.Text), strings.ToLower(byKey[k].Text)) {
				continue
			}
			if best == nil || long.Count > best.Count {
				best = long
			}
		}
		if best != nil {
			best.Count += byKey[k].Count
			first[best.Key] = min(first[best.Key], first[k])
			delete(byKey, k)
		}
	}
	out := make([]Name, 0, len(byKey))
	for _, k := range keys {
		if n, ok := byKey[k]; ok {
			out = append(out, *n)
		}
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].Count != out[b].Count {
			return out[a].Count > out[b].Count
		}
		return first[out[a].Key] < first[out[b].Key]
	})
	return out
}

// personLikeText reports whether a name of several words looks like a
// person's: two to four words, joined by spaces or after a particle
// ("al-Assad"), no "of" ("Ministry of Defense") and no hyphenated compound
// ("Russian-Iranian").
func personLikeText(text string) bool {
	words := strings.Fields(text)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		lw := strings.ToLower(w)
		if lw == "of" {
			return false
		}
		if i := strings.IndexAny(lw, "-‐‑"); i >= 0 && !particleSet[lw[:i]] {
			return false
		}
	}
	return true
}

// uncasedNames appends to the names of cased scripts the persons named in
// the Arabic script, under the keys of their names: only the finder's
// typed persons (after a title, with a given name, in quotation marks)
// count, as the script's other words reach similarity as word keys.
func uncasedNames(names []Name, ents []Entity) []Name {
	for _, e := range ents {
		if e.Type != Person || !ar.HasLetter(e.Name) {
			continue
		}
		if k := namekey.Key(e.Name); k != "" {
			names = append(names, Name{Text: e.Name, Key: k, Count: e.Count})
		}
	}
	return names
}
