package lang

import (
	"strings"
	"testing"
)

func TestVote(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"english", strings.Repeat("The minister said that the plan for the port was approved by the council and that it is to be built in the north of the city. ", 3), "en"},
		{"german", strings.Repeat("Der Minister sagte, dass der Plan für den Hafen von dem Rat genehmigt wurde und im Norden der Stadt gebaut werden soll. ", 3), "de"},
		{"french", strings.Repeat("Le ministre a dit que le plan pour le port a été approuvé par le conseil et qu'il sera construit dans le nord de la ville. ", 3), "fr"},
		{"spanish", strings.Repeat("El ministro dijo que el plan para el puerto fue aprobado por el consejo y que se construirá en el norte de la ciudad. ", 3), "es"},
		{"too short", "The plan was approved.", ""},
		{"close languages without a margin", strings.Repeat("de la de la de la que que ", 4), ""},
		{"no function words", strings.Repeat("Xylophone quartz zephyr. ", 20), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := vote(tt.text); got != tt.want {
				t.Errorf("vote = %q, want %q", got, tt.want)
			}
		})
	}
}
