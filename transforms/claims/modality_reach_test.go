package claims

import "testing"

// TestModalityReach: a modality cue reaches the content of its clause up to twenty tokens after
// it, past a long object phrase ("the two sides were expected to reconvene in Nairobi on May 25
// for political talks under IGAD and Kenyan auspices": southsudan ss_001/ss_002; «ومن المتوقع
// أن تنطلق مفاوضات ترسيم الحدود البرية في الناقورة مطلع تشرين الثاني/نوفمبر المقبل برعاية
// الولايات المتحدة والأمم المتحدة»: lebanon lbn_006; read asserted with twelve; the hedged flag
// on matched dev claims 6149 -> 6157 of 6312, in nine sets). Not past a comma or a full stop.
func TestModalityReach(t *testing.T) {
	runCases(t, []mechanismCase{
		{"expected to reconvene ... under IGAD and Kenyan auspices", "en", pubTue,
			"South Sudan's army and the SPLA-IO agreed to a ceasefire in Upper Nile. Delegates said the two sides were expected to reconvene in Nairobi on May 25 for political talks under IGAD and Kenyan auspices.", "talks.sponsors",
			[]string{"igad,kenya@sources~expected"}},
		{"من المتوقع ... برعاية الولايات المتحدة والأمم المتحدة", "ar", pubTue,
			"ومن المتوقع أن تنطلق مفاوضات ترسيم الحدود البرية في الناقورة مطلع تشرين الثاني/نوفمبر المقبل برعاية الولايات المتحدة والأمم المتحدة.", "talks.sponsors",
			[]string{"un,united_states@outlet~expected"}},
		// Not past the clause.
		{"the expectation ends at the full stop", "en", pubTue,
			"South Sudan's army and the SPLA-IO agreed to a ceasefire in Upper Nile. Delegates were expected in Nairobi. The two sides held political talks under IGAD and Kenyan auspices.", "talks.sponsors",
			[]string{"igad,kenya@outlet"}},
	})
}

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
