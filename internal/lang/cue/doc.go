// Package cue defines the shapes of the per-language word lists that the
// stages read: one struct type per feature (dates, quotes, page chrome and
// bylines, names). Each language package under internal/lang fills in the
// values for its language; the stage that uses a feature assembles them.
package cue
