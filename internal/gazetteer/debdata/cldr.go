package debdata

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
)

// cldrLocale is what the generator reads from one CLDR locale file: the
// territory (country) names and the exemplar cities of time zones.
type cldrLocale struct {
	Territories []struct {
		Type string `xml:"type,attr"`
		Alt  string `xml:"alt,attr"`
		Name string `xml:",chardata"`
	} `xml:"localeDisplayNames>territories>territory"`
	Zones []struct {
		Type string `xml:"type,attr"`
		City string `xml:"exemplarCity"`
	} `xml:"dates>timeZoneNames>zone"`
}

// TerritoryNames are one locale's names of one territory: the standard one
// and the alternatives (alt="short", alt="variant").
type TerritoryNames struct {
	Name  string
	Short string   // alt="short", if any
	Alts  []string // every alternative, short included
}

// ReadCLDRLocale reads main/<locale>.xml under the CLDR common directory
// (/usr/share/unicode/cldr/common): territory code -> names, and time zone
// -> exemplar city. A missing file gives empty maps.
func ReadCLDRLocale(dir, locale string) (map[string]*TerritoryNames, map[string]string, error) {
	terr := map[string]*TerritoryNames{}
	zones := map[string]string{}
	b, err := os.ReadFile(filepath.Join(dir, "main", locale+".xml"))
	if os.IsNotExist(err) {
		return terr, zones, nil
	}
	if err != nil {
		return nil, nil, err
	}
	var l cldrLocale
	if err := xml.Unmarshal(b, &l); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", locale, err)
	}
	for _, t := range l.Territories {
		tn := terr[t.Type]
		if tn == nil {
			tn = &TerritoryNames{}
			terr[t.Type] = tn
		}
		if t.Alt == "" {
			tn.Name = t.Name
		} else {
			tn.Alts = append(tn.Alts, t.Name)
			if t.Alt == "short" {
				tn.Short = t.Name
			}
		}
	}
	for _, z := range l.Zones {
		if z.City != "" {
			zones[z.Type] = z.City
		}
	}
	return terr, zones, nil
}

// ReadCLDRPopulations reads the territories' populations from CLDR's
// supplemental data.
func ReadCLDRPopulations(dir string) (map[string]int, error) {
	b, err := os.ReadFile(filepath.Join(dir, "supplemental", "supplementalData.xml"))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w (apt-get install unicode-cldr-core): %w", err, ErrNotInstalled)
	}
	if err != nil {
		return nil, err
	}
	var s struct {
		Territories []struct {
			Type       string `xml:"type,attr"`
			Population string `xml:"population,attr"`
		} `xml:"territoryInfo>territory"`
	}
	if err := xml.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("supplementalData.xml: %w", err)
	}
	pop := map[string]int{}
	for _, t := range s.Territories {
		f, err := strconv.ParseFloat(t.Population, 64)
		if err == nil {
			pop[t.Type] = int(f)
		}
	}
	return pop, nil
}

// ISOCountry is one entry of iso-codes' ISO 3166-1 table.
type ISOCountry struct {
	Alpha2       string `json:"alpha_2"`
	Alpha3       string `json:"alpha_3"`
	Name         string `json:"name"`
	OfficialName string `json:"official_name"`
	CommonName   string `json:"common_name"`
}

// ReadISO3166 reads iso-codes' iso_3166-1.json
// (/usr/share/iso-codes/json/iso_3166-1.json).
func ReadISO3166(path string) ([]ISOCountry, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w (apt-get install iso-codes): %w", err, ErrNotInstalled)
	}
	if err != nil {
		return nil, err
	}
	var doc struct {
		Countries []ISOCountry `json:"3166-1"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return doc.Countries, nil
}
