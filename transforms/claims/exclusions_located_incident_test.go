package claims

// An exclusion or coverage cue whose object is a common noun placed by a locating preposition
// ("apart from sporadic gunfire near the village of X") leaves out or covers that thing, not the
// place: the place says where it happened.

import "testing"

func TestExclusionLocatedIncident(t *testing.T) {
	runCases(t, []mechanismCase{
		{"apart from gunfire near a town", "en", "", yemenLead + "The ceasefire has largely held, apart from sporadic gunfire near Mocha.", "ceasefire.exclusions",
			nil},
		{"except skirmishes along a river (Sudan)", "en", "", "The army and the RSF agreed to a ceasefire in El Fasher on Sunday. The truce has held except for brief skirmishes along the road to Tawila.", "ceasefire.exclusions",
			nil},
		// Probes: a place right after the cue is what is left out; a place after "in" is read
		// as before.
		{"apart from a town", "en", "", yemenLead + "The ceasefire covers all fronts apart from Mocha.", "ceasefire.exclusions",
			[]string{"mokha=excluded@outlet"}},
	})
}
