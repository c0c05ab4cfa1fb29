// Package models holds the entity taggers bundled with storyline, one
// model a language (en.model, de.model, ...), as
//
//	storyline train entities --data ../shared/bench/ner-train --out internal/analyze/tagger/models
//
// writes them. What each model learned from, and under which licence, is
// in the NOTICE file beside them.
package models

import (
	"embed"
	"io/fs"
)

//go:embed *.model
var files embed.FS

// FS returns the bundled models, each at the root under its
// tagger.FileName.
func FS() fs.FS { return files }
