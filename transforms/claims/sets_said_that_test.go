package claims

import "testing"

// TestSpeakerBeforeSaidThatIsNoMember: the subject of a verb of saying and its complementizer,
// read back from a set cue in the clause it opens, is who speaks, not a member
// (sets_said_that.go). Probes: the speaker's pronoun in that clause makes it one (Arabic SVO
// and VSO, English), and a name of an earlier clause before a verb of saying further on keeps
// its own reading.
func TestSpeakerBeforeSaidThatIsNoMember(t *testing.T) {
	const psAr = "دخل القلد بين السندراب والهدلاب حيز التنفيذ في بورتسودان. "
	runCases(t, []mechanismCase{
		{"arabic the governor said the mediation was exclusively", "ar", "", psAr + "غير أن والي البحر الأحمر مصطفى عثمان حمداي أكد أن الوساطة كانت «حصراً» للجنة القومية للتعايش السلمي.", "ceasefire.mediators",
			nil},
		{"english the governor said the mediation was the committee's", "en", "", "A truce between the Sandarab and Hadlab communities took effect in Port Sudan. Governor Hamadai said that the mediation belonged to the committee alone.", "ceasefire.mediators",
			[]string{"only:national_coexistence_committee@mustafa_osman_hamadai"}},

		// Probes: the speaker's pronoun makes the speaker a member.
		{"probe: arabic svo with the speaker's pronoun", "ar", "", yemenLeadAr + "ومصر أكدت أنها ستضمن الهدنة.", "ceasefire.guarantors",
			[]string{"egypt@egypt"}},
		{"probe: arabic vso with the speaker's pronoun", "ar", "", yemenLeadAr + "وأكدت مصر أنها ستضمن الهدنة.", "ceasefire.guarantors",
			[]string{"egypt@egypt"}},
		{"probe: english said that it would guarantee", "en", "", yemenLead + "Egypt said that it would guarantee the truce.", "ceasefire.guarantors",
			[]string{"egypt@egypt"}},
	})
}
