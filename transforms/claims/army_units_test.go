package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tanaqud/tanaqud/schemas"
)

// withGazetteerFile loads the schemas folder with one more gazetteer file, as a new event's
// annotator would add it.
func withGazetteerFile(t *testing.T, name, content string) *Extractor {
	t.Helper()
	return withGazetteerFiles(t, map[string]string{name: content})
}

// A unit of a country's army (a front's command) is part of that army, not a second one:
// "our forces" in the government's mouth stay its army when a gazetteer names such a unit.
func TestArmyUnitDoesNotHideTheArmy(t *testing.T) {
	x := withGazetteerFile(t, "zz_unit.json", `{"entities": [
 {"id": "hodeidah_front_command", "type": "military", "role": "government",
  "label": {"en": "Hodeidah front command", "ar": "قيادة جبهة الحديدة"},
  "aliases": {"en": [], "ar": []}, "affiliation": "yemeni_army",
  "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "yemen"}]}`)
	text := `The Houthis and the Yemeni government agreed to a ceasefire in Hodeidah on Tuesday. "Nothing in the agreement obliges our forces to leave Hodeidah," the Yemeni government said.`
	got := brief(x.Analyze(schemas.Article{ID: "t", Lang: "en", Text: text}).Claims, "ceasefire.withdrawal")
	want := []string{"yemeni_army=not_required@yemeni_government"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("claims mismatch (-want +got):\n%s", diff)
	}
}
