package claims

import "testing"

// Times, spans and scopes that assert nothing about the truce: a question, a denial, a
// rejection, and a preposition inside a relative clause on the place.
func TestTimeNonAssertions(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a question dates nothing", "en", pubTue, yemenLead + "Will the ceasefire begin on Wednesday as planned?", "ceasefire.start_time", nil},
		{"a denied start", "en", pubTue, yemenLead + "The army denied that a ceasefire had taken effect on Sunday in Taiz.", "ceasefire.start_time", nil},
		{"arabic denied start, the start cue governed", "ar", pubTueAr, yemenLeadAr + "ونفى الجيش أن تكون الهدنة قد دخلت حيز التنفيذ يوم الأحد.", "ceasefire.start_time", nil},
		{"a stated start stays", "ar", pubTueAr, yemenLeadAr + "وتدخل الهدنة حيز التنفيذ ظهر الأربعاء.", "ceasefire.start_time",
			[]string{"2025-10-15T09:00:00Z@outlet"}},
		{"since in a relative clause on the place dates the clashes", "en", pubTue, "The United Nations on Monday proposed a cessation of hostilities between the Houthis and the Yemeni government in the province of Hodeidah, where clashes have killed at least 22 people since Friday.", "ceasefire.start_time", nil},
		{"since after the truce itself", "en", pubTue, yemenLead + "The truce has been in force in Hodeidah since Friday.", "ceasefire.start_time",
			[]string{"2025-10-10@outlet"}},
		{"a prisoner exchange deal's start is not the truce's", "en", pubTue, yemenLead + "A prisoner exchange deal between the two sides takes effect on Monday.", "ceasefire.start_time", nil},
		{"arabic prisoner exchange agreement's start", "ar", pubTueAr, yemenLeadAr + "ويدخل اتفاق تبادل الأسرى بين الطرفين حيز التنفيذ يوم الاثنين.", "ceasefire.start_time", nil},
		{"the truce agreement's start stays", "ar", pubTueAr, yemenLeadAr + "ويدخل الاتفاق حيز التنفيذ يوم الخميس.", "ceasefire.start_time",
			[]string{"2025-10-16@outlet"}},
		{"a denied talks date", "en", pubTue, yemenLead + "The government denied that talks would be held on Saturday.", "talks.date", nil},
		{"arabic denied talks date", "ar", pubTueAr, yemenLeadAr + "ونفت الحكومة أن تعقد المفاوضات يوم السبت.", "talks.date", nil},
		{"talks that will resume meet on the coming day", "en", pubTue, yemenLead + "Peace talks will resume in Muscat on Sunday.", "talks.date",
			[]string{"2025-10-19@outlet"}},
		{"a headline's resume too", "en", pubTue, yemenLead + "Talks Resume Sunday In Muscat", "talks.date",
			[]string{"2025-10-19@outlet"}},
		{"talks held on a day stay the nearest", "en", pubTue, yemenLead + "Peace talks were held in Muscat on Sunday.", "talks.date",
			[]string{"2025-10-12@outlet"}},
	})
}

func TestDurationNonAssertions(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a span asked about", "en", pubTue, yemenLead + "Would a ten-day truce hold?", "ceasefire.duration", nil},
		{"a rejected span", "en", pubTue, yemenLead + "The government rejected a three-month ceasefire.", "ceasefire.duration", nil},
		{"arabic rejected span", "ar", pubTueAr, yemenLeadAr + "ورفضت الحكومة هدنة لمدة ثلاثة أشهر.", "ceasefire.duration", nil},
		{"a prisoner exchange deal's term", "en", pubTue, yemenLead + "The prisoner exchange deal is valid for 30 days.", "ceasefire.duration", nil},
		{"the agreement's own term stays", "en", pubTue, yemenLead + "The deal is valid for 30 days.", "ceasefire.duration",
			[]string{"30@outlet"}},
		{"a deadline is no term", "en", pubTue, yemenLead + "The deal provides for elections within six months.", "ceasefire.duration", nil},
		{"arabic deadline is no term", "ar", pubTueAr, yemenLeadAr + "ويقضي الاتفاق بإجراء انتخابات خلال ستة أشهر.", "ceasefire.duration", nil},
		{"arabic fi ghudun deadline", "ar", pubTueAr, yemenLeadAr + "وينص الاتفاق على تبادل الأسرى في غضون ثلاثين يوما.", "ceasefire.duration", nil},
		{"a term beside a deadline stays", "ar", pubTueAr, yemenLeadAr + "وتستمر الهدنة ستين يوما على أن يتبادل الطرفان الأسرى خلال أسبوعين.", "ceasefire.duration",
			[]string{"60@outlet"}},
		{"a demanded span stays, hedged", "en", pubTue, yemenLead + "The rebels demanded a 30-day truce.", "ceasefire.duration",
			[]string{"30@houthis~demanded"}}, // "the rebels" refers back to the Houthis since "Houthi rebels" names them (stop 30)
		{"a stated span stays", "ar", pubTueAr, yemenLeadAr + "وتستمر الهدنة ثلاثين يوما.", "ceasefire.duration",
			[]string{"30@outlet"}},
	})
}

func TestScopeNonAssertions(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a scope asked about", "en", pubTue, yemenCountryLead + "Will the truce become nationwide?", "ceasefire.scope", nil},
		{"a rejected scope", "en", pubTue, yemenCountryLead + "The government rejected a nationwide ceasefire.", "ceasefire.scope", nil},
		{"arabic rejected scope", "ar", pubTueAr, yemenCountryLeadAr + "ورفضت الحكومة وقفا شاملا لإطلاق النار.", "ceasefire.scope", nil},
		{"a stated scope stays", "ar", pubTueAr, yemenCountryLeadAr + "وتشمل الهدنة جميع أنحاء البلاد.", "ceasefire.scope",
			[]string{"nationwide@outlet"}},
		{"a demanded scope stays, hedged", "en", pubTue, yemenCountryLead + "The rebels demanded a nationwide ceasefire.", "ceasefire.scope",
			[]string{"nationwide@houthis~demanded"}}, // likewise
	})
}
