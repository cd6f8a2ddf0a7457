package claims

import "testing"

// TestVerbFirstCoverageOfAnotherSubject: a verb-first coverage verb with a subject of its own
// before its object («وتشمل حملة التطعيم مدينة الفاشر», a vaccination campaign) in a sentence
// that names no truce covers nothing of the truce; the truce as subject, the subject left
// understood, an adverb or a demonstrative before the object keep the covered part.
func TestVerbFirstCoverageOfAnotherSubject(t *testing.T) {
	const sudan = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة إنسانية يوم الاثنين. "
	const yemen = "اتفقت الحكومة اليمنية والحوثيون على هدنة يوم الأحد. "
	runCases(t, []mechanismCase{
		{"probe: حملة التطعيم تشمل الفاشر (Sudan)", "ar", pubTueAr, sudan + "وتشمل حملة التطعيم مدينة الفاشر.", "ceasefire.exclusions", nil},
		{"probe: برنامج الغذاء العالمي يشمل تعز (Yemen)", "ar", pubTueAr, yemen + "ويشمل برنامج الغذاء العالمي مدينة تعز.", "ceasefire.exclusions", nil},
		{"probe: a campaign alone (no truce named)", "ar", pubTueAr, "وتشمل حملة التطعيم مدينة الفاشر.", "ceasefire.exclusions", nil},
		// Kept.
		{"the truce as subject (Sudan)", "ar", pubTueAr, sudan + "وتشمل الهدنة مدينة الفاشر.", "ceasefire.exclusions",
			[]string{"el_fasher=not_excluded@outlet"}},
		{"the subject understood (Sudan)", "ar", pubTueAr, sudan + "وتشمل مدينة الفاشر.", "ceasefire.exclusions",
			[]string{"el_fasher=not_excluded@outlet"}},
		{"an adverb before the object (Sudan)", "ar", pubTueAr, sudan + "وتشمل أيضاً مدينة الفاشر.", "ceasefire.exclusions",
			[]string{"el_fasher=not_excluded@outlet"}},
		{"a demonstrative for the truce (Sudan)", "ar", pubTueAr, sudan + "ويشمل ذلك مدينة الفاشر.", "ceasefire.exclusions",
			[]string{"el_fasher=not_excluded@outlet"}},
	})
}
