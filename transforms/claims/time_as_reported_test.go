package claims

// A start time set aside in favour of another ("at midnight, not at 6 p.m. as the PA
// announced") is the account of whoever the clause of report after it names
// (time_as_reported.go).

import "testing"

// TestStartTimeAsReported: the time after "not" is the named one's when "as X announced" (كما
// أعلن X) follows it; an "as" clause naming nobody, a place, or no clause at all leaves it
// denied.
func TestStartTimeAsReported(t *testing.T) {
	const (
		sudan = "Sudan's army and the RSF agreed to a truce in El Fasher. "
		gaza  = "Israel and Hamas agreed to a ceasefire in Gaza. "
		congo = "The Congolese government and the M23 agreed to a truce in Goma. "
		taiz  = "يسود الهدوء الحذر مدينة تعز في ظل الهدنة. "
	)
	runCases(t, []mechanismCase{
		{"not at a time as the other side announced", "en", "2027-07-16T20:00:00Z", sudan + "The RSF said the truce took effect at midnight, not at 6 p.m. as Sudan's army announced.", "ceasefire.start_time",
			[]string{"2027-07-15T22:00:00Z@rapid_support_forces", "2027-07-16T16:00:00Z@sudanese_armed_forces"}},
		{"a clock time set against another clock time", "en", "2026-06-03T10:00:00Z", gaza + "Hamas said the truce took effect at 8 a.m., not at 6 a.m. as Israel announced.", "ceasefire.start_time",
			[]string{"2026-06-03T05:00:00Z@hamas", "2026-06-03T03:00:00Z@israel"}},
		{"arabic kama a'lana after a denied hour", "ar", "2027-03-16T06:30:00Z", taiz + "وقال الحوثيون إن الهدنة بدأت عند منتصف الليل، لا عند السادسة مساءً كما أعلنت الحكومة اليمنية.", "ceasefire.start_time",
			[]string{"2027-03-15T21:00:00Z@houthis", "2027-03-15T15:00:00Z@yemeni_government"}},
		{"a coming start against one announced for an hour already passed", "en", "2028-07-11T21:10:00Z", congo + "The M23 tells us its units will hold fire from midnight tonight, not from 8 p.m. as Kinshasa announced.", "ceasefire.start_time",
			[]string{"2028-07-11T22:00:00Z@m23", "2028-07-11T18:00:00Z@congolese_government"}},
		{"as expected names nobody", "en", "2027-07-16T20:00:00Z", sudan + "The RSF said the truce took effect at midnight, not at 6 p.m. as expected.", "ceasefire.start_time",
			[]string{"2027-07-15T22:00:00Z@rapid_support_forces"}},
		{"a denied time with no clause of report", "en", "2027-07-16T20:00:00Z", sudan + "The RSF said the truce took effect at midnight, not at 6 p.m.", "ceasefire.start_time",
			[]string{"2027-07-15T22:00:00Z@rapid_support_forces"}},
		{"as in a place names nobody", "en", "2026-06-03T10:00:00Z", gaza + "Hamas said the truce took effect at 8 a.m., not at 6 a.m. as in Rafah.", "ceasefire.start_time",
			[]string{"2026-06-03T05:00:00Z@hamas"}},
		{"arabic kama kana mutawaqqa'an names nobody", "ar", "2027-03-16T06:30:00Z", taiz + "وقال الحوثيون إن الهدنة بدأت عند منتصف الليل، لا عند السادسة مساءً كما كان متوقعاً.", "ceasefire.start_time",
			[]string{"2027-03-15T21:00:00Z@houthis"}},
	})
}
