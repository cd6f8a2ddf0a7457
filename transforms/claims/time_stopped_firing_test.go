package claims

import "testing"

// TestStoppedFiringDatesTheStart: "stopped firing", "stop firing", "fire stops" name the
// cessation itself, as "ceased firing" and "held fire" do: a clock time after them dates the
// truce's start, the day-less one in the past tense the last such hour ("his men only stopped
// firing at 6 a.m."), the one with its day that day ("Fire stops at eight in the evening on
// Thursday, Bishkek time"). Not: the firing's target after "at" ("stopped firing at
// civilians on Monday"), a negated cessation, a pause before shelling resumed. Probes from
// Mozambique, Yemen, Kyrgyzstan/Tajikistan and Gaza.
func TestStoppedFiringDatesTheStart(t *testing.T) {
	const pub = "2028-02-14T08:30:00Z"
	const lead = "The truce in Gorongosa was agreed on Sunday. "
	runCases(t, []mechanismCase{
		{"stopped firing at a day-less hour (Mozambique)", "en", pub, lead + `A Junta commander told us his men only stopped firing at 6 a.m., "as our general ordered".`, "ceasefire.start_time",
			[]string{"2028-02-14T06:00:00Z@outlet"}},
		{"stopped firing at midnight: the last one", "en", pub, lead + "The Junta stopped firing at midnight.", "ceasefire.start_time",
			[]string{"2028-02-14T00:00:00Z@outlet"}},
		{"fire stops at an hour with its day (Kyrgyzstan)", "en", pub, lead + `"Fire stops at eight in the evening on Thursday, Bishkek time."`, "ceasefire.start_time",
			[]string{"2028-02-17T14:00:00Z@outlet"}},
		// Not the start.
		{"the firing's target after at (Gaza)", "en", pub, lead + "The army stopped firing at civilians on Monday, residents said.", "ceasefire.start_time",
			nil},
		{"negated cessation (Yemen)", "en", pub, lead + "The Houthis did not stop firing at 6 a.m.", "ceasefire.start_time",
			nil},
		{"a pause before shelling resumed (Yemen)", "en", pub, lead + "The Houthis stopped firing at 6 a.m. yesterday, then resumed shelling at noon.", "ceasefire.start_time",
			nil},
	})
}
