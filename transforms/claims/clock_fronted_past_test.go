package claims

import "testing"

// TestClockFrontedPast: a clock time fronted before the past start verb it dates, at the head of
// its sentence or clause, is the last such hour before publication, as after the verb: «وعند
// السادسة صباحاً دخلت الهدنة حيز التنفيذ» was no time at all. Near misses: the time in a clause of
// its own before a comma, the time after another verb in mid-sentence, a live entry's time stamp
// set off by a dash.
func TestClockFrontedPast(t *testing.T) {
	const pubAden = "2027-09-08T12:00:00+03:00"
	runCases(t, []mechanismCase{
		{"وعند السادسة صباحاً دخلت الهدنة حيز التنفيذ (Aden)", "ar", pubAden, "وعند السادسة صباحاً دخلت الهدنة حيز التنفيذ في عدن.", "ceasefire.start_time",
			[]string{"2027-09-08T03:00:00Z@outlet"}},
		{"عند السادسة صباحاً دخلت الهدنة حيز التنفيذ (Aden)", "ar", pubAden, "عند السادسة صباحاً دخلت الهدنة حيز التنفيذ في عدن.", "ceasefire.start_time",
			[]string{"2027-09-08T03:00:00Z@outlet"}},
		{"At 6 a.m. the truce took effect (Aden, en)", "en", pubAden, "At 6 a.m. the truce took effect in Aden.", "ceasefire.start_time",
			[]string{"2027-09-08T03:00:00Z@outlet"}},
		{"near miss: the time in a clause of its own (Aden)", "ar", pubAden, "عند السادسة صباحاً، قالت مصادر إن الهدنة دخلت حيز التنفيذ في عدن.", "ceasefire.start_time",
			nil},
		{"near miss: the time after another verb (Aden)", "ar", pubAden, "وتوقف القصف في عدن عند السادسة صباحاً ثم دخلت الهدنة حيز التنفيذ.", "ceasefire.start_time",
			nil},
		{"near miss: a live entry's time stamp (Aden, en)", "en", pubAden, "07:10 - The truce in Aden entered into force at midnight.", "ceasefire.start_time",
			[]string{"2027-09-07T21:00:00Z@outlet"}},
	})
}
