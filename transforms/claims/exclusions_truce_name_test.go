package claims

import "testing"

// TestExclusionsTruceNamedByPlace: a place that names the truce it stands before ("the Jenin
// truce", "the Zamfara truce") is neither covered nor left out by what the sentence says of that
// truce. Witnesses: jenin jn_016, zamfara zf_031. Probes from Syria, Yemen and Congo; kept: a
// place as the object or subject of the coverage predicate, whatever the truce is called.
func TestExclusionsTruceNamedByPlace(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the Idlib truce does not apply to others' operations (Syria)", "en", "", syriaLead + "Separately, the Idlib truce, an arrangement between Russia and Turkey, does not apply to Kurdish operations.", "ceasefire.exclusions",
			nil},
		{"a group not covered by the Aleppo truce (Syria)", "en", "", syriaLead + "The army shelled ISIS near Palmyra, stressing that the group is not covered by the Aleppo truce.", "ceasefire.exclusions",
			nil},
		{"jihadists not covered by the Taiz truce (Yemen)", "en", pubTue, yemenCountryLead + "The jihadists are not covered by the Taiz truce, the government said.", "ceasefire.exclusions",
			nil},
		{"kept: the object of a truce named by its place (Yemen)", "en", pubTue, yemenCountryLead + "The Taiz truce does not cover Hays.", "ceasefire.exclusions",
			[]string{"hays=excluded@outlet"}},
		{"kept: a place as the subject (Yemen)", "en", pubTue, yemenCountryLead + "Taiz is not covered by the truce.", "ceasefire.exclusions",
			[]string{"taiz=excluded@outlet"}},
		{"kept: a group left out by the Goma truce (Congo)", "en", "", "Kinshasa and M23 agreed to a ceasefire in eastern Congo on Monday. The Goma truce does not cover the Wazalendo militias.", "ceasefire.exclusions",
			[]string{"wazalendo=excluded@outlet"}},
	})
}
