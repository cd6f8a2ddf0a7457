package claims

import "testing"

// A new war's file whose force has a proper name that is also an inflected common word's stem
// ("Joint Patrol"; "joint patrol" is no name made only of generic words, so strayGenericNames
// does not take it for a description), and a rights group's short name ("the Observer").
var patrolWarFile = rafinWar(`
 {"id": "ac_rafin_joint_patrol", "type": "organization", "role": "monitor",
  "label": {"en": "Rafin Joint Patrol", "ar": "الدورية المشتركة في رافين"}, "aliases": {"en": ["Joint Patrol", "the Observer"], "ar": []},
  "affiliation": "", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "cameroon"}`)

// A name written as a proper name matches no inflected word written in lower case
// (dropInflectedLowerNames): a new war's "Joint Patrol" had read "joint patrols" in every war's
// coverage, hiding the monitors cue inside it and naming itself the monitor (stop 32: a new
// file's "the Monitor" in "the monitoring", "the monitors" of six development sets).
func TestInflectedLowerCaseWordIsNoProperName(t *testing.T) {
	x := withGazetteerFiles(t, map[string]string{"ac_rafin.json": patrolWarFile})
	runCasesOn(t, x, []mechanismCase{
		{"joint patrols, another war's coverage", "en", "",
			"Khartoum and Juba agreed to a ceasefire in Abyei on Monday. Sudanese and South Sudanese troops will mount joint patrols along the line, the AU envoy said.",
			"ceasefire.monitors", []string{"sspdf,sudanese_armed_forces@african_union"}},
		{"joint patrols, another war's coverage, mediators", "en", "",
			"Pakistan and Afghanistan agreed to a ceasefire in Chaman on Tuesday. Turkey and Qatar will watch the border with joint patrols, the mediators said.",
			"ceasefire.monitors", []string{"qatar,turkey@qatar"}},
		{"near miss: written as the name, its own war's coverage", "en", "",
			"The Rafin Liberation Front and the army agreed to a truce in Rafin on Tuesday. The Joint Patrol will watch over the truce.",
			"ceasefire.monitors", []string{"ac_rafin_joint_patrol@outlet"}},
		{"near miss: a possessive is no inflection", "en", "",
			"The Rafin Liberation Front and the army agreed to a truce in Rafin on Tuesday. The observer's men will watch over the truce, the army said.",
			"ceasefire.monitors", []string{"ac_rafin_joint_patrol@cameroonian_army"}},
	})
}

func TestWrittenAsProperName(t *testing.T) {
	fw := extractor(t).langs["en"].fw
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"the Monitor", true},
		{"Houthi", true},
		{"The rebels", false}, // the article alone is capitalised
		{"the rebels", false},
		{"state officials", false},
	} {
		if got := fw.writtenAsProperName(tc.name); got != tc.want {
			t.Errorf("writtenAsProperName(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
