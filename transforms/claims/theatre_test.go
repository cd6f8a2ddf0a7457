package claims

// Which ceasefire (event and region) an article is about.

import (
	"testing"

	"github.com/tanaqud/tanaqud/schemas"
)

// TestTheatreRegion: the scope of a ceasefire in an article that names only one region of the theatre's country.
func TestTheatreRegion(t *testing.T) {
	// An article that names only one region of the theatre's country, again and again, takes
	// that region for the whole theatre; an article that names the country does not.
	regionOnly := "Fighting in Eastern Ghouta stopped on Monday. A ceasefire in Eastern Ghouta took effect at noon. Eastern Ghouta was calm. "
	runCases(t, []mechanismCase{
		{"placed in the theatre region: no scope", "en", "", regionOnly, "ceasefire.scope",
			nil},
		{"across the entire theatre region", "en", "", regionOnly + "The truce will apply across the entire Eastern Ghouta.", "ceasefire.scope",
			[]string{"nationwide@outlet"}},
		{"the country's own government at war in the region: partial", "en", "", regionOnly + "The Syrian government said the truce will apply across the entire Eastern Ghouta.", "ceasefire.scope",
			[]string{"partial@outlet", "partial@syrian_government"}},
		{"a clock's colon ends no clause: the truce covers the named towns", "en", "", "The truce will take effect at 00:00 on Thursday and covers the towns of Hays and Saleef, the statement said.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"not a nationwide ceasefire", "en", "", regionOnly + "It is not a nationwide ceasefire.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"the country named: the region is partial", "en", "", "Syria said a ceasefire in Eastern Ghouta took effect at noon. Eastern Ghouta was calm.", "ceasefire.scope",
			[]string{"partial@syria"}},
	})
}

// TestTheatreFurtherAfterTheNoun: a country placed by a locative three words back, far after the
// ceasefire noun, is the theatre, not a city of another country the article names.
func TestTheatreFurtherAfterTheNoun(t *testing.T) {
	x := extractor(t)
	a := schemas.Article{ID: "t", Lang: "ar", Text: "بدت دمشق الطرف الأكثر حرجاً في الهدنة التي رعتها واشنطن بين الحوثيين والحكومة في شمال غربي اليمن. وتريد دمشق محادثات في ستوكهولم لا في مسقط، ولا في ستوكهولم."}
	for _, c := range x.Analyze(a).Claims {
		if c.Event != "yemen" {
			t.Errorf("%s: event %s, want yemen", c.Topic, c.Event)
		}
	}
}
