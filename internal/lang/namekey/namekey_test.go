package namekey

import "testing"

func TestKey(t *testing.T) {
	tests := []struct {
		name, want string
	}{
		// One name across spellings, languages and scripts.
		{"Soleimani", "slmn"},
		{"Suleimani", "slmn"},
		{"Sulejmani", "slmn"},
		{"Süleyman's", "slmn"},
		{"سليماني", "slmn"},
		{"سلیمانی", "slmn"}, // Persian yeh
		{"Сулеймани", "slmn"},
		{"Qassem Soleimani", "ksm slmn"},
		{"قاسم سليماني", "ksm slmn"},
		{"Касем Сулеймани", "ksm slmn"},
		{"Bashar al-Assad", "bsr ast"},
		{"Bashar Al-Assad", "bsr ast"},
		// The article assimilated to a sun letter goes too.
		{"As-Safir", "sfr"},
		{"Al-Safir", "sfr"},
		{"Ash-Sharq al-Awsat", "srk ast"},
		{"An-Nahar", "nhr"},
		{"As Safir", "as sfr"}, // no hyphen: two words
		{"Asharq", "asrk"},
		// Seeds: spellings of Soleimani and his circle.
		{"Soleiman's", "slmn"},
		{"Süleyman’ın", "slmn"},
		{"Qods", "kts"},
		{"القدس", "kts"},
		{"Kaani", "kn"},
		{"İsmail Kaani", "asml kn"},
		{"Hamadani", "hmtn"},
		{"خامنئي", "hmn"},
		{"Lavrov", "lfrf"},
		// Transliterations of foreign g, ch, ts, and Persian compounds.
		{"Gaborone", "gbrn"},
		{"جابورون", "gbrn"},
		{"Machida", "mct"},
		{"ماتشيدا", "mct"},
		{"Kaczyński", "kcnsk"},
		{"Качиньский", "kcnsk"},
		{"Blackpool", "blkbl"},
		{"بلک‌پول", "blkbl"},
		// إل and أل start names; only a bare-alef ال is the article.
		{"Illertissen", "alrtsn"},
		{"إلرتيسن", "alrtsn"},
		{"Allentown", "alntn"},
		{"ألينتاون", "alntn"},
		{"Лавров", "lfrf"},
		{"لافروف", "lfrf"},
		{"بشار الأسد", "bsr ast"},
		{"Башар Асад", "bsr ast"},
		{"Башар аль-Асад", "bsr ast"},
		{"Putin", "btn"},
		{"بوتين", "btn"},
		{"Путин", "btn"},
		{"Путина", "btn"}, // Russian case endings go
		{"Путиным", "btn"},
		{"Асадом", "ast"},
		{"Erdoğan", "artgn"},
		{"Erdogan", "artgn"},
		{"Erdoğan'ın", "artgn"},
		{"أردوغان", "artgn"},
		{"Эрдоган", "artgn"},
		{"Khamenei", "hmn"},
		{"خامنه", "hmn"},
		{"Хаменеи", "hmn"},
		{"Mohammad", "mhmt"},
		{"Muhammed", "mhmt"},
		{"محمد", "mhmt"},
		{"Trump", "trmb"},
		{"ترامب", "trmb"},
		{"Трамп", "trmb"},
		{"Iraq", "ark"},
		{"Irak", "ark"},
		{"العراق", "ark"},
		{"Ирак", "ark"},
		{"Israel", "asrl"},
		{"إسرائيل", "asrl"},
		{"Израиль", "asrl"},
		{"Baghdad", "bgtt"},
		{"بغداد", "bgtt"},
		{"Багдад", "bgtt"},
		{"Hezbollah", "hsbl"},
		{"Хезболла", "hsbl"},
		{"Fatimah", "ftm"},
		{"فاطمة", "ftm"},
		// Apostrophes, digits, other scripts, empty input.
		{"O'Brien", "brn"},
		{"d'Estaing", "astng"},
		{"G7", "g7"},
		{"Shi'ite", "st"},
		{"Τσίπρας", "τσίπρας"},
		{"", ""},
		{"  ", ""},
	}
	for _, tt := range tests {
		if got := Key(tt.name); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
