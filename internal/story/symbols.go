package story

import (
	"hash/maphash"
	"math"
	"sync"
)

// A symbol numbers a feature's text (a stem, a name token key, a concept,
// a number) in a symbol table: the clusterer's, for the profiles it holds.
// Profiles hold symbols rather than strings, so that the tens of thousands
// of stories a clusterer keeps in memory take little room and hold no
// pointers for the garbage collector to follow.
type symbol uint32

// noSymbol is the symbol of a text no profile ever held.
const noSymbol symbol = 0

// symbolTable numbers texts. It only grows: a text keeps its number for
// the life of the table. A clusterer replaces its table when it compacts,
// keeping only the texts still in use (see Clusterer.compactSymbols). It
// holds no pointers but its three arrays, so that millions of texts cost
// the garbage collector nothing to scan: the texts lie end to end in one
// byte array, and an open-addressing hash table of symbols finds them. It
// is safe for concurrent use.
type symbolTable struct {
	mu sync.RWMutex
	// text holds the texts end to end; symbol s's text ends at ends[s]
	// and begins where symbol s-1's ends (ends[0] is 0, for noSymbol).
	text []byte
	ends []uint32
	// slots hold symbols by the hash of their texts; 0 is empty. Their
	// number is a power of two, at least twice the number of symbols.
	slots []symbol
	seed  maphash.Seed
}

// newSymbolTable returns an empty table with room for about n texts.
func newSymbolTable(n int) *symbolTable {
	slots := 16
	for slots < 2*(n+1) {
		slots *= 2
	}
	return &symbolTable{ends: []uint32{0}, slots: make([]symbol, slots), seed: maphash.MakeSeed()}
}

// intern returns the symbol of text, numbering it if it is new.
func (t *symbolTable) intern(text string) symbol {
	t.mu.RLock()
	s, _ := t.find(text)
	t.mu.RUnlock()
	if s != noSymbol {
		return s
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	s, at := t.find(text)
	if s != noSymbol {
		return s
	}
	if uint64(len(t.text))+uint64(len(text)) > math.MaxUint32 || len(t.ends) > math.MaxUint32 {
		panic("story: symbol table full")
	}
	s = symbol(len(t.ends))
	t.text = append(t.text, text...)
	t.ends = append(t.ends, uint32(len(t.text)))
	t.slots[at] = s
	if 2*len(t.ends) > len(t.slots) {
		t.grow()
	}
	return s
}

// lookup returns the symbol of text, or noSymbol when it has none: then no
// profile of the table holds the text. A nil table has none.
func (t *symbolTable) lookup(text string) symbol {
	if t == nil {
		return noSymbol
	}
	t.mu.RLock()
	defer t.mu.RUnlock()
	s, _ := t.find(text)
	return s
}

// find returns the symbol of text, or noSymbol and the empty slot where
// it belongs.
func (t *symbolTable) find(text string) (symbol, int) {
	mask := len(t.slots) - 1
	i := int(maphash.String(t.seed, text)) & mask
	for {
		s := t.slots[i]
		if s == noSymbol {
			return noSymbol, i
		}
		if string(t.bytesOf(s)) == text { // compared without a copy
			return s, i
		}
		i = (i + 1) & mask
	}
}

// bytesOf returns the bytes of the text of s; noSymbol has none.
func (t *symbolTable) bytesOf(s symbol) []byte {
	return t.text[t.ends[max(s, 1)-1]:t.ends[s]]
}

// grow doubles the hash table.
func (t *symbolTable) grow() {
	t.slots = make([]symbol, 2*len(t.slots))
	mask := len(t.slots) - 1
	for s := symbol(1); int(s) < len(t.ends); s++ {
		i := int(maphash.Bytes(t.seed, t.bytesOf(s))) & mask
		for t.slots[i] != noSymbol {
			i = (i + 1) & mask
		}
		t.slots[i] = s
	}
}

// len returns the number of texts numbered, noSymbol's included.
func (t *symbolTable) len() int {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return len(t.ends)
}

// texts returns the texts of symbols, in their order.
func (t *symbolTable) texts(syms []symbol) []string {
	out := make([]string, len(syms))
	if len(syms) == 0 {
		return out
	}
	t.mu.RLock()
	defer t.mu.RUnlock()
	for i, s := range syms {
		out[i] = string(t.bytesOf(s))
	}
	return out
}
