package entity_test

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/gazetteer"
	"github.com/storyline/storyline/internal/gazetteer/debdata"
	"github.com/storyline/storyline/internal/lang/namekey"
)

// BenchmarkKeyAgreement measures how well keys identify places across
// scripts, on a name list nobody here wrote: GeoNames cities (Debian's
// libgeonames0) with their English names and their names in Arabic,
// Persian, Russian, Ukrainian, Turkish and Chinese (libgeonames-common),
// less any qualifier after a comma ("سان فرانسيسكو، قرطبة"). It is a
// measurement, not a timed test:
//
//	go test -run '^$' -bench KeyAgreement -benchtime 1x ./internal/analyze/entity/
//
// For each language L it measures
//
//   - same%: the share of same-place pairs (English name, L name) whose
//     keys are equal (target: at least 95 for ar, fa, ru and tr);
//   - diff-same%: the same share over the pairs whose two spellings differ
//     beyond case (Turkish "İzmir" and "Izmir" differ, "Halep" and "Aleppo"
//     too);
//   - collide%: the share of 100,000 different-place pairs (the English
//     name of one city, the L name of another), drawn with a fixed seed,
//     whose keys are equal (target: at most 1). Pairs of places whose
//     English names are the same ("Victoria" and "Victoria") are not drawn:
//     no key can tell them apart;
//
// for two keys: namekey, namekey.Key alone, and entity, the key the
// entity finder gives a place: "place:" and its gazetteer id when
// gazetteer.Lookup knows the name, else its NameKey. NameKey owes nothing
// to the gazetteer and is measured on all cities. So that the entity key
// is not measured on the names the gazetteer was built from, it is
// measured on the cities the embedded table leaves out (held-out: smaller
// places), beside NameKey on the same cities. The cities the table holds
// are measured apart, as gazetteer coverage (table-same%: both names look
// up to the same place).
//
// The benchmark is skipped when the Debian packages are not installed
// (apt-get install libgeonames0 libgeonames-common).
func BenchmarkKeyAgreement(b *testing.B) {
	places, err := gazetteer.Load()
	if err != nil {
		b.Fatal(err)
	}
	lib, err := debdata.FindGeonamesLib()
	if errors.Is(err, debdata.ErrNotInstalled) {
		b.Skip(err)
	}
	if err != nil {
		b.Fatal(err)
	}
	cities, err := debdata.ReadCities(lib)
	if err != nil {
		b.Fatal(err)
	}
	langs := []string{"ar", "fa", "ru", "uk", "tr", "zh"}
	names := map[string]map[string]string{} // lang -> geonameid -> name
	for _, l := range append([]string{"en"}, langs...) {
		m, err := debdata.ReadMO(debdata.GeonamesMO("/usr/share/locale", l))
		if errors.Is(err, fs.ErrNotExist) {
			b.Skipf("%v (apt-get install libgeonames-common)", err)
		}
		if err != nil {
			b.Fatal(err)
		}
		for id, n := range m {
			// "سان فرانسيسكو، قرطبة": a qualifier after a comma tells
			// which place is meant; it is not part of the name.
			if i := strings.IndexAny(n, ",،"); i > 0 {
				m[id] = strings.TrimSpace(n[:i])
			}
		}
		names[l] = m
	}
	if zh, err := debdata.ReadMO(debdata.GeonamesMO("/usr/share/locale", "zh_CN")); err == nil {
		for id, n := range zh {
			if names["zh"][id] == "" {
				names["zh"][id] = n
			}
		}
	}

	type city struct{ id, en string }
	var heldOut, inTable []city
	for _, c := range cities {
		en := names["en"][c.ID]
		if en == "" {
			en = c.Name
		}
		if _, ok := places.ByID("geonames:" + c.ID); ok {
			inTable = append(inTable, city{c.ID, en})
		} else {
			heldOut = append(heldOut, city{c.ID, en})
		}
	}
	nameKey := namekey.Key
	entityKey := func(name string) string {
		if p, ok := places.Lookup(name); ok {
			return "place:" + p.ID
		}
		return namekey.Key(name)
	}

	type score struct {
		pairs, diffPairs, sampled int
		same, diffSame, collide   int
	}
	// measure scores a key on the same-place pairs of the cities in pool
	// named in lang, and on 100,000 different-place pairs drawn from them.
	measure := func(lang string, pool []city, key func(string) string) score {
		var sc score
		var named []city
		for _, c := range pool {
			n := names[lang][c.id]
			if n == "" {
				continue
			}
			named = append(named, c)
			differ := !strings.EqualFold(n, c.en)
			sc.pairs++
			if differ {
				sc.diffPairs++
			}
			if key(c.en) == key(n) {
				sc.same++
				if differ {
					sc.diffSame++
				}
			}
		}
		rng := rand.New(rand.NewPCG(1, 2))
		for tries := 0; sc.sampled < 100000 && tries < 1000000 && len(named) > 1; tries++ {
			a, c := named[rng.IntN(len(named))], named[rng.IntN(len(named))]
			if a.id == c.id || gazetteer.Normalize(a.en) == gazetteer.Normalize(c.en) {
				continue
			}
			sc.sampled++
			if key(a.en) == key(names[lang][c.id]) {
				sc.collide++
			}
		}
		return sc
	}
	type result struct {
		lang                    string
		all, heldNK, heldEntity score
		tablePairs, tableSame   int
	}
	all := append(append([]city{}, heldOut...), inTable...)
	evaluate := func() []result {
		var out []result
		for _, l := range langs {
			r := result{lang: l}
			r.all = measure(l, all, nameKey)
			r.heldNK = measure(l, heldOut, nameKey)
			r.heldEntity = measure(l, heldOut, entityKey)
			for _, c := range inTable {
				n := names[l][c.id]
				if n == "" {
					continue
				}
				r.tablePairs++
				p, ok1 := places.Lookup(c.en)
				q, ok2 := places.Lookup(n)
				if ok1 && ok2 && p.ID == q.ID {
					r.tableSame++
				}
			}
			out = append(out, r)
		}
		return out
	}

	var results []result
	for b.Loop() {
		results = evaluate()
	}
	pct := func(n, d int) float64 {
		if d == 0 {
			return 0
		}
		return 100 * float64(n) / float64(d)
	}
	var report strings.Builder
	fmt.Fprintf(&report, "cities: %d held out of the gazetteer, %d in it\n", len(heldOut), len(inTable))
	fmt.Fprintf(&report, "%-4s | %-36s | %-36s | %s\n", "", "namekey, all cities", "held-out cities: namekey / entity", "gazetteer")
	fmt.Fprintf(&report, "%-4s | %6s %7s %11s %9s | %6s %13s %15s | %6s %11s\n",
		"lang", "pairs", "same%", "diff-same%", "collide%", "pairs", "same%", "collide%", "pairs", "table-same%")
	sort.Slice(results, func(i, j int) bool { return results[i].lang < results[j].lang })
	for _, r := range results {
		fmt.Fprintf(&report, "%-4s | %6d %7.1f %11.1f %9.3f | %6d %6.1f/%-6.1f %7.3f/%-7.3f | %6d %11.1f\n",
			r.lang, r.all.pairs, pct(r.all.same, r.all.pairs), pct(r.all.diffSame, r.all.diffPairs),
			pct(r.all.collide, r.all.sampled),
			r.heldNK.pairs, pct(r.heldNK.same, r.heldNK.pairs), pct(r.heldEntity.same, r.heldEntity.pairs),
			pct(r.heldNK.collide, r.heldNK.sampled), pct(r.heldEntity.collide, r.heldEntity.sampled),
			r.tablePairs, pct(r.tableSame, r.tablePairs))
		b.ReportMetric(pct(r.all.same, r.all.pairs), r.lang+"-namekey-same%")
		b.ReportMetric(pct(r.all.collide, r.all.sampled), r.lang+"-namekey-collide%")
		b.ReportMetric(pct(r.heldEntity.same, r.heldEntity.pairs), r.lang+"-heldout-entity-same%")
		b.ReportMetric(pct(r.heldEntity.collide, r.heldEntity.sampled), r.lang+"-heldout-entity-collide%")
		b.ReportMetric(pct(r.tableSame, r.tablePairs), r.lang+"-table-same%")
	}
	b.Log("\n" + report.String())
}
