package debdata

import (
	"encoding/binary"
	"errors"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// TestReadMO reads a catalogue written here in the gettext format.
func TestReadMO(t *testing.T) {
	pairs := [][2]string{{"", "Project-Id-Version: x\n"}, {"170654", "دمشق"}, {"SY", "سوريا"}}
	var b []byte
	le := binary.LittleEndian
	head := make([]byte, 28)
	le.PutUint32(head[0:], 0x950412de)
	le.PutUint32(head[8:], uint32(len(pairs)))
	le.PutUint32(head[12:], 28)
	le.PutUint32(head[16:], 28+uint32(8*len(pairs)))
	tables := make([]byte, 16*len(pairs))
	strs := []byte{}
	off := 28 + len(tables)
	for k := 0; k < 2; k++ {
		for i, p := range pairs {
			le.PutUint32(tables[8*(k*len(pairs)+i):], uint32(len(p[k])))
			le.PutUint32(tables[8*(k*len(pairs)+i)+4:], uint32(off+len(strs)))
			strs = append(append(strs, p[k]...), 0)
		}
	}
	b = append(append(head, tables...), strs...)
	path := filepath.Join(t.TempDir(), "x.mo")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := ReadMO(path)
	if err != nil {
		t.Fatal(err)
	}
	if m["170654"] != "دمشق" || m["SY"] != "سوريا" || len(m) != 2 {
		t.Errorf("ReadMO = %v", m)
	}
	if _, err := ReadMO(filepath.Join(t.TempDir(), "none.mo")); err == nil {
		t.Error("ReadMO of a missing file: no error")
	}
}

// TestDecodeCity decodes one serialised (sssssssudd) tuple.
func TestDecodeCity(t *testing.T) {
	var b []byte
	var ends []int
	for _, s := range []string{"170654", "Damascus", "13", "Damascus Governorate", "SY", "Syria", "Asia/Damascus"} {
		b = append(append(b, s...), 0)
		ends = append(ends, len(b))
	}
	for len(b)%4 != 0 {
		b = append(b, 0)
	}
	b = binary.LittleEndian.AppendUint32(b, 1569394)
	for len(b)%8 != 0 {
		b = append(b, 0)
	}
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(33.5102))
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(36.29128))
	for i := len(ends) - 1; i >= 0; i-- {
		b = append(b, byte(ends[i]))
	}
	c, err := decodeCity(b)
	if err != nil {
		t.Fatal(err)
	}
	want := City{ID: "170654", Name: "Damascus", Admin1: "13", Admin1Name: "Damascus Governorate",
		Country: "SY", CountryName: "Syria", Timezone: "Asia/Damascus", Population: 1569394,
		Lat: 33.5102, Lon: 36.29128}
	if c != want {
		t.Errorf("decodeCity = %+v, want %+v", c, want)
	}
}

// TestReadCities reads the installed libgeonames, when it is installed.
func TestReadCities(t *testing.T) {
	lib, err := FindGeonamesLib()
	if errors.Is(err, ErrNotInstalled) {
		t.Skip(err)
	}
	cities, err := ReadCities(lib)
	if err != nil {
		t.Fatal(err)
	}
	if len(cities) < 20000 {
		t.Errorf("%d cities, want more than 20000", len(cities))
	}
	for _, c := range cities {
		if c.ID == "170654" {
			if c.Name != "Damascus" || c.Country != "SY" || c.Population < 1000000 {
				t.Errorf("Damascus = %+v", c)
			}
			return
		}
	}
	t.Error("Damascus (170654) not found")
}
