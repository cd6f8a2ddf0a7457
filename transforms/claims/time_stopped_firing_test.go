package claims

import "testing"

// TestStoppedFiringDatesTheStart: "stop firing", "stop shooting", "fire stops" name the
// cessation itself, as "cease fire" and "hold fire" do: a clock time after them dates the
// truce's start. The lexicon lists them untensed only (a listed "stopped" would keep the
// matcher's doubling repair from every "stopped": "stopped attacking" would no longer read as
// "stop attacking"); the past is read from the word as written (time_inflected_past.go), so a
// day-less hour after "stopped firing" is the last such hour, as after "ceased firing", and
// one after "will stop firing" the next. Not: the firing's target after "at" ("stopped firing
// at civilians on Monday"), a negated cessation. Probes from Mozambique, Yemen, Sudan,
// Kyrgyzstan and Gaza.
func TestStoppedFiringDatesTheStart(t *testing.T) {
	const pub = "2028-02-14T08:30:00Z"
	const lead = "The truce in Gorongosa was agreed on Sunday. "
	runCases(t, []mechanismCase{
		{"stopped firing at a day-less hour (Mozambique)", "en", pub, lead + `A Junta commander told us his men only stopped firing at 6 a.m., "as our general ordered".`, "ceasefire.start_time",
			[]string{"2028-02-14T06:00:00Z@outlet"}},
		{"stopped firing at midnight: the last one", "en", pub, lead + "The Junta stopped firing at midnight.", "ceasefire.start_time",
			[]string{"2028-02-14T00:00:00Z@outlet"}},
		{"stopped shooting at a day-less hour (Sudan)", "en", pub, lead + "The RSF stopped shooting at 5 a.m., its commander said.", "ceasefire.start_time",
			[]string{"2028-02-14T03:00:00Z@outlet"}}, // Sudan's clock, UTC+2
		{"will stop firing at midnight: the next one", "en", pub, lead + "The Junta will stop firing at midnight.", "ceasefire.start_time",
			[]string{"2028-02-15T00:00:00Z@outlet"}},
		{"fire stops at an hour with its day (Kyrgyzstan)", "en", pub, lead + `"Fire stops at eight in the evening on Thursday, Bishkek time."`, "ceasefire.start_time",
			[]string{"2028-02-17T14:00:00Z@outlet"}},
		// Not the start.
		{"the firing's target after at (Gaza)", "en", pub, lead + "The army stopped firing at civilians on Monday, residents said.", "ceasefire.start_time",
			nil},
		{"negated cessation (Yemen)", "en", pub, lead + "The Houthis did not stop firing at 6 a.m.", "ceasefire.start_time",
			nil},
	})
}

// TestStoppedFiringInForce: a cessation told in the past at a past hour says the truce is in
// force, as "ceased firing at" and "took effect at" do (status.started); the same cessation in
// the future, negated, or a pause before the fighting resumed does not.
func TestStoppedFiringInForce(t *testing.T) {
	const pub = "2028-02-14T08:30:00Z"
	const lead = "The truce in Gorongosa was agreed on Sunday. "
	runCases(t, []mechanismCase{
		{"stopped firing at 6 a.m. (Yemen)", "en", pub, lead + "Hussein al-Mahbashi insisted that the Houthis stopped firing at 6 a.m., not at midnight.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@hussein_al_mahbashi"}},
		// Not in force.
		{"will stop firing (Mozambique)", "en", pub, lead + "The Junta will stop firing at midnight.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"did not stop firing (Sudan)", "en", pub, lead + "The RSF did not stop firing at 6 a.m.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"a pause before the shelling resumed (Gaza)", "en", pub, lead + "The army stopped firing at 6 a.m. yesterday, then resumed shelling at noon.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}
