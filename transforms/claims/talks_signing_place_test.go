package claims

// The city where the truce was signed or reached, told in a relative clause on it, as the
// venue of the talks that produced it (talks.venue).

import "testing"

// TestSigningPlace: a relative clause on the truce places its making; a participle, the truce's
// own place and a city of the war do not.
func TestSigningPlace(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic the agreement which was signed in muscat", "ar", "", "وقالت الحكومة اليمنية إن اتفاق وقف إطلاق النار في الحديدة، الذي وُقّع في مسقط مساء الاثنين، يبدأ الليلة.", "talks.venue",
			[]string{"muscat@yemeni_government"}},
		{"arabic the truce which was reached in the omani capital", "ar", "", "وقال الحوثيون إن الهدنة التي تم التوصل إليها في مسقط تبدأ منتصف الليل.", "talks.venue",
			[]string{"muscat@houthis"}},
		{"arabic a city of the war places the truce, not the talks", "ar", "", "وقال الحوثيون إن الهدنة التي تم التوصل إليها في الحديدة تبدأ منتصف الليل.", "talks.venue",
			nil},
		{"agreed to a ceasefire in a city of the war", "en", "", yemenLead + "The UN said the parties agreed to a ceasefire in Hodeidah after a week of shelling.", "talks.venue",
			nil},
		{"as agreed in a capital abroad: the talks were there", "en", "", yemenLead + `"The truce began at midnight, as agreed in Muscat," a Houthi official said.`, "talks.venue",
			[]string{"muscat@houthis"}},
		{"arabic the participle tells where it was signed", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن الاتفاق الموقّع في مسقط لا يشمل تعز.", "talks.venue",
			[]string{"muscat@yemeni_government"}},
		{"a main verb with its object before the place", "en", "", yemenLead + "The government and the Houthis signed a ceasefire agreement in Muscat on Monday, the UN said.", "talks.venue",
			[]string{"muscat@un"}},
		{"what we signed in a capital", "en", "", yemenLead + `"The release of prisoners is part of what we signed in Muscat," a Houthi official said.`, "talks.venue",
			[]string{"muscat@houthis"}},
		{"announced somewhere is no forum", "en", "", yemenLead + "The ceasefire was announced in Riyadh on Tuesday.", "talks.venue",
			nil},
		{"a participle in a city of the war places the truce", "en", "", yemenLead + "The truce agreed in Hodeidah on Monday covers the port.", "talks.venue",
			nil},
		{"an earlier truce signed abroad in a given year", "en", "", yemenLead + "In 2015 the two sides signed a truce in Geneva that collapsed within days.", "talks.venue",
			nil},
		{"a signing on a condition", "en", "", yemenLead + "The Houthis said they would sign a truce in Muscat only if the blockade ended.", "talks.venue",
			nil},
		{"a question about a signing", "en", "", yemenLead + "Did the sides really sign the truce in Stockholm?", "talks.venue",
			nil},
		{"a place past a comma is not where it was signed", "en", "", yemenLead + "The UN brokered a ceasefire in Hodeidah, with Riyadh and Muscat in the room.", "talks.venue",
			nil},
	})
}

// TestPlaceBeforeTalks: a city that modifies the talks noun or that a verb-first Arabic clause
// puts before it; meetings somewhere are the talks.
func TestPlaceBeforeTalks(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the city modifies the talks", "en", "", yemenLead + "The first day of the Muscat talks ended without an announcement.", "talks.venue",
			[]string{"muscat@outlet"}},
		{"arabic a city before the talks noun is the verb's subject", "ar", "", yemenLeadAr + "وأعلنت الرياض محادثات جديدة بين الطرفين.", "talks.venue",
			nil},
		{"two cities name the sides, not the forum", "en", "", yemenLead + "The Sanaa-Aden talks ended without an announcement.", "talks.venue",
			nil},
		{"arabic verb first: the place before its subject", "ar", "", yemenLeadAr + "انطلقت اليوم الثلاثاء في العاصمة العمانية مسقط محادثات بين وفدي الحكومة والحوثيين.", "talks.venue",
			[]string{"muscat@outlet"}},
		{"arabic verb first with time words between", "ar", "", yemenLeadAr + "واختتمت في مسقط مساء اليوم الخميس الجولة الأولى من المحادثات بين الطرفين.", "talks.venue",
			[]string{"muscat@outlet"}},
		{"arabic a truce between the place and the talks keeps the place", "ar", "", yemenLeadAr + "وسيبدأ في الحديدة وقف إطلاق النار قبل المحادثات.", "talks.venue",
			nil},
		{"meetings in a capital named by its state are the talks", "en", "", yemenLead + "The deal came after four days of closed-door meetings in the Omani capital.", "talks.venue",
			[]string{"muscat@outlet"}},
		{"arabic meetings under way in a capital are the talks", "ar", "", yemenLeadAr + "وقالت مصادر إن اجتماعات تدور في العاصمة العمانية مسقط بين الطرفين.", "talks.venue",
			[]string{"muscat@sources"}},
		{"talks on a truce that open somewhere", "en", "", yemenLead + "Talks on a Hodeidah truce opened in Muscat on Thursday.", "talks.venue",
			[]string{"muscat@outlet"}},
		{"talks on a truce in a place: the truce's place", "en", "", yemenLead + "Talks on a ceasefire in Hodeidah resumed on Thursday.", "talks.venue",
			nil},
		{"an owner is no place", "en", "", yemenLead + "A Saudi official said Muscat was hosting the talks at Riyadh's request.", "talks.venue",
			[]string{"muscat@saudi_arabia"}}, // the host (subject of "was hosting"), not the owner
		// Review of stop 14: places that are no forum of this truce's talks.
		{"a meeting in a capital on another subject is no talks", "en", "", yemenLead + "Saudi officials held meetings in Washington on arms sales.", "talks.venue",
			nil},
		{"arabic a meeting held in a capital on another subject is no talks", "ar", "", yemenLeadAr + "وناقش وزراء الخارجية العرب في اجتماع عقد في القاهرة أسعار النفط.", "talks.venue",
			nil},
		{"arabic meetings in a capital between the sides are the talks", "ar", "", yemenLeadAr + "وقالت مصادر إن اجتماعات تعقد في الرياض بين الحكومة اليمنية والحوثيين.", "talks.venue",
			[]string{"riyadh@sources"}},
		{"talks is a verb after a bare capital", "en", "", yemenLead + "Washington talks tough on Iran as the truce holds.", "talks.venue",
			nil},
		{"a place where people demand talks is no forum", "en", "", yemenLead + "Protesters gathered in Cairo to demand talks.", "talks.venue",
			nil},
		{"arabic where the envoy spoke is no forum", "ar", "", yemenLeadAr + "وقال المبعوث الأممي اليوم الأحد في مسقط إن محادثات السلام ستنطلق الشهر المقبل.", "talks.venue",
			nil},
		{"arabic talks that did not open there", "ar", "", yemenLeadAr + "لم تنطلق اليوم في مسقط محادثات السلام.", "talks.venue",
			nil},
		{"arabic a noun starting with waw is no new clause", "ar", "", yemenLeadAr + "وانطلقت في مسقط وسط تفاؤل حذر محادثات بين الطرفين.", "talks.venue",
			[]string{"muscat@outlet"}},
		{"negotiators meeting face to face are the talks", "en", "", yemenLead + "The two delegations will meet face to face in Muscat next week, the UN said.", "talks.venue",
			[]string{"muscat@un"}},
		{"a negotiation in the singular is the talks", "en", "", yemenLead + `"Any negotiation will take place in Riyadh," a Saudi official said.`, "talks.venue",
			[]string{"riyadh@saudi_arabia"}},
	})
}
