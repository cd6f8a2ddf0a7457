package claims

import "testing"

// TestReportedBareSpan: a unit carrying its own count (an Arabic dual, "a week") set aside "as
// X claims" is X's account of the truce's length, as a counted span is (TestReportedSpanAsClaimed):
// «شهر واحد فقط، لا شهران كما يزعم الحوثيون» (taiz tz_036). An indefinite claimant names no
// account, and a dual set aside with no clause of report is nobody's.
func TestReportedBareSpan(t *testing.T) {
	const lead = "اتفق الطرفان على هدنة في تعز. "
	const pub = "2027-03-15T10:00:00Z"
	runCases(t, []mechanismCase{
		{"لا شهران كما يزعم الحوثيون (taiz tz_036)", "ar", pub,
			lead + "وقال مسؤول حكومي إن عمر الهدنة شهر واحد فقط، لا شهران كما يزعم الحوثيون.", "ceasefire.duration",
			[]string{"[28,31]@sources", "[59,62]@houthis"}},
		{"the accusative dual: لا شهرين كما يزعم الحوثيون", "ar", pub,
			lead + "وقال مسؤول حكومي إن عمر الهدنة شهر واحد فقط، لا شهرين كما يزعم الحوثيون.", "ceasefire.duration",
			[]string{"[28,31]@sources", "[59,62]@houthis"}},
		{"not a week as the Houthis claim (en)", "en", pub,
			"The two sides agreed a truce in Taiz. A government official said the truce lasts thirty days, not a week as the Houthis claim.", "ceasefire.duration",
			[]string{"7@houthis", "30@sources"}},
		// Near misses.
		{"probe: as some claim", "ar", pub,
			lead + "وقال مسؤول حكومي إن عمر الهدنة شهر واحد فقط، لا شهران كما يزعم البعض.", "ceasefire.duration",
			[]string{"[28,31]@sources"}},
		{"probe: a dual set aside, no report", "ar", pub,
			lead + "وقال مسؤول حكومي إن عمر الهدنة شهر واحد فقط، لا شهران.", "ceasefire.duration",
			[]string{"[28,31]@sources"}},
	})
}
