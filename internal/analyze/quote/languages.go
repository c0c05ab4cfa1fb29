package quote

import (
	"maps"
	"slices"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/cue"
)

// languages holds the quote words of each language, by ISO 639-1 code, as
// the language layer knows them (lang.Known).
var languages = lang.ByCode(func(l lang.Language) cue.Quotes { return l.Quotes })

// codes lists the codes of languages in order, so that the tables are
// assembled the same way every time.
var codes = slices.Sorted(maps.Keys(languages))
