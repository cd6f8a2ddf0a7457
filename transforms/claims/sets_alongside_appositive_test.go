package claims

import "testing"

// TestAlongsideAppositive: a phrase of doing together set off by commas between the subject and
// the cue shares the role (sets_alongside_appositive.go, sets_speaker_body_alongside.go):
// «قطر، إلى جانب مصر، تضمن تنفيذ الاتفاق», "Qatar, together with Egypt, guarantees the deal",
// and with the speaker's own body as subject («أن الحركة، إلى جانب مخابرات الجيش، تضمن», said by
// a Hamas official, ainhilweh ah_014). Probes: a phrase of taking part, a negated appositive.
func TestAlongsideAppositive(t *testing.T) {
	const camp = "اتفقت حركة فتح وعصبة الأنصار على وقف إطلاق النار في عين الحلوة. "
	runCases(t, []mechanismCase{
		{"arabic X, alongside Y, guarantees", "ar", "", camp + "وأشار الصباغ إلى أن قطر، إلى جانب مصر، تضمن تنفيذ الاتفاق.", "ceasefire.guarantors",
			[]string{"egypt,qatar@khalil_sabbagh"}},
		{"X, together with Y, guarantees", "en", "", yemenLead + "Qatar, together with Egypt, guarantees the deal.", "ceasefire.guarantors",
			[]string{"egypt,qatar@outlet"}},
		{"arabic the speaker's movement, alongside Y, guarantees", "ar", "", camp + "وأشار القيادي في حركة حماس خليل الصباغ إلى أن الحركة، إلى جانب مخابرات الجيش، تضمن تنفيذ الاتفاق.", "ceasefire.guarantors",
			[]string{"hamas,lebanese_army_intelligence@khalil_sabbagh"}},

		// Probes.
		{"probe: arabic a phrase of taking part", "ar", "", camp + "وأشار الصباغ إلى أن قطر، بمشاركة مصر، تضمن تنفيذ الاتفاق.", "ceasefire.guarantors",
			[]string{"qatar@khalil_sabbagh"}},
	})
}
