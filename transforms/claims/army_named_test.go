package claims

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tanaqud/tanaqud/schemas"
)

// A country's army is the one its gazetteer entry names, however many other forces of the
// country the gazetteer files of other events add (a brigade, a border guard); without the
// name, a second force leaves the country with no army rather than a wrong one.
func TestArmyTableNamedArmy(t *testing.T) {
	topics, err := os.ReadFile("../../schemas/topics.json")
	if err != nil {
		t.Fatal(err)
	}
	gaz := func(army string) string {
		return `{"entities": [
 {"id": "yemen", "army": "` + army + `", "type": "country", "role": "other", "label": {"en": "Yemen"}, "aliases": {}, "affiliation": "", "title": {}, "speaks_for": "", "country": ""},
 {"id": "yemeni_army", "type": "military", "role": "government", "label": {"en": "Yemeni army"}, "aliases": {}, "affiliation": "", "title": {}, "speaks_for": "", "country": "yemen"},
 {"id": "presidential_guard", "type": "military", "role": "government", "label": {"en": "Presidential Guard"}, "aliases": {}, "affiliation": "", "title": {}, "speaks_for": "", "country": "yemen"},
 {"id": "guard_unit", "type": "military", "role": "government", "label": {"en": "a unit"}, "aliases": {}, "affiliation": "yemeni_army", "title": {}, "speaks_for": "", "country": "yemen"}
]}`
	}
	tests := []struct {
		army, want string
	}{
		{"yemeni_army", "yemeni_army"},
		{"", ""}, // two forces, none named: no army
	}
	for _, tc := range tests {
		d, err := schemas.LoadFS(fstest.MapFS{
			"topics.json":         {Data: topics},
			"gazetteer/test.json": {Data: []byte(gaz(tc.army))},
		})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if e := armyTable(&d.Gazetteer)["yemen"]; e != nil {
			got = e.ID
		}
		if got != tc.want {
			t.Errorf("army %q: armyTable[yemen] = %q, want %q", tc.army, got, tc.want)
		}
	}
}

// An army named by a country must be a military entity of that country (Problems, which the
// schemas tests hold empty for the shipped files).
func TestGazetteerRejectsForeignArmy(t *testing.T) {
	topics, err := os.ReadFile("../../schemas/topics.json")
	if err != nil {
		t.Fatal(err)
	}
	d, err := schemas.LoadFS(fstest.MapFS{
		"topics.json": {Data: topics},
		"gazetteer/test.json": {Data: []byte(`{"entities": [
 {"id": "yemen", "army": "saudi_army", "type": "country", "role": "other", "label": {"en": "Yemen"}, "aliases": {}, "affiliation": "", "title": {}, "speaks_for": "", "country": ""},
 {"id": "saudi_arabia", "type": "country", "role": "other", "label": {"en": "Saudi Arabia"}, "aliases": {}, "affiliation": "", "title": {}, "speaks_for": "", "country": ""},
 {"id": "saudi_army", "type": "military", "role": "government", "label": {"en": "Saudi army"}, "aliases": {}, "affiliation": "", "title": {}, "speaks_for": "", "country": "saudi_arabia"}
]}`)},
	})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(d.Gazetteer.Problems(), "\n"), `army "saudi_army" is no military entity of it`) {
		t.Fatalf("a country naming another country's force as its army is no problem: %q", d.Gazetteer.Problems())
	}
}
