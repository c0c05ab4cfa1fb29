package quote

import (
	"maps"
	"slices"

	"github.com/storyline/storyline/internal/lang/ar"
	"github.com/storyline/storyline/internal/lang/cue"
	"github.com/storyline/storyline/internal/lang/de"
	"github.com/storyline/storyline/internal/lang/en"
	"github.com/storyline/storyline/internal/lang/es"
	"github.com/storyline/storyline/internal/lang/fa"
	"github.com/storyline/storyline/internal/lang/fr"
	"github.com/storyline/storyline/internal/lang/it"
	"github.com/storyline/storyline/internal/lang/nl"
	"github.com/storyline/storyline/internal/lang/pl"
	"github.com/storyline/storyline/internal/lang/pt"
	"github.com/storyline/storyline/internal/lang/ru"
	"github.com/storyline/storyline/internal/lang/tr"
	"github.com/storyline/storyline/internal/lang/uk"
	"github.com/storyline/storyline/internal/lang/zh"
)

// languages holds the quote words of each language, by ISO 639-1 code.
var languages = map[string]cue.Quotes{
	"ar": ar.Quotes,
	"de": de.Quotes,
	"en": en.Quotes,
	"es": es.Quotes,
	"fa": fa.Quotes,
	"fr": fr.Quotes,
	"it": it.Quotes,
	"nl": nl.Quotes,
	"pl": pl.Quotes,
	"pt": pt.Quotes,
	"ru": ru.Quotes,
	"tr": tr.Quotes,
	"uk": uk.Quotes,
	"zh": zh.Quotes,
}

// codes lists the codes of languages in order, so that the tables are
// assembled the same way every time.
var codes = slices.Sorted(maps.Keys(languages))
