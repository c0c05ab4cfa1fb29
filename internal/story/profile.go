package story

import (
	"sort"
	"time"
)

// Profile is what the clusterer knows of one story: the summed evidence of
// its articles, kept small enough to hold many stories in memory. Profiles
// are updated article by article and persisted whole.
type Profile struct {
	// ID identifies the story; the clusterer gives new stories the next
	// number, so ids follow input order.
	ID int64 `json:"id"`
	// Title is the headline of the story's first article.
	Title string `json:"title"`
	// Articles counts the story's articles.
	Articles int `json:"articles"`
	// Languages counts the articles per language.
	Languages map[string]int `json:"languages"`
	// Terms sums the term weights of the articles ("lang:stem").
	Terms map[string]float64 `json:"terms"`
	// Names sums the mentions of the articles' names by key.
	Names map[string]float64 `json:"names"`
	// NameText shows each name key as it was first written.
	NameText map[string]string `json:"name_text"`
	// Numbers counts the articles that state each number.
	Numbers map[string]int `json:"numbers"`
	// First and Last bound the publication dates of the dated articles.
	First time.Time `json:"first"`
	Last  time.Time `json:"last"`
}

// Profile size limits: the strongest entries are kept.
const (
	maxProfileTerms   = 400
	maxProfileNames   = 120
	maxProfileNumbers = 60
)

// LanguageList returns the profile's languages, most articles first.
func (p *Profile) LanguageList() []string {
	langs := make([]string, 0, len(p.Languages))
	for l := range p.Languages {
		langs = append(langs, l)
	}
	sort.Slice(langs, func(i, j int) bool {
		if p.Languages[langs[i]] != p.Languages[langs[j]] {
			return p.Languages[langs[i]] > p.Languages[langs[j]]
		}
		return langs[i] < langs[j]
	})
	return langs
}
