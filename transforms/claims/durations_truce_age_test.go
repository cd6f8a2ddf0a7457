package claims

import "testing"

// TestTruceAge: a span an age word marks is how old the truce is, not its term: "the first
// serious breach of the five-day-old ceasefire, residents said" (agadez ag_030), "testing a
// three-day-old ceasefire, residents said" (ainhilweh ah_015), «لا يثقون بهدنة عمرها يومان»
// (tabbaneh, not read as a span before either: a guard). Both dev sets' gold holds the English age
// as a trap; the ainhilweh one was read at blind time too (frozen dump). Probes from Niger, Lebanon and Yemen; near misses: a hyphenated term right before
// the truce noun, a term after the truce noun, an age of something else than the span.
func TestTruceAge(t *testing.T) {
	const nigerLead = "Niger's government and the FLAA agreed a ceasefire in the Agadez region on Thursday. "
	const yemenLead = "أعلنت الحكومة اليمنية والحوثيون هدنة في تعز يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"breach of the five-day-old ceasefire (Niger)", "en", "2039-03-23T14:30:00Z",
			nigerLead + "Fighting broke out near Iferouane in the Aïr mountains on Wednesday in the first serious breach of the five-day-old ceasefire, residents said.", "ceasefire.duration", nil},
		{"testing a three-day-old ceasefire (Lebanon)", "en", pubTue,
			"Fatah and Jund al-Sham agreed a truce in Ain al-Hilweh on Saturday. Heavy gunfire erupted overnight in the Safsaf neighbourhood, testing a three-day-old ceasefire, residents said.", "ceasefire.duration", nil},
		{"a truce ten days old (Niger)", "en", "2039-03-23T14:30:00Z",
			nigerLead + "Residents said a truce ten days old could not yet be trusted.", "ceasefire.duration", nil},
		{"هدنة عمرها خمسة أيام (Yemen)", "ar", pubTue,
			yemenLead + "وقال سكان إن الناس «لا يثقون بهدنة عمرها خمسة أيام».", "ceasefire.duration", nil},
		// Near misses: the truce's term.
		{"a 90-day ceasefire (Niger)", "en", "2039-03-17T20:05:00Z",
			"Niger's military government and the FLAA rebels have agreed to a 90-day ceasefire in the northern Agadez region, Algeria's foreign ministry said.", "ceasefire.duration",
			[]string{"90@algerian_foreign_ministry"}},
		{"هدنة لمدة خمسة أيام (Yemen)", "ar", pubTue,
			"أعلنت الحكومة اليمنية والحوثيون هدنة في تعز لمدة خمسة أيام.", "ceasefire.duration",
			[]string{"5@yemeni_government"}},
		{"an old truce noun elsewhere: a five-day truce, the old road (Niger)", "en", "2039-03-17T20:05:00Z",
			"Niger's government and the FLAA agreed a five-day ceasefire on the old Agadez road.", "ceasefire.duration",
			[]string{"5@outlet"}},
	})
}
