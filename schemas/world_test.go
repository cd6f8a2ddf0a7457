package schemas

import (
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestWorldFilesAreAFallback(t *testing.T) {
	topics, _ := embedded.ReadFile("topics.json")
	war := `{"entities": [
	 {"id": "egypt", "type": "country", "role": "guarantor_state", "label": {"en": "Egypt", "ar": "مصر"}, "time_zone": "Africa/Cairo"},
	 {"id": "the_gambia", "type": "country", "role": "mediator", "label": {"en": "The Gambia", "ar": "جامبيا"}, "time_zone": "Africa/Banjul"},
	 {"id": "mfdc", "type": "armed_group", "label": {"en": "MFDC"}}]}`
	world := `{"entities": [
	 {"id": "egypt", "type": "country", "role": "other", "label": {"en": "Egypt", "ar": "مصر"}, "time_zone": "Africa/Cairo"},
	 {"id": "gambia", "type": "country", "role": "other", "label": {"en": "Gambia", "ar": "غامبيا"}, "aliases": {"ar": ["جامبيا"]}, "time_zone": "Africa/Banjul"},
	 {"id": "senegal", "type": "country", "role": "other", "label": {"en": "Senegal", "ar": "السنغال"}, "time_zone": "Africa/Dakar"}]}`
	fsys := fstest.MapFS{
		"topics.json":                  {Data: topics},
		"gazetteer/casamance.json":     {Data: []byte(war)},
		"gazetteer/world/country.json": {Data: []byte(world)},
		"lexicon/en.json":              {Data: []byte(`{"lang": "en"}`)},
	}
	d, err := LoadFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range d.Gazetteer.Entities {
		got = append(got, e.ID+" "+e.Role+" "+d.Gazetteer.SourceFile(e.ID))
	}
	want := []string{
		"egypt guarantor_state gazetteer/casamance.json", // same id: the war file's entry
		"the_gambia mediator gazetteer/casamance.json",   // another id, a shared Arabic name: the war file's
		"mfdc  gazetteer/casamance.json",
		"senegal other gazetteer/world/country.json", // nobody else names it: the world's
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
}

// The embedded world files must load beside every war file without an error, and each of their
// countries must have a clock.
func TestEmbeddedWorldLoads(t *testing.T) {
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range d.Gazetteer.Entities {
		if e.Type == "country" && e.Location() == nil {
			t.Errorf("country %q (%s) has no clock", e.ID, d.Gazetteer.SourceFile(e.ID))
		}
	}
}
