package story

import (
	"slices"
	"sort"
	"strings"
	"time"
)

// Weights of the evidence against: how much a full conflict of each kind
// lowers the evidence for. Reports of one story name places, numbers and
// people the other does not (a toll that rose, a second town hit, another
// official quoted), so no conflict parts two reports that share much.
// Other days and other specific numbers count alone; other places and
// other secondary people only deepen a conflict of days (up to twice), as
// alone they are too common between reports of one story (on the
// SemEval-2022 training pairs, counting either alone lowered the
// correlation with human judgement from 0.671 to 0.655-0.660).
const (
	dateAgainst   = 0.2
	numberAgainst = 0.15
	placeAgainst  = 0.5
	peopleAgainst = 0.5
)

// countryWeight discounts a country against a town or region: a country
// is named by the reports of many events, a town by those of few.
const countryWeight = 0.3

// minSecondary is how many secondary people (or specific numbers) each
// side must name before their disagreement counts: one name or number
// alone is too little to tell events apart.
const minSecondary = 2

// against fills the evidence against of s: the conflicts between the
// article (or story) doc, with vectors v, and the story p.
func against(s *Score, doc Doc, v docVectors, p *Profile) {
	s.Against = 1
	var onlyA, onlyB []string
	specific := func(ws []weighted) map[string]float64 {
		out := map[string]float64{}
		for _, w := range ws {
			if sp := numberSpecificity(w.key); sp >= 0.8 {
				out[w.key] = sp
			}
		}
		return out
	}
	if a := specific(v.numbers); len(a) >= minSecondary && p.Numbers.Len() >= minSecondary {
		if b := specific(p.Numbers.weighted()); len(b) >= minSecondary {
			s.NumberConflict, onlyA, onlyB = disagreement(a, b, nil)
			s.OnlyNumbers = conflictDisplay(onlyA, onlyB, nil)
		}
	}
	s.Against = 1 - numberAgainst*s.NumberConflict

	days := doc.days
	if days == nil && len(doc.Mentioned) > 0 {
		days = map[string]float64{}
		for _, k := range dayKeys(doc.Mentioned) {
			days[k]++
		}
	}
	s.DateConflict, onlyA, onlyB = disagreement(days, p.Days, nearDay)
	if s.DateConflict == 0 {
		// Other places and people count only with other days.
		return
	}
	s.OnlyDays = conflictDisplay(onlyA, onlyB, nil)

	s.PlaceConflict, onlyA, onlyB = disagreement(placeWeights(doc.Places), placeWeights(p.Places), nil)
	s.OnlyPlaces = conflictDisplay(onlyA, onlyB, func(k string) string { return textOr(doc.PlaceText, p.PlaceText, k) })

	leads := append(mostMentioned(doc.People, leadPeople), mostMentioned(p.People, leadPeople)...)
	a, b := secondary(doc.People, leads), secondary(p.People, leads)
	if len(a) >= minSecondary && len(b) >= minSecondary {
		s.PeopleConflict, onlyA, onlyB = disagreement(a, b, nil)
		s.OnlyPeople = conflictDisplay(onlyA, onlyB, entityDisplay)
	}

	dates := dateAgainst * s.DateConflict * (1 + placeAgainst*s.PlaceConflict + peopleAgainst*s.PeopleConflict)
	s.Against *= 1 - dates
}

// placeWeights weighs place mentions, countries discounted.
func placeWeights(places map[string]float64) map[string]float64 {
	out := make(map[string]float64, len(places))
	for k, w := range places {
		if isCountry(k) {
			w *= countryWeight
		}
		out[k] = w
	}
	return out
}

// leadPeople is how many of a side's most mentioned people are its
// protagonists: two reports of one thread share them, two reports of one
// event share the people around them too.
const leadPeople = 2

// mostMentioned returns the keys of the n most mentioned people; ties go
// to the smaller key.
func mostMentioned(people map[string]float64, n int) []string {
	ws := sortedWeighted(people)
	sort.SliceStable(ws, func(i, j int) bool { return ws[i].w > ws[j].w })
	return keysOf(ws, n)
}

// secondary returns a side's people without the protagonists of either
// side.
func secondary(people map[string]float64, leads []string) map[string]float64 {
	out := map[string]float64{}
	for k, w := range people {
		if !slices.Contains(leads, k) {
			out[k] = w
		}
	}
	return out
}

// disagreement measures how far two weighed sets name different things:
// the share of a's weight that b lacks times the share of b's that a
// lacks, in [0,1]; 0 when either is empty. It returns too what each
// names that the other lacks, heaviest first. match, when set, says
// whether a key of one side is found among the keys of the other;
// otherwise keys match when equal.
func disagreement(a, b map[string]float64, match func(k string, in map[string]float64) bool) (float64, []string, []string) {
	if len(a) == 0 || len(b) == 0 {
		return 0, nil, nil
	}
	if match == nil {
		match = func(k string, in map[string]float64) bool { _, ok := in[k]; return ok }
	}
	lacking := func(x, y map[string]float64) (float64, []string) {
		var total, missing float64
		var only []weighted
		for _, w := range sortedWeighted(x) {
			total += w.w
			if !match(w.key, y) {
				missing += w.w
				only = append(only, w)
			}
		}
		sort.SliceStable(only, func(i, j int) bool { return only[i].w > only[j].w })
		if total == 0 {
			return 0, nil
		}
		return missing / total, keysOf(only, 4)
	}
	ma, onlyA := lacking(a, b)
	mb, onlyB := lacking(b, a)
	return ma * mb, onlyA, onlyB
}

// nearDay reports whether a day ("YYYY-MM-DD") is within a day of one of
// days: "yesterday" and time zones shift a day.
func nearDay(k string, days map[string]float64) bool {
	if _, ok := days[k]; ok {
		return true
	}
	t, err := time.Parse(time.DateOnly, k)
	if err != nil {
		return false
	}
	for _, d := range []time.Time{t.AddDate(0, 0, -1), t.AddDate(0, 0, 1)} {
		if _, ok := days[d.Format(time.DateOnly)]; ok {
			return true
		}
	}
	return false
}

// conflictDisplay shows a conflict as "a, b / c": what each side alone
// names; nil when there is none.
func conflictDisplay(onlyA, onlyB []string, show func(string) string) []string {
	if len(onlyA) == 0 || len(onlyB) == 0 {
		return nil
	}
	if show != nil {
		onlyA, onlyB = slices.Clone(onlyA), slices.Clone(onlyB)
		for i, k := range onlyA {
			onlyA[i] = show(k)
		}
		for i, k := range onlyB {
			onlyB[i] = show(k)
		}
	}
	return []string{strings.Join(onlyA, ", "), strings.Join(onlyB, ", ")}
}

// textOr shows a key as a or else b writes it, else as the key.
func textOr(a, b map[string]string, k string) string {
	if t := a[k]; t != "" {
		return t
	}
	if t := b[k]; t != "" {
		return t
	}
	return k
}

// entityDisplay shows an entity key without its type ("person:ksm" as
// "ksm"): the story keeps no written form of its people.
func entityDisplay(k string) string {
	if _, rest, ok := strings.Cut(k, ":"); ok {
		return rest
	}
	return k
}
