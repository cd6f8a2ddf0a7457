package claims

// Status content nobody asserts, a denied side "with" whom a deal was made, and the Arabic
// proposal noun and "agreed upon" passive.

import "testing"

// TestNegatedSaying: "Neither side said the ceasefire had collapsed" asserts no collapse.
func TestNegatedSaying(t *testing.T) {
	runCases(t, []mechanismCase{
		{"neither side said", "en", pubTue, "Neither side said the ceasefire in Hodeidah had collapsed, and a patrol reported the area calm by dawn.", "ceasefire.status",
			nil},
		{"no one said", "en", pubTue, "No one has said that the truce in Hodeidah collapsed.", "ceasefire.status",
			nil},
		// Probes: an asserted collapse, a collapse said not to have happened, a negation in
		// another clause before the verb of saying.
		{"probe: said it collapsed", "en", pubTue, "The Yemeni government said the ceasefire in Hodeidah had collapsed.", "ceasefire.status",
			[]string{"collapsed@yemeni_government"}},
		{"probe: said it had not collapsed", "en", pubTue, "The Houthis said the ceasefire in Hodeidah had not collapsed.", "ceasefire.status",
			[]string{"in_force@houthis"}},
		{"probe: a negation closed by a comma", "ar", pubTueAr, "فبحسب دبلوماسي تحدث شرط عدم الكشف عن هويته، فإن سلطنة عمان أسهمت في التوصل إلى اتفاق وقف إطلاق النار في الحديدة.", "ceasefire.status",
			[]string{"agreed@sources"}},
	})
}

// TestDeniedPartyWith: "نفى أن تكون قواته طرفاً في أي اتفاق مع X" names no sides.
func TestDeniedPartyWith(t *testing.T) {
	runCases(t, []mechanismCase{
		{"denied being party to a deal with", "ar", pubTueAr, "نفى قائد في قوات المجلس الانتقالي الجنوبي في عدن أن تكون قواته طرفاً في أي اتفاق لوقف إطلاق النار مع جماعة الحوثي.", "ceasefire.parties",
			nil},
		// Probes: an announced deal with a side keeps its sides.
		{"probe: announced a deal with", "ar", pubTueAr, "أعلنت الحكومة اليمنية التوصل إلى اتفاق لوقف إطلاق النار مع جماعة الحوثي في الحديدة.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@yemeni_government"}},
	})
}

// TestArabicProposalNoun: "مقترح" whose object is the truce is a proposal; "لم يُتفق عليه" is not
// agreed.
func TestArabicProposalNoun(t *testing.T) {
	runCases(t, []mechanismCase{
		{"to discuss the proposal for a truce", "ar", pubTueAr, "وصل إلى مسقط اليوم وفد حوثي لبحث مقترح الأمم المتحدة لوقف إطلاق النار في الحديدة.", "ceasefire.status",
			[]string{"proposed@outlet"}},
		// Probes: a proposal about prisoners, about elections, and a question.
		{"probe: a prisoner proposal", "ar", pubTueAr, yemenLeadAr + "ورفضت الحكومة مقترحاً حوثياً لتبادل الأسرى.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: an election proposal", "ar", pubTueAr, yemenLeadAr + "وقدمت الأمم المتحدة مقترحاً لإجراء انتخابات في عدن العام المقبل.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: a question on a proposal", "ar", pubTueAr, yemenLeadAr + "هل هناك مقترح جديد لتمديد الهدنة؟", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}

// TestStillInPlace: "the ceasefire was \"still in place\"" says it holds.
func TestStillInPlace(t *testing.T) {
	runCases(t, []mechanismCase{
		{"still in place, quoted", "en", pubTue, "The Houthis accused government forces of firing mortars near Hays overnight but said the ceasefire in Hodeidah was \"still in place\".", "ceasefire.status",
			[]string{"in_force@houthis"}},
		// Probes: sanctions in place despite the truce, a question, a denial.
		{"probe: sanctions remain in place", "en", pubTue, "Sanctions on the Houthi leadership remain in place despite the ceasefire in Hodeidah, the U.N. said.", "ceasefire.status",
			nil},
		{"probe: a question", "en", pubTue, "Is the ceasefire in Hodeidah still in place?", "ceasefire.status",
			nil},
		{"probe: a denial", "en", pubTue, "The Yemeni government denied that the ceasefire in Hodeidah was still in place.", "ceasefire.status",
			nil},
	})
}
