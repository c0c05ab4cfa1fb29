package article

import (
	"testing"
	"time"
)

func TestDates(t *testing.T) {
	tests := []struct {
		name     string
		t        time.Time
		dateOnly bool
		want     string
	}{
		{"unknown", time.Time{}, false, ""},
		{"day only", time.Date(2020, 2, 23, 0, 0, 0, 0, time.UTC), true, "2020-02-23"},
		{"with time", time.Date(2020, 2, 23, 15, 24, 0, 0, time.UTC), false, "2020-02-23T15:24:00Z"},
		{"with offset", time.Date(2015, 12, 21, 9, 0, 0, 0, time.FixedZone("", 3*3600)), false, "2015-12-21T09:00:00+03:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Article{Published: tt.t, DateOnly: tt.dateOnly}
			got := a.PublishedString()
			if got != tt.want {
				t.Fatalf("PublishedString = %q, want %q", got, tt.want)
			}
			back, dateOnly, err := ParseDate(got)
			if err != nil || !back.Equal(tt.t) || (got != "" && dateOnly != tt.dateOnly) {
				t.Errorf("ParseDate(%q) = %v, %v, %v; want %v, %v", got, back, dateOnly, err, tt.t, tt.dateOnly)
			}
		})
	}
	if _, _, err := ParseDate("23/02/2020"); err == nil {
		t.Error("ParseDate accepted a date that FormatDate never writes")
	}
}

func TestParagraphs(t *testing.T) {
	a := Article{Text: "  First paragraph.\n\n\n\nSecond one.  \n\n \n\nThird."}
	got := a.Paragraphs()
	want := []string{"First paragraph.", "Second one.", "Third."}
	if len(got) != len(want) {
		t.Fatalf("Paragraphs = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("paragraph %d = %q, want %q", i, got[i], want[i])
		}
	}
}
