package claims

import "testing"

// TestWelcomePastStatementAside: a short aside that only sources or dates the statement ("، في
// بيان،", ", in a statement on Tuesday,") does not part a welcoming verb from the truce it
// welcomes; a welcome of something else past the aside is none.
func TestWelcomePastStatementAside(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic in a statement", "ar", pubTueAr, "رحبت وزارة الخارجية القطرية، في بيان، باتفاق وقف إطلاق النار في الحديدة.", "ceasefire.status",
			[]string{"agreed@qatari_foreign_ministry"}},
		{"arabic a weekday aside", "ar", pubTueAr, "رحبت السعودية، الثلاثاء، بالهدنة في الحديدة.", "ceasefire.status",
			[]string{"agreed@saudi_arabia"}},
		{"english in a statement on Tuesday", "en", pubTue, "Qatar welcomed, in a statement on Tuesday, the ceasefire in Hodeidah.", "ceasefire.status",
			[]string{"agreed@qatar"}},
		{"probe: the release of prisoners welcomed past the aside", "ar", pubTueAr, yemenLeadAr + "ورحبت وزارة الخارجية القطرية، في بيان، بالإفراج عن الأسرى في السودان.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: an aside that is a clause", "en", pubTue, yemenLead + "Qatar welcomed, as fighting raged in Darfur, the release of prisoners.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}

// TestInForceForms: "الهدنة سرت منذ التاسعة" (in force since an hour), "بوقف إطلاق النار الساري"
// (the truce in force), "بعد دخول وقف إطلاق النار حيز التنفيذ" (after its entry into force) and
// "the ceasefire holds" / "A ceasefire ... held in Hodeidah on Wednesday" say the truce is in
// force. Not: another subject since an hour, an entry into force still ahead ("قبل دخول"), the
// truce in force named as what is extended (an extension gives no status), a town or talks
// held.
func TestInForceForms(t *testing.T) {
	runCases(t, []mechanismCase{
		{"in force since an hour", "ar", pubTueAr, yemenLeadAr + "وقالت مصادر قطرية إن الهدنة سرت منذ التاسعة من مساء الاثنين.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@qatar"}},
		{"probe: another subject since an hour", "ar", pubTueAr, yemenLeadAr + "وقالت مصادر قطرية إن القصف تواصل منذ التاسعة من مساء الاثنين.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"the truce in force", "ar", pubTueAr, yemenLeadAr + "وأكد الحوثيون التزامهم التام بوقف إطلاق النار الساري في المدينة.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@houthis"}},
		{"the truce in force in the place the lead named", "ar", pubTueAr, yemenLeadAr + "وأكد الحوثيون التزامهم بوقف إطلاق النار الساري في الحديدة.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@houthis"}},
		{"probe: the truce in force in another city", "ar", pubTueAr, yemenLeadAr + "وأكد الحوثيون التزامهم بوقف إطلاق النار الساري في تعز.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: the truce in force extended in scope", "ar", pubTueAr, "قالت مصادر في الخرطوم إن الخطة تشمل توسيع نطاق وقف إطلاق النار الساري في الفاشر ليشمل دارفور كلها.", "ceasefire.status",
			nil},
		{"probe: the truce in force renewed", "ar", pubTueAr, "أعلن الجيش السوداني تمديد الهدنة السارية في الفاشر أسبوعاً.", "ceasefire.status",
			nil},
		{"after its entry into force", "ar", pubTueAr, yemenLeadAr + "ويسود هدوء حذر أحياء المدينة بعد دخول وقف إطلاق النار حيز التنفيذ.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"probe: before its entry into force", "ar", pubTueAr, yemenLeadAr + "واشتد القصف على أحياء المدينة قبل دخول وقف إطلاق النار حيز التنفيذ.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"english the ceasefire holds", "en", pubTue, yemenLead + "A week after the two sides stopped fighting, the ceasefire holds.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"english a ceasefire held on a day", "en", pubTue, "A ceasefire between the Houthis and the Yemeni government held in Hodeidah on Tuesday morning after two days of fighting.", "ceasefire.status",
			[]string{"in_force@outlet"}},
		{"probe: the army holds a town", "en", pubTue, yemenLead + "The army holds the port despite the ceasefire, officials said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: talks on a ceasefire held in a capital", "en", pubTue, "Talks on a ceasefire in Sudan held in Jeddah on Monday ended without a deal.", "ceasefire.status",
			nil},
	})
}
