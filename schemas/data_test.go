package schemas

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoadEmbedded(t *testing.T) {
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Languages(); strings.Join(got, ",") != "ar,en" {
		t.Errorf("languages = %v, want ar,en", got)
	}
	for _, id := range []string{"ceasefire.exclusions", "ceasefire.signatories", "talks.sponsors"} {
		if d.Topics.Topic(id) == nil {
			t.Errorf("topic %s missing", id)
		}
	}
	for _, id := range []string{"russia", "moscow", "jabhat_fatah_al_sham", "syrian_army", "osama_abu_zeid", "un"} {
		if d.Gazetteer.Entity(id) == nil {
			t.Errorf("entity %s missing", id)
		}
	}
	if p := d.Gazetteer.Problems(); len(p) > 0 {
		t.Errorf("gazetteer references:\n%s", strings.Join(p, "\n"))
	}
	if e := d.Gazetteer.Entity("moscow"); e.SpeaksFor != "russia" {
		t.Errorf("moscow speaks for %q, want russia", e.SpeaksFor)
	}
	if e := d.Gazetteer.Entity("syria"); e.UTCOffsetMinutes == nil || *e.UTCOffsetMinutes != 120 {
		t.Errorf("syria offset = %v, want 120", e.UTCOffsetMinutes)
	}
}

func TestEveryEntityHasNames(t *testing.T) {
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	valid := map[string]bool{"country": true, "city": true, "region": true, "government": true, "military": true, "armed_group": true,
		"coalition": true, "organization": true, "person": true, "media": true, "source": true}
	for _, e := range d.Gazetteer.Entities {
		if e.Label["en"] == "" || (e.Label["ar"] == "" && len(e.Aliases["ar"]) == 0) {
			t.Errorf("%s: needs an English label and an Arabic name", e.ID)
		}
		if !valid[e.Type] {
			t.Errorf("%s: unknown type %q", e.ID, e.Type)
		}
	}
}

// TestGoldEntityIDs: every entity id the gold uses (testdata/gold/ENTITIES.md) is in the gazetteer.
func TestGoldEntityIDs(t *testing.T) {
	b, err := os.ReadFile("../testdata/gold/ENTITIES.md")
	if err != nil {
		t.Skip("no testdata/gold/ENTITIES.md")
	}
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range regexp.MustCompile("(?m)^\\| ([a-z][a-z0-9_]+) \\|").FindAllStringSubmatch(string(b), -1) {
		if m[1] == "id" { // table header
			continue
		}
		if d.Gazetteer.Entity(m[1]) == nil {
			t.Errorf("gold uses %q, not in the gazetteer", m[1])
		}
	}
}

func TestDuplicateIDsAreAnError(t *testing.T) {
	topics, _ := embedded.ReadFile("topics.json")
	one := `{"entities": [{"id": "x", "type": "country", "label": {"en": "X"}}]}`
	fsys := fstest.MapFS{
		"topics.json":      {Data: topics},
		"gazetteer/a.json": {Data: []byte(one)},
		"gazetteer/b.json": {Data: []byte(one)},
		"lexicon/en.json":  {Data: []byte(`{"lang": "en"}`)},
	}
	if _, err := LoadFS(fsys); err == nil || !strings.Contains(err.Error(), "already defined") {
		t.Errorf("want duplicate id error, got %v", err)
	}
}

func TestLexiconRejectsUnknownTopic(t *testing.T) {
	topics, _ := embedded.ReadFile("topics.json")
	fsys := fstest.MapFS{
		"topics.json":     {Data: topics},
		"lexicon/en.json": {Data: []byte(`{"lang": "en", "topics": {"no.such": [{"cue": "x"}]}}`)},
	}
	if _, err := LoadFS(fsys); err == nil {
		t.Error("want an error for cues of an unknown topic")
	}
}

func TestLexiconRejectsUnknownDayPart(t *testing.T) {
	topics, _ := embedded.ReadFile("topics.json")
	fsys := fstest.MapFS{
		"topics.json":     {Data: topics},
		"lexicon/en.json": {Data: []byte(`{"lang": "en", "time": {"day_parts": {"noon": "midday"}}}`)},
	}
	if _, err := LoadFS(fsys); err == nil || !strings.Contains(err.Error(), "day part") {
		t.Errorf("want an error for a day part that is neither am nor pm, got %v", err)
	}
}

func TestLexiconRejectsUnknownScript(t *testing.T) {
	topics, _ := embedded.ReadFile("topics.json")
	fsys := fstest.MapFS{
		"topics.json":     {Data: topics},
		"lexicon/xx.json": {Data: []byte(`{"lang": "xx", "script": "klingon"}`)},
	}
	if _, err := LoadFS(fsys); err == nil || !strings.Contains(err.Error(), "script") {
		t.Errorf("want an error for an unknown script, got %v", err)
	}
}
