//go:build race

package xlang

// raceEnabled is set when the tests run under the race detector, which
// makes parsing the large dictionaries ten times slower: the evaluations
// on the SemEval articles, which test no concurrency, skip then.
const raceEnabled = true
