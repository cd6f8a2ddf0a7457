package claims

// A dismissal after reported content (lexicon dismissals: "baseless", "premature", "لا أساس
// له من الصحة", "عارية عن الصحة", "غير صحيح") denies the content as a denial verb governing it
// would; a dismissal of other content, or one after a cue asserted outside the content, leaves
// the cue alone.

import "testing"

func TestDismissedContentIsDenied(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: what is circulated about a signing is baseless", "ar", pubTueAr, callsLead19Ar + "وقال الجيش إن ما يُتداول عن توقيع اتفاق لوقف إطلاق النار لا أساس له من الصحة.", "ceasefire.status",
			[]string{"not_agreed@outlet"}},
		{"probe: the reports of a signing are devoid of truth", "ar", pubTueAr, callsLead19Ar + "وقال الجيش إن الأنباء عن توقيع اتفاق هدنة عارية عن الصحة.", "ceasefire.status",
			[]string{"not_agreed@outlet"}},
		{"probe: what is circulated is untrue", "ar", pubTueAr, callsLead19Ar + "وقال الجيش إن ما يتداول عن توقيع اتفاق لوقف إطلاق النار غير صحيح.", "ceasefire.status",
			[]string{"not_agreed@outlet"}},
		{"probe: reports of a signing were baseless", "en", pubTue, callsLead19 + "The army said reports that a ceasefire had been signed were baseless.", "ceasefire.status",
			[]string{"not_agreed@sudanese_armed_forces"}},
		{"probe: reports of an agreement are unfounded", "en", pubTue, callsLead19 + "Reports that the two sides agreed a truce are unfounded, the army said.", "ceasefire.status",
			[]string{"not_agreed@outlet"}},
		{"probe: talk of a signed ceasefire is premature", "en", pubTue, gazaCalls19 + "Talk of a signed ceasefire is premature, an Israeli official said.", "ceasefire.status",
			[]string{"not_agreed@israel"}},
		{"the signing asserted before dismissed reports of violations", "en", pubTue, callsLead19 + "The army said the truce had been signed on Monday, and reports of violations were baseless.", "ceasefire.status",
			[]string{"agreed@sudanese_armed_forces"}},
		{"reports of shelling are false: the truce stands", "en", pubTue, sudanLead19 + "Reports of shelling in El Fasher are false, the army said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"reports of violations untrue, Arabic", "ar", pubTueAr, sudanLead19Ar + "وقال الجيش إن الأنباء عن خروقات غير صحيحة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"signed, dismissing earlier reports as false", "en", pubTue, gazaCalls19 + "Israel and Hamas signed a ceasefire on Monday, officials said, dismissing earlier reports as false.", "ceasefire.status",
			[]string{"agreed@sources"}},
	})
}
