package schemas

import (
	"strings"
	"testing"
)

// Every country carries its clock: a bank's gazetteer once gave Mozambique and Nigeria none, and
// every local time of their wars was read as UTC with no error anywhere.
func TestGazetteerCountriesNeedClocks(t *testing.T) {
	cases := []struct {
		name   string
		entity Entity
		want   string
	}{
		{"country without a zone", Entity{ID: "mozambique", Type: "country"}, `entity "mozambique": a country needs a time_zone`},
		{"country with a zone", Entity{ID: "mozambique", Type: "country", TimeZone: "Africa/Maputo"}, ""},
		{"unknown zone", Entity{ID: "atlantis", Type: "country", TimeZone: "Atlantic/Atlantis"}, `entity "atlantis": time_zone "Atlantic/Atlantis"`},
		{"a city needs none", Entity{ID: "beira", Type: "city"}, ""},
		{"a government needs none", Entity{ID: "mozambican_government", Type: "government"}, ""},
	}
	for _, tc := range cases {
		g := &Gazetteer{Entities: []Entity{tc.entity}}
		if err := g.index(); err != nil {
			t.Fatal(err)
		}
		got := strings.Join(g.Problems(), "\n")
		if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("%s: problems %q, want %q", tc.name, got, tc.want)
		}
	}
}
