// Package debdata reads the place data that Debian packages ship:
// GeoNames cities compiled into libgeonames (libgeonames0), their names in
// gettext catalogues (libgeonames-common), Unicode CLDR locale and
// supplemental files (unicode-cldr-core) and the iso-codes ISO 3166-1 table
// (iso-codes). The gazetteer's generator builds its table from them, and
// benchmarks draw name lists from them; nothing reads them at run time.
package debdata

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
)

// ErrNotInstalled reports that a Debian data file is missing; errors of
// this package wrap it, naming the package to install.
var ErrNotInstalled = errors.New("debian data package not installed")

// A City is one populated place of the GeoNames cities table that Debian's
// libgeonames0 compiles into its shared library.
type City struct {
	ID          string // GeoNames id, "170654"
	Name        string // GeoNames main name, "Damascus"
	Admin1      string // first-level division code, "13"
	Admin1Name  string // its name, "Damascus Governorate"
	Country     string // ISO 3166-1 alpha-2, "SY"
	CountryName string
	Timezone    string // "Asia/Damascus"
	Population  int
	Lat, Lon    float64
}

// FindGeonamesLib returns the path of the installed libgeonames.so.0.
func FindGeonamesLib() (string, error) {
	m, _ := filepath.Glob("/usr/lib/*/libgeonames.so.0")
	if len(m) == 0 {
		return "", fmt.Errorf("libgeonames.so.0 not found (apt-get install libgeonames0): %w", ErrNotInstalled)
	}
	return m[0], nil
}

// GeonamesMO returns the path of the geonames.mo catalogue of a locale
// ("ar", "zh_CN") under a locale directory (/usr/share/locale).
func GeonamesMO(localeDir, locale string) string {
	return filepath.Join(localeDir, locale, "LC_MESSAGES", "geonames.mo")
}

// ReadCities reads the cities compiled into libgeonames (Debian package
// libgeonames0) at path: a GResource bundle in the library's read-only data holds
// /com/lomiri/geonames/cities.compiled, a zlib-compressed GVariant array of
// (sssssssudd): geonameid, name, admin1 code, admin1 name, country code,
// country name, time zone, population, latitude, longitude.
func ReadCities(path string) ([]City, error) {
	lib, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w (apt-get install libgeonames0): %w", err, ErrNotInstalled)
	}
	if err != nil {
		return nil, err
	}
	start := bytes.Index(lib, []byte("GVariant"))
	if start < 0 {
		return nil, fmt.Errorf("%s: no GResource bundle", path)
	}
	value, err := gvdbLookup(lib[start:], "cities.compiled")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	// The entry is a variant holding (uuay): size, flags, data.
	z := bytes.LastIndexByte(value, 0)
	if z < 0 || string(value[z+1:]) != "(uuay)" {
		return nil, fmt.Errorf("%s: resource entry is not a (uuay) variant", path)
	}
	value = value[:z]
	if len(value) < 8 {
		return nil, fmt.Errorf("%s: short resource entry", path)
	}
	size := binary.LittleEndian.Uint32(value)
	flags := binary.LittleEndian.Uint32(value[4:])
	data := value[8:]
	if flags&1 != 0 { // G_RESOURCE_FLAGS_COMPRESSED
		zr, err := zlib.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if data, err = io.ReadAll(zr); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	} else if len(data) > 0 && data[len(data)-1] == 0 {
		data = data[:len(data)-1] // uncompressed resources carry a NUL
	}
	if uint32(len(data)) != size {
		return nil, fmt.Errorf("%s: cities data is %d bytes, header says %d", path, len(data), size)
	}
	elems, err := gvArrayElems(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	cities := make([]City, 0, len(elems))
	for i, e := range elems {
		c, err := decodeCity(e)
		if err != nil {
			return nil, fmt.Errorf("%s: city %d: %w", path, i, err)
		}
		cities = append(cities, c)
	}
	return cities, nil
}

// gvdbLookup returns the value of the GVDB hash item whose (last path
// component) key is name. GVDB is the GLib database format GResource uses:
// a header (signature, version, options, root pointer), then a hash table
// of 24-byte items (hash, parent, key start, key size, type, value pointer).
func gvdbLookup(db []byte, name string) ([]byte, error) {
	le := binary.LittleEndian
	if len(db) < 24 {
		return nil, errors.New("short GVDB header")
	}
	rootStart, rootEnd := le.Uint32(db[16:]), le.Uint32(db[20:])
	if rootEnd > uint32(len(db)) || rootStart+8 > rootEnd {
		return nil, errors.New("bad GVDB root pointer")
	}
	nBloom := le.Uint32(db[rootStart:]) & (1<<27 - 1)
	nBuckets := le.Uint32(db[rootStart+4:])
	p := rootStart + 8 + 4*nBloom + 4*nBuckets
	for ; p+24 <= rootEnd; p += 24 {
		keyStart, keySize := le.Uint32(db[p+8:]), uint32(le.Uint16(db[p+12:]))
		typ := db[p+14]
		vStart, vEnd := le.Uint32(db[p+16:]), le.Uint32(db[p+20:])
		if keyStart+keySize > uint32(len(db)) || vEnd > uint32(len(db)) || vStart > vEnd {
			return nil, errors.New("bad GVDB item")
		}
		if typ == 'v' && string(db[keyStart:keyStart+keySize]) == name {
			return db[vStart:vEnd], nil
		}
	}
	return nil, fmt.Errorf("no resource %q", name)
}

// gvOffsetSize is the width of the framing offsets of a serialised
// GVariant container of n bytes.
func gvOffsetSize(n int) int {
	switch {
	case n <= math.MaxUint8:
		return 1
	case n <= math.MaxUint16:
		return 2
	case n <= math.MaxUint32:
		return 4
	}
	return 8
}

// gvOffset reads one framing offset of width w.
func gvOffset(b []byte, w int) int {
	switch w {
	case 1:
		return int(b[0])
	case 2:
		return int(binary.LittleEndian.Uint16(b))
	case 4:
		return int(binary.LittleEndian.Uint32(b))
	}
	return int(binary.LittleEndian.Uint64(b))
}

// gvArrayElems splits a serialised GVariant array of variable-size elements
// into its elements: the framing offsets at the end give each element's end.
func gvArrayElems(b []byte) ([][]byte, error) {
	if len(b) == 0 {
		return nil, nil
	}
	w := gvOffsetSize(len(b))
	last := gvOffset(b[len(b)-w:], w)
	if last > len(b) || (len(b)-last)%w != 0 {
		return nil, errors.New("bad array framing")
	}
	n := (len(b) - last) / w
	elems := make([][]byte, 0, n)
	start := 0
	for i := range n {
		end := gvOffset(b[last+i*w:], w)
		if end < start || end > last {
			return nil, errors.New("bad array element offset")
		}
		elems = append(elems, b[start:end])
		// Elements of a tuple holding doubles are 8-byte aligned.
		start = (end + 7) &^ 7
	}
	return elems, nil
}

// decodeCity decodes one (sssssssudd) tuple: seven strings, each framed by
// an offset stored at the tuple's end in reverse order, then an aligned
// uint32 and two aligned float64s.
func decodeCity(b []byte) (City, error) {
	w := gvOffsetSize(len(b))
	const nStr = 7
	if len(b) < nStr*w {
		return City{}, errors.New("short tuple")
	}
	strs := make([]string, nStr)
	start := 0
	for i := range nStr {
		end := gvOffset(b[len(b)-(i+1)*w:], w)
		if end < start+1 || end > len(b)-nStr*w {
			return City{}, errors.New("bad string offset")
		}
		strs[i] = string(b[start : end-1]) // drop the NUL
		start = end
	}
	p := (start + 3) &^ 3
	if p+4 > len(b) {
		return City{}, errors.New("short tuple")
	}
	pop := binary.LittleEndian.Uint32(b[p:])
	p = (p + 4 + 7) &^ 7
	if p+16 > len(b) {
		return City{}, errors.New("short tuple")
	}
	lat := math.Float64frombits(binary.LittleEndian.Uint64(b[p:]))
	lon := math.Float64frombits(binary.LittleEndian.Uint64(b[p+8:]))
	return City{
		ID: strs[0], Name: strs[1], Admin1: strs[2], Admin1Name: strs[3],
		Country: strs[4], CountryName: strs[5], Timezone: strs[6],
		Population: int(pop), Lat: lat, Lon: lon,
	}, nil
}

// ReadMO reads a GNU gettext message catalogue: msgid -> msgstr. Plural
// forms keep their first form. A missing file is an error wrapping
// fs.ErrNotExist.
func ReadMO(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(b) < 28 {
		return nil, fmt.Errorf("%s: short catalogue", path)
	}
	var bo binary.ByteOrder
	switch binary.LittleEndian.Uint32(b) {
	case 0x950412de:
		bo = binary.LittleEndian
	case 0xde120495:
		bo = binary.BigEndian
	default:
		return nil, fmt.Errorf("%s: not a gettext catalogue", path)
	}
	n := int(bo.Uint32(b[8:]))
	origs, trans := int(bo.Uint32(b[12:])), int(bo.Uint32(b[16:]))
	str := func(table, i int) (string, error) {
		p := table + 8*i
		if p+8 > len(b) {
			return "", fmt.Errorf("%s: bad string table", path)
		}
		l, off := int(bo.Uint32(b[p:])), int(bo.Uint32(b[p+4:]))
		if off+l > len(b) {
			return "", fmt.Errorf("%s: bad string", path)
		}
		s := string(b[off : off+l])
		if i := strings.IndexByte(s, 0); i >= 0 {
			s = s[:i]
		}
		return s, nil
	}
	m := make(map[string]string, n)
	for i := range n {
		k, err := str(origs, i)
		if err != nil {
			return nil, err
		}
		v, err := str(trans, i)
		if err != nil {
			return nil, err
		}
		if k != "" && v != "" {
			m[k] = v
		}
	}
	return m, nil
}
