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
		{"as agreed in a capital names the agreement", "en", "", yemenLead + `"The truce began at midnight, as agreed in Muscat," a Houthi official said.`, "talks.venue",
			nil},
		{"arabic the participle names the agreement by its city", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن الاتفاق الموقّع في مسقط لا يشمل تعز.", "talks.venue",
			nil},
	})
}
