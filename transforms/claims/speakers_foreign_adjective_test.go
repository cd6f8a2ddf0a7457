package claims

import "testing"

// TestSpeakersForeignAdjective: a context alias qualified right after by another state's
// adjective («وزير الخارجية المصري») is that state's office, not the
// theatre's body the bare alias names; the bare alias and the theatre's own adjective («وزير
// الخارجية السوداني») still name the theatre's body, and a state named after the alias as its
// object («دعت الحكومة قطر») or second name («الحكومة والسعودية») qualifies nothing.
func TestSpeakersForeignAdjective(t *testing.T) {
	const sd = "اتفق الجيش السوداني وقوات الدعم السريع على وقف لإطلاق النار في الخرطوم يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"وزير الخارجية المصري in a Sudan article", "ar", pubTue, sd + "وقال وزير الخارجية المصري إن الهدنة تستثني الفاشر.", "ceasefire.exclusions",
			[]string{"el_fasher=excluded@egypt"}},
		{"bare الخارجية is Sudan's", "ar", pubTue, sd + "وقالت الخارجية إن الهدنة تستثني الفاشر.", "ceasefire.exclusions",
			[]string{"el_fasher=excluded@sudan_foreign_ministry"}},
		{"وزير الخارجية السوداني keeps Sudan's ministry", "ar", pubTue, sd + "وقال وزير الخارجية السوداني إن الهدنة تستثني الفاشر.", "ceasefire.exclusions",
			[]string{"el_fasher=excluded@sudan_foreign_ministry"}},
		{"the foreign ministry (English) is Sudan's", "en", pubTue, sudanLead20 + "The foreign ministry said the truce excludes El Fasher.", "ceasefire.exclusions",
			[]string{"el_fasher=excluded@sudan_foreign_ministry"}},
		{"الخارجية القطرية named outright", "ar", pubTue, sd + "وقالت الخارجية القطرية إن الهدنة تستثني الفاشر.", "ceasefire.exclusions",
			[]string{"el_fasher=excluded@qatari_foreign_ministry"}},
		{"probe: a state as object after the alias (Yemen)", "ar", pubTue, "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في الحديدة يوم الثلاثاء. ودعت الحكومة قطر إلى ضمان تنفيذ الاتفاق.", "ceasefire.guarantors",
			[]string{"qatar@yemeni_government~demanded"}},
	})
}
