package claims

import (
	"testing"

	"github.com/tanaqud/tanaqud/schemas"
)

// Read shows the tokens as written, the gazetteer names the extractor kept (as token spans) and
// the verbs of saying: what a tool looking for unknown names needs.
func TestReadShowsTokensNamesAndAttributions(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		lang, text string
		ids        []string // entity ids in token order, first of each start
		unknown    string   // a token no name covers
		attrAt     int      // token of a verb of saying, -1 for none
	}{
		{"en", "Fighting between Tebu and Zuwaya gunmen killed 11, Qarnaq Voslev said.", []string{"tebu", "zuwaya"}, "Voslev", 11},
		{"ar", "وقال فلان الفلاني إن الهدنة بين التبو والزوية صامدة.", []string{"tebu", "zuwaya"}, "الفلاني", 0},
		{"en", "The shops reopened on Monday.", nil, "shops", -1},
	}
	for _, tt := range tests {
		r := x.Read(schemas.Article{ID: "t", Lang: tt.lang, Text: tt.text})
		if r.Lang != tt.lang || len(r.Sentences) != 1 {
			t.Fatalf("%q: reading %+v", tt.text, r)
		}
		s := r.Sentences[0]
		var ids []string
		covered := map[int]bool{}
		for _, e := range s.Entities {
			if len(ids) == 0 || ids[len(ids)-1] != e.ID {
				if e.ID == "tebu" || e.ID == "zuwaya" {
					ids = append(ids, e.ID)
				}
			}
			for k := e.Start; k < e.End; k++ {
				covered[k] = true
			}
		}
		if len(ids) != len(tt.ids) || len(ids) > 0 && (ids[0] != tt.ids[0] || ids[1] != tt.ids[1]) {
			t.Errorf("%q: names %v, want %v (entities %+v)", tt.text, ids, tt.ids, s.Entities)
		}
		found := false
		for k, tk := range s.Tokens {
			if tk.Text == tt.unknown {
				found = true
				if covered[k] {
					t.Errorf("%q: %q is covered by a name", tt.text, tt.unknown)
				}
			}
		}
		if !found {
			t.Errorf("%q: no token %q as written in %+v", tt.text, tt.unknown, s.Tokens)
		}
		gotAttr := -1
		for _, a := range s.Attributions {
			gotAttr = a.Start
		}
		if gotAttr != tt.attrAt {
			t.Errorf("%q: attribution at %d, want %d (%+v)", tt.text, gotAttr, tt.attrAt, s.Attributions)
		}
	}
}
