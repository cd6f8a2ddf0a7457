package claims

import "testing"

// TestCalledCoordinatedAct: a call's act goes on through coordinated objects and infinitives
// past the five words after its first marker ("UNSMIL urged both sides to complete the exchange
// of bodies and detainees and to reopen the road": kufra kf_017, read asserted for the detainees;
// "called on the parties to extend it beyond its initial 30 days and to open a cross-line route
// to Kauda": kadugli kd_025, read asserted for the route; both gold traps, "an appeal"). Not the
// first act's own words ("its initial 30 days" is the truce's), nor past a relative pronoun or a
// verb of saying.
func TestCalledCoordinatedAct(t *testing.T) {
	const libyaLead = "The Tebu and Zuwaya agreed to a truce in Kufra on Monday. "
	runCases(t, []mechanismCase{
		{"urged both sides to complete the exchange of bodies and detainees", "en", pubTue,
			libyaLead + "In a statement, UNSMIL urged both sides to complete the exchange of bodies and detainees and to reopen the road to the Sudanese border.", "ceasefire.exchange",
			[]string{"bodies=included@unsmil~demanded", "prisoners=included@unsmil~demanded"}},
		{"its initial 30 days stays the truce's", "en", pubTue,
			libyaLead + "The UN Resident Coordinator welcomed the arrangement and called on the parties to extend it beyond its initial 30 days and to open a route to Kauda.", "ceasefire.duration",
			[]string{"30@un"}},
		// Not past a relative pronoun.
		{"urged both sides to respect the truce which provides for", "en", pubTue,
			libyaLead + "UNSMIL urged both sides to respect the truce which provides for the exchange of bodies and detainees.", "ceasefire.exchange",
			[]string{"bodies=included@outlet", "prisoners=included@outlet"}},
	})
}
