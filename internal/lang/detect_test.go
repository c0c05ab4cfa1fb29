package lang

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/article"
)

// seedsDir holds real scraped articles shared by the project.
const seedsDir = "../../../shared/seeds"

func TestDetect(t *testing.T) {
	d := NewDetector()
	tests := []struct {
		want string
		text string
	}{
		{"en", "The government announced on Tuesday that the new budget will raise spending on schools and hospitals."},
		{"ar", "أعلنت الحكومة يوم الثلاثاء أن الميزانية الجديدة سترفع الإنفاق على المدارس والمستشفيات في جميع المحافظات."},
		{"fa", "دولت روز سه‌شنبه اعلام کرد که بودجه جدید هزینه‌های مدارس و بیمارستان‌ها را در همه استان‌ها افزایش می‌دهد."},
		{"ur", "حکومت نے منگل کو اعلان کیا کہ نئے بجٹ میں تمام صوبوں کے سکولوں اور ہسپتالوں پر اخراجات بڑھائے جائیں گے۔"},
		{"ru", "Правительство во вторник объявило, что новый бюджет увеличит расходы на школы и больницы во всех регионах."},
		{"uk", "Уряд у вівторок оголосив, що новий бюджет збільшить видатки на школи та лікарні в усіх областях країни."},
		{"bg", "Правителството обяви във вторник, че новият бюджет ще увеличи разходите за училища и болници в цялата страна."},
		{"sr", "Влада је у уторак саопштила да ће нови буџет повећати издвајања за школе и болнице у свим општинама."},
		{"kk", "Үкімет сейсенбі күні жаңа бюджет барлық облыстардағы мектептер мен ауруханаларға шығынды арттыратынын хабарлады."},
		{"tr", "Hükümet salı günü yeni bütçenin tüm illerde okullara ve hastanelere yapılan harcamaları artıracağını açıkladı."},
		{"az", "Hökumət çərşənbə axşamı yeni büdcənin bütün rayonlarda məktəblərə və xəstəxanalara xərcləri artıracağını açıqladı."},
		{"de", "Die Regierung hat am Dienstag angekündigt, dass der neue Haushalt die Ausgaben für Schulen und Krankenhäuser erhöht."},
		{"es", "El gobierno anunció el martes que el nuevo presupuesto aumentará el gasto en escuelas y hospitales de todo el país."},
		{"fr", "Le gouvernement a annoncé mardi que le nouveau budget augmentera les dépenses pour les écoles et les hôpitaux du pays."},
		{"it", "Il governo ha annunciato martedì che il nuovo bilancio aumenterà la spesa per le scuole e gli ospedali in tutto il paese."},
		{"pl", "Rząd ogłosił we wtorek, że nowy budżet zwiększy wydatki na szkoły i szpitale we wszystkich województwach."},
		{"nl", "De regering heeft dinsdag aangekondigd dat de nieuwe begroting de uitgaven aan scholen en ziekenhuizen zal verhogen."},
		{"pt", "O governo anunciou na terça-feira que o novo orçamento vai aumentar os gastos com escolas e hospitais em todo o país."},
		{"sv", "Regeringen meddelade på tisdagen att den nya budgeten kommer att öka utgifterna för skolor och sjukhus i hela landet."},
		{"ro", "Guvernul a anunțat marți că noul buget va crește cheltuielile pentru școli și spitale în toate județele țării."},
		{"hu", "A kormány kedden bejelentette, hogy az új költségvetés növeli az iskolákra és a kórházakra fordított kiadásokat."},
		{"cs", "Vláda v úterý oznámila, že nový rozpočet zvýší výdaje na školy a nemocnice ve všech krajích země."},
		{"id", "Pemerintah mengumumkan pada hari Selasa bahwa anggaran baru akan meningkatkan belanja untuk sekolah dan rumah sakit."},
		{"zh", "政府周二宣布，新预算将增加全国各地学校和医院的开支。"},
		{"ja", "政府は火曜日、新しい予算で全国の学校と病院への支出を増やすと発表した。"},
		{"ko", "정부는 화요일 새 예산이 전국의 학교와 병원에 대한 지출을 늘릴 것이라고 발표했다."},
		{"he", "הממשלה הודיעה ביום שלישי כי התקציב החדש יגדיל את ההוצאות על בתי ספר ובתי חולים."},
		{"el", "Η κυβέρνηση ανακοίνωσε την Τρίτη ότι ο νέος προϋπολογισμός θα αυξήσει τις δαπάνες για σχολεία και νοσοκομεία."},
		{"hi", "सरकार ने मंगलवार को घोषणा की कि नया बजट देश भर के स्कूलों और अस्पतालों पर खर्च बढ़ाएगा।"},
		// Undecidable inputs.
		{article.Undetermined, ""},
		{article.Undetermined, "   \n\t "},
		{article.Undetermined, "12345 67.89 -- !!! ???"},
		{article.Undetermined, "Hi there"},
		{article.Undetermined, "Assad asked Soleimani for help"},                               // lingua: Swedish 0.60
		{article.Undetermined, " date 2020-02-23 The Jerusalem Post - Israel News Arab Israe"}, // lingua: Romanian 0.78
		{article.Undetermined, "🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂"},
	}
	for _, tt := range tests {
		if got := d.Detect(tt.text); got != tt.want {
			t.Errorf("Detect(%.40q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestDetectSeeds(t *testing.T) {
	want := map[string]string{"000": "en", "001": "en", "002": "ar", "003": "en", "004": "en"}
	files, err := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no seeds in %s", seedsDir)
	}
	d := NewDetector()
	for _, f := range files {
		name := filepath.Base(f)
		w, ok := want[name[:3]]
		if !ok {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.Detect(string(b)); got != w {
			t.Errorf("%s: Detect = %q, want %q", name, got, w)
		}
	}
}

func TestLanguages(t *testing.T) {
	got := Languages()
	seen := map[string]bool{}
	for _, code := range got {
		if len(code) != 2 || strings.ToLower(code) != code {
			t.Errorf("code %q is not a lowercase ISO 639-1 code", code)
		}
		if seen[code] {
			t.Errorf("code %q listed twice", code)
		}
		seen[code] = true
	}
	for _, code := range strings.Fields("en ar fa ru uk tr de es fr it pl zh nl pt ja ko he el hi ur sv ro hu cs bg sr az kk id") {
		if !seen[code] {
			t.Errorf("Languages() lacks %q", code)
		}
	}
}

func TestPrefix(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"abc", 5, "abc"},
		{"abcdef", 3, "abc"},
		{"aé", 2, "aé"}, // counts characters, not bytes
		{"ééé", 2, "éé"},
		{"سلام", 1, "س"},
		{"", 3, ""},
	}
	for _, tt := range tests {
		if got := prefix(tt.s, tt.n); got != tt.want {
			t.Errorf("prefix(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}

func TestDetectConcurrent(t *testing.T) {
	d := NewDetector()
	texts := []string{
		"The government announced on Tuesday that the new budget will raise spending.",
		"Правительство во вторник объявило, что новый бюджет увеличит расходы.",
		"أعلنت الحكومة يوم الثلاثاء أن الميزانية الجديدة سترفع الإنفاق.",
	}
	want := []string{"en", "ru", "ar"}
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			ok := true
			for i := 0; i < 10; i++ {
				for j, s := range texts {
					if d.Detect(s) != want[j] {
						ok = false
					}
				}
			}
			done <- ok
		}()
	}
	for g := 0; g < 4; g++ {
		if !<-done {
			t.Error("concurrent Detect gave a wrong answer")
		}
	}
}

func FuzzDetect(f *testing.F) {
	f.Add("The government announced on Tuesday that the new budget will raise spending.")
	f.Add("أعلنت الحكومة يوم الثلاثاء")
	f.Add("\xff\xfe broken utf-8 \xc3")
	d := NewDetector()
	f.Fuzz(func(t *testing.T, s string) {
		got := d.Detect(s)
		if got != article.Undetermined && len(got) != 2 {
			t.Errorf("Detect returned %q", got)
		}
	})
}
