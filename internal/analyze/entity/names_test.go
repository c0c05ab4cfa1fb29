package entity

import (
	"reflect"
	"testing"

	"github.com/storyline/storyline/internal/lang/token"
)

func TestNames(t *testing.T) {
	tests := []struct {
		name        string
		lang, title string
		text        string
		want        []Name // in order; only Text and Count are compared
	}{
		{
			name:  "en titles split runs, surnames merge, sentence-initial words drop",
			lang:  "en",
			title: "Assad met Soleimani in Damascus",
			text: "Syrian President Bashar al-Assad met Iranian General Qassem Soleimani in Damascus on Tuesday. " +
				"Officials said Soleimani's visit lasted two days. Yesterday the U.S. State Department declined to comment.",
			want: []Name{
				// "Syrian" opens a sentence and is never capitalised
				// mid-sentence: no evidence it is a name.
				{Text: "Qassem Soleimani", Count: 3},
				{Text: "Bashar al-Assad", Count: 2},
				{Text: "Damascus", Count: 2},
				{Text: "Iranian", Count: 1},
				{Text: "U.S. State Department", Count: 1},
			},
		},
		{
			name:  "en title-case lines and months are no names",
			lang:  "en",
			title: "Iran Says It Will Respond To The Attack",
			text:  "Iran said on January 5 that it would respond to the attack, according to Reuters.",
			want: []Name{
				{Text: "Iran", Count: 1},
				{Text: "Reuters", Count: 1},
			},
		},
		{
			name: "de: nouns are capitalised, so single words count only after a title",
			lang: "de",
			text: "Die Regierung in Berlin hat am Dienstag den Haushalt beschlossen. " +
				"Bundeskanzler Scholz sagte, Finanzminister Christian Lindner habe die Ausgaben geprüft.",
			want: []Name{
				{Text: "Scholz", Count: 1},
				{Text: "Christian Lindner", Count: 1},
			},
		},
		{
			name: "ru",
			lang: "ru",
			// Limitation: "Президент России Владимир Путин" would keep
			// "России" in the name; case endings are not undone.
			text: "Президент Владимир Путин встретился в Москве с Башаром Асадом. " +
				"По словам Дмитрия Пескова, Путин и Асад обсудили ситуацию в Сирии.",
			want: []Name{
				// Case endings go from the keys, so "Асадом" and "Асад"
				// merge.
				{Text: "Владимир Путин", Count: 2},
				{Text: "Башаром Асадом", Count: 2},
				{Text: "Москве", Count: 1},
				{Text: "Дмитрия Пескова", Count: 1},
				{Text: "Сирии", Count: 1},
			},
		},
		{
			name: "ar: the persons found: after cues, quoted, with given names; bare later mentions",
			lang: "ar",
			text: "قال الرئيس السوري بشار الأسد إن “قاسم سليماني” زار دمشق. " +
				"وأكد المتحدث باسم الخارجية حسن فلارك أن سليماني التقى الأسد مرتين، وأن لقاسم سليماني دوراً كبيراً.",
			want: []Name{
				{Text: "قاسم سليماني", Count: 3},
				{Text: "بشار الأسد", Count: 2},
				{Text: "حسن فلارك", Count: 1},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := testFinder().Find(tt.lang, token.NewSegment(tt.title), token.NewSegment(tt.text))
			var got []Name
			for _, n := range r.Names {
				got = append(got, Name{Text: n.Text, Count: n.Count})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("names:\n got %v\nwant %v\n full %v", got, tt.want, r.Names)
			}
		})
	}
}
