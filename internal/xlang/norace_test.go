//go:build !race

package xlang

const raceEnabled = false
