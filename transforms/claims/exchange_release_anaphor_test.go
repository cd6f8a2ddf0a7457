package claims

import "testing"

// TestReleaseAnaphor: a release of a pronoun ("their release", «الإفراج عنهم») names the slot of
// the captives it points back at (gold: sulaymaniyah sl_015 "Their release is not part of the
// ceasefire", the detained officials of the sentence before; kufra kf_026 "Detainees have not
// yet been exchanged, although OCHA understands the pact includes their release"; both not read).
// Hostages held stay hostages. Not read: a release of people no captive noun names.
func TestReleaseAnaphor(t *testing.T) {
	const sudanLead = "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. "
	const yemenLead = "اتفقت الحكومة اليمنية والحوثيون على هدنة في تعز يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"their release, the detainees of the sentence before (Sudan)", "en", pubTue,
			sudanLead + `"Detained officers are held in Port Sudan. Their release is not part of the ceasefire," the army spokesman said.`, "ceasefire.exchange",
			[]string{"prisoners=not_included@sudanese_armed_forces"}},
		{"the pact includes their release, the detainees before in the sentence (Sudan)", "en", pubTue,
			sudanLead + "Detainees remain in Nyala, although the RSF says the pact includes their release.", "ceasefire.exchange",
			[]string{"prisoners=included@rapid_support_forces"}},
		{"الإفراج عنهم: the hostages before (Yemen)", "ar", pubTue,
			yemenLead + "وقال المتحدث إن الرهائن المدنيين ما زالوا في صنعاء، وإن الإفراج عنهم جزء من الاتفاق.", "ceasefire.exchange",
			[]string{"hostages=included@outlet"}},
		// Not read.
		{"their release of no captives (Sudan)", "en", pubTue,
			sudanLead + "The two men were seen in Khartoum on Monday. Their release is part of the deal, the RSF said.", "ceasefire.exchange",
			nil},
	})
}
