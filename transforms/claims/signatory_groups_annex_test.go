package claims

import "testing"

// TestSignatoryGroupsAnnex: who signs an annex to the agreement signs the agreement
// (signatory_groups_annex.go): the speaker that says it signed one, and the partner named after
// "alongside"; a signing with no annex or agreement noun after the verb names no signer.
func TestSignatoryGroupsAnnex(t *testing.T) {
	const ituriLead = "The Ituri ceasefire signed in Kampala is holding. "
	runCases(t, []mechanismCase{
		{"it signed an annex alongside X (ituri it_039)", "en", pubTue, ituriLead + "The CRP insists it signed an annex alongside CODECO.", "ceasefire.signatory_groups", []string{"codeco,crp@crp"}},
		{"X signed an addendum alongside Y", "en", pubTue, ituriLead + "The CRP signed an addendum alongside CODECO, Unega said.", "ceasefire.signatory_groups", []string{"codeco,crp@germain_unega"}},
		{"signed in Kampala an annex, Arabic", "ar", pubTueAr, ituriLead + "وقال أونيغا إن المؤتمر من أجل الثورة الشعبية وقّع في كمبالا ملحقاً إلى جانب كوديكو.", "ceasefire.signatory_groups", []string{"codeco,crp@germain_unega"}},
		// Near misses.
		{"probe: it signed a statement alongside X", "en", pubTue, ituriLead + "The CRP insists it signed a statement alongside CODECO.", "ceasefire.signatory_groups", nil},
		{"probe: an annex beyond the verb's object", "en", pubTue, ituriLead + "The CRP insists it signed a letter to the mediators alongside CODECO about the annex.", "ceasefire.signatory_groups", nil},
	})
}
