package claims

// A whole-clause denial that any truce exists, in the past or with the existential verb
// ("there was no ceasefire", "no agreement exists", «لا توجد هدنة»), is the speaker's
// not_agreed (ceasefire.status lexicon cues; zamfara zf_039, manipur mp_023, greenzone gz_012,
// gorongosa gr_023).

import "testing"

// TestNoTruceExists: existential denials of the truce.
func TestNoTruceExists(t *testing.T) {
	runCases(t, []mechanismCase{
		{"there was no ceasefire", "en", "", yemenLead + "The Giants Brigades said there was no ceasefire between them and the Houthis.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@giants_brigades"}},
		// "only a draft" is the deal proposed (status_merely_proposal_test.go; manipur mp_023's
		// gold reads both values in this sentence).
		{"no agreement exists", "en", "", yemenLead + "The Giants Brigades still say that no agreement exists, only a draft.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@giants_brigades", "proposed@giants_brigades"}},
		{"arabic there is no truce", "ar", "", yemenLeadAr + "وقالت ألوية العمالقة: «لا توجد هدنة مع الحوثيين».", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@giants_brigades"}},
		// Near miss: a truce elsewhere denied is not this one's.
		{"there was no ceasefire in an earlier year", "en", "", yemenLead + "In 2015 there was no ceasefire at all, the Giants Brigades said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}
