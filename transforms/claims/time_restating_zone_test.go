package claims

// A restatement after "، أي" (lexicon restating_leads) keeps the zone it names to itself
// (ceasefire.start_time; kd_037_masar).

import "testing"

// TestRestatingLeadZone: "، أي" restates the time before in another zone; that zone is not the
// first time's.
func TestRestatingLeadZone(t *testing.T) {
	const pub = "2028-07-14T11:00:00Z"
	runCases(t, []mechanismCase{
		{"arabic midnight restated in GMT", "ar", pub, yemenLeadAr + "وقال الحوثيون إن وقف إطلاق النار دخل حيز التنفيذ عند منتصف ليل الخميس الجمعة، أي الساعة التاسعة من مساء الخميس بتوقيت غرينتش.", "ceasefire.start_time",
			[]string{"2028-07-13T21:00:00Z@houthis"}},
		{"arabic midnight in a named zone is that zone's", "ar", pub, yemenLeadAr + "وقال الحوثيون إن وقف إطلاق النار دخل حيز التنفيذ عند منتصف ليل الخميس الجمعة بتوقيت غرينتش.", "ceasefire.start_time",
			[]string{"2028-07-14T00:00:00Z@houthis"}},
		// "i.e." is four tokens ("i", ".", "e", "."): the lead is a phrase, not one word.
		{"english: a time after \"i.e.\" restates the one before, no second start (its clock is not checked)", "en", pub, yemenLead + "The Houthis said the ceasefire took effect at midnight on Thursday, i.e. 2200 GMT on Thursday.", "ceasefire.start_time",
			[]string{"2028-07-13T21:00:00Z@houthis"}},
		{"english midnight in a named zone is that zone's", "en", pub, yemenLead + "The Houthis said the ceasefire took effect at midnight GMT on Thursday.", "ceasefire.start_time",
			[]string{"2028-07-14T00:00:00Z@houthis"}},
	})
}
