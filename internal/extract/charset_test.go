package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/source"
)

func TestDecodeHTML(t *testing.T) {
	// padding pushes a declaration beyond the first 1,024 bytes, where the
	// HTML standard's prescan stops looking.
	padding := "<meta name=\"description\" content=\"" + strings.Repeat("Nachrichten aus der Stadt. ", 60) + "\">"
	tests := []struct {
		name, declared, page, want string
	}{
		{"valid UTF-8, nothing declared", "",
			"<html><head><title>x</title></head><body><p>Stra\u00dfe \u2019s</p></body></html>", "Stra\u00dfe \u2019s"},
		{"valid UTF-8 declared as Windows-1252", "",
			"<html><head><meta charset=\"windows-1252\"></head><body><p>caf\u00e9 \u201cda\u201d</p></body></html>", "caf\u00e9 \u201cda\u201d"},
		{"valid UTF-8 declared as Latin-1 over HTTP", "iso-8859-1",
			"<html><body><p>Gr\u00fc\u00dfe</p></body></html>", "Gr\u00fc\u00dfe"},
		{"Latin-1 declared beyond the first 1,024 bytes", "",
			"<html><head>" + padding + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>Br\xfccke \xfcber</p></body></html>", "Br\u00fccke \u00fcber"},
		{"Windows-1251 declared over HTTP only", "windows-1251",
			"<html><body><p>\xcc\xee\xf1\xea\xe2\xe0</p></body></html>", "\u041c\u043e\u0441\u043a\u0432\u0430"},
		{"HTTP declaration before the page's", "windows-1251",
			"<html><head><meta charset=\"iso-8859-1\"></head><body><p>\xcc\xee\xf1\xea\xe2\xe0</p></body></html>", "\u041c\u043e\u0441\u043a\u0432\u0430"},
		{"UTF-16 with its byte order mark", "",
			"\xff\xfe<\x00p\x00>\x00\xe9\x00t\x00\xe9\x00<\x00/\x00p\x00>\x00", "\u00e9t\u00e9"},
		{"nothing declared, not UTF-8: Windows-1252", "",
			"<html><body><p>\x93Quote\x94 na\xefve</p></body></html>", "\u201cQuote\u201d na\u00efve"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := decodeHTML([]byte(tt.page), tt.declared)
			if !strings.Contains(got, tt.want) {
				t.Errorf("decoded %q, want it to hold %q", got, tt.want)
			}
		})
	}
}

func TestRepairMojibake(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"apostrophe", "It\u00e2\u20ac\u2122s here", "It\u2019s here"},
		{"umlauts", "Gr\u00c3\u00bc\u00c3\u0178e aus M\u00c3\u00bcnchen", "Gr\u00fc\u00dfe aus M\u00fcnchen"},
		{"twice over", "f\u00c3\u0192\u00c2\u00bcr", "f\u00fcr"},
		{"no-break space", "10\u00c2\u00a0km", "10\u00a0km"},
		{"French typography stays", "\u00e0\u00a0\u00abvoir\u00a0\u00bb", "\u00e0\u00a0\u00abvoir\u00a0\u00bb"},
		{"accents stay", "\u00c9t\u00e9 \u00e0 S\u00e3o Paulo, \u00d6l f\u00fcr \u00c5se", "\u00c9t\u00e9 \u00e0 S\u00e3o Paulo, \u00d6l f\u00fcr \u00c5se"},
		{"other scripts stay", "\u041c\u043e\u0441\u043a\u0432\u0430 \u5317\u4eac \u0627\u0644\u0642\u0627\u0647\u0631\u0629", "\u041c\u043e\u0441\u043a\u0432\u0430 \u5317\u4eac \u0627\u0644\u0642\u0627\u0647\u0631\u0629"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := repairMojibake(tt.in); got != tt.want {
				t.Errorf("repairMojibake(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestExtractDeclaredCharset checks that the charset declared outside a
// page (an archived HTTP response's) decodes it, and that a page's own
// soft hyphens and decomposed accents do not split its words.
func TestExtractDeclaredCharset(t *testing.T) {
	page := "<html><head><title>Stra\xdfenbahn</title></head><body><article><h1>Stra\xdfenbahn f\xe4hrt wieder</h1>" +
		"<p>Die Stra\xdfenbahnlinie 4 f\xe4hrt seit Montag wieder durch die Innenstadt, teilten die Verkehrsbetriebe mit.</p>" +
		"<p>Die Bauarbeiten an den Gleisen dauerten l\xe4nger als geplant, weil im Winter Frost die Arbeiten aufhielt.</p>" +
		"<p>Fahrg\xe4ste m\xfcssen an der Haltestelle Markt noch einige Wochen mit Einschr\xe4nkungen rechnen, hie\xdf es.</p>" +
		"<p>Die Ver\xadkehrs\xadbetriebe danken den Anwohnern f\xfcr ihre Geduld.</p></article></body></html>"
	decomposed := "<html><head><title>Tram</title></head><body><article><h1>Stra\u00dfenbahn fa\u0308hrt wieder</h1>" +
		"<p>Die Stra\u00dfenbahnlinie 4 fa\u0308hrt seit Montag wieder durch die Innenstadt, teilten die Verkehrsbetriebe mit.</p>" +
		"<p>Die Bauarbeiten an den Gleisen dauerten la\u0308nger als geplant, weil im Winter Frost die Arbeiten aufhielt.</p>" +
		"<p>Fahrga\u0308ste mu\u0308ssen an der Haltestelle Markt noch einige Wochen mit Einschra\u0308nkungen rechnen, hie\u00df es.</p>" +
		"<p>Die Ver\u00adkehrs\u00adbetriebe danken den Anwohnern fu\u0308r ihre Geduld.</p></article></body></html>"
	for _, tt := range []struct{ name, page, declared string }{
		{"Latin-1 declared over HTTP", page, "iso-8859-1"},
		{"UTF-8 decomposed", decomposed, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(source.Document{Origin: source.Origin{Path: "p.html"}, Format: source.HTML, Data: []byte(tt.page), Charset: tt.declared})
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range []string{"Stra\u00dfenbahnlinie 4 f\u00e4hrt", "Fahrg\u00e4ste m\u00fcssen", "Verkehrsbetriebe danken", "Anwohnern f\u00fcr"} {
				if !strings.Contains(a.Text, want) {
					t.Errorf("text lacks %q:\n%s", want, a.Text)
				}
			}
		})
	}
}

// FuzzDecodeHTML checks that any page decodes to valid UTF-8 and that
// undoing mojibake keeps text valid.
func FuzzDecodeHTML(f *testing.F) {
	f.Add([]byte("<html><head><meta charset=\"iso-8859-1\"></head><body>Br\xfccke</body></html>"), "")
	f.Add([]byte("It\xc3\xa2\xe2\x82\xac\xe2\x84\xa2s"), "windows-1251")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "utf-8")
	f.Fuzz(func(t *testing.T, page []byte, declared string) {
		got := decodeHTML(page, declared)
		if !utf8.ValidString(got) {
			t.Errorf("decodeHTML(%q, %q) = %q, not UTF-8", page, declared, got)
		}
		if fixed := repairMojibake(got); !utf8.ValidString(fixed) {
			t.Errorf("repairMojibake(%q) = %q, not UTF-8", got, fixed)
		}
	})
}
