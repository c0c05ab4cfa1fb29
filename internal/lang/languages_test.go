package lang

import (
	"reflect"
	"sort"
	"testing"

	"github.com/storyline/storyline/internal/lang/token"
)

func TestFold(t *testing.T) {
	tests := []struct {
		lang, word, want string
	}{
		// Turkish and Azerbaijani: dotted and dotless i before lowercasing.
		{"tr", "İSTANBUL", "istanbul"},
		{"tr", "IRAK", "ırak"},
		{"az", "İLHAM", "ilham"},
		{"en", "IRAQ", "iraq"},
		{"en", "İstanbul", "istanbul"},
		// Arabic: tashkeel, tatweel, alef variants, ta marbuta, alef maksura.
		{"ar", "أَحْمَدُ", "احمد"},
		{"ar", "إيران", "ايران"},
		{"ar", "آمال", "امال"},
		{"ar", "الـرئيس", "الرئيس"},
		{"ar", "مدرسة", "مدرسه"},
		{"ar", "مستشفى", "مستشفي"},
		// Persian letter forms fold into the Arabic ones, in any language.
		{"fa", "یک", "يك"},
		{"fa", "کتاب", "كتاب"},
		{"fa", "سلیمانی", "سليماني"},
		{"und", "سلیمانی", "سليماني"},
		// Apostrophes are written '.
		{"en", "Iran’s", "iran's"},
		// Greek final sigma.
		{"el", "ΣΩΚΡΑΤΗΣ", "σωκρατησ"},
		// No change: no allocation needed.
		{"en", "budget", "budget"},
	}
	for _, tt := range tests {
		if got := Fold(tt.lang, token.NFKC(tt.word)); got != tt.want {
			t.Errorf("Fold(%q, %q) = %q, want %q", tt.lang, tt.word, got, tt.want)
		}
	}
}

func TestTerms(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string // the terms, sorted
	}{
		{"en", "The governments announced that Iran's new budgets were running higher; they don't say so.",
			[]string{"announc", "budget", "govern", "higher", "iran", "new", "run"}},
		{"en", "US officials told us the WHO report was due.", // acronyms beside lowercase words survive the stop list
			[]string{"due", "offici", "report", "us", "who"}},
		{"de", "Die Regierungen haben angekündigt, dass die neuen Haushalte höhere Ausgaben für Schulen vorsehen.",
			[]string{"angekundigt", "ausgab", "haushalt", "hoh", "neu", "regier", "schul", "vorseh"}},
		{"fr", "Le gouvernement a annoncé que l'armée et les hôpitaux de l'État recevront des budgets.",
			[]string{"annonc", "armé", "budget", "gouvern", "hôpital", "recevront", "état"}},
		{"es", "El gobierno anunció que los presupuestos de los hospitales aumentarán.",
			[]string{"anunc", "aument", "gobiern", "hospital", "presupuest"}},
		{"it", "Il governo ha annunciato che l'esercito dell'Iran e gli ospedali riceveranno fondi.",
			[]string{"annunc", "eserc", "fond", "govern", "iran", "ospedal", "ricev"}},
		{"ru", "Правительство объявило, что новые бюджеты увеличат расходы на школы и больницы.",
			[]string{"больниц", "бюджет", "нов", "объяв", "правительств", "расход", "увеличат", "школ"}},
		{"tr", "Hükümet İSTANBUL'da yeni bütçelerin okullara ve hastanelere harcamaları artıracağını açıkladı.",
			[]string{"artıracak", "açıkladı", "bütçe", "harcama", "hastane", "hükümet", "istanbul", "okul", "ye"}},
		{"pl", "Rząd ogłosił, że nowy budżet zwiększy wydatki na szkoły i szpitale w województwach.",
			[]string{"budżet", "now", "ogłos", "rząd", "szkoł", "szpital", "województw", "wydatk", "zwiększ"}},
		{"ar", "أعلنت الحكومة أن الميزانية الجديدة سترفع الإنفاق على المدارس والمستشفيات.",
			[]string{"اعلنت", "انفاق", "جديد", "حكوم", "سترفع", "مدارس", "مستشف", "ميزان"}},
		{"ar", "زار الرئيس الإيراني إيران ولبنان", // the guarded suffixes keep proper nouns whole
			[]string{"ايران", "رئيس", "زار", "لبنان"}},
		{"fa", "دولت اعلام کرد که بودجه‌های جدید هزینه‌های مدارس و بیمارستان‌ها را افزایش می‌دهد.",
			[]string{"افزايش", "اعلام", "بودجه", "بيمارستان", "دولت", "مدارس", "هزينه"}},
		{"zh", "政府宣布新预算的开支。", // bigrams with the particle 的 go
			[]string{"宣布", "布新", "府宣", "开支", "政府", "新预", "预算"}},
		{"ja", "政府は新しい予算を発表した。",
			[]string{"予算", "政府", "新", "発表"}},
		{"und", "Ünïcödé Words stay, only lowercased.",
			[]string{"lowercased", "only", "stay", "words", "ünïcödé"}},
	}
	for _, tt := range tests {
		got := Terms(tt.lang, tt.text)
		var keys []string
		for k := range got {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		want := append([]string(nil), tt.want...)
		sort.Strings(want)
		if !reflect.DeepEqual(keys, want) {
			t.Errorf("Terms(%q, %.30q) =\n %q\nwant\n %q", tt.lang, tt.text, keys, want)
		}
	}
}
