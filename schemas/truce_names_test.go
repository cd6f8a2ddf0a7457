package schemas

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestTruceNames: a war file's truce_names load under the file's base name and language, and
// none repeats a lexicon ceasefire noun (which is a truce in every coverage already).
func TestTruceNames(t *testing.T) {
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Gazetteer.TruceNamesOf("pattani.json", "en"); len(got) == 0 {
		t.Errorf("pattani.json: no English truce_names")
	}
	for _, f := range d.Gazetteer.TruceNameFiles() {
		for lang, lx := range d.Lexicons {
			lexical := map[string]bool{}
			for _, n := range lx.CeasefireNouns {
				lexical[strings.ToLower(n)] = true
			}
			for _, n := range d.Gazetteer.TruceNamesOf(f, lang) {
				if lexical[strings.ToLower(n)] {
					t.Errorf("%s: truce name %q is already a %s ceasefire noun", f, n, lang)
				}
			}
		}
	}
	fsys := fstest.MapFS{
		"topics.json":        {Data: []byte(`{"topics": []}`)},
		"gazetteer/war.json": {Data: []byte(`{"truce_names": {"en": ["covenant"]}, "entities": []}`)},
	}
	g, err := LoadFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if got := g.Gazetteer.TruceNamesOf("war.json", "en"); len(got) != 1 || got[0] != "covenant" {
		t.Errorf("war.json: truce names %v, want [covenant]", got)
	}
}
