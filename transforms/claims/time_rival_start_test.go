package claims

import "testing"

// TestRivalStartAsBareObject: a side's start of the truce given as the bare object of a verb of
// counting or dating, after the sentence has told a start, is that side's claim; a bare hour
// takes the day nearest the start told before it, on the clock of the state that gives it.
// Witnesses: basra bs_030 ("...at 7.30 pm (1630 GMT) on Thursday, March 11; the army command
// still gives midnight"), hormuz hz_023 ("Israel's government says it began at 7 a.m. on
// Friday ...; Tehran dates it from midnight"); the dating phrases also in tabbaneh tb_006 ("An
// army spokesman later put the start at midnight tonight", not read: no name for its subject)
// and tishrin's frozen dump ("which he dated from 0600 local time"). Not: a verb of saying's bare
// time (when it was said), a bare object with no start told before, a time opening a longer
// object.
func TestRivalStartAsBareObject(t *testing.T) {
	runCases(t, []mechanismCase{
		{"counting verb, midnight after an evening start", "en", "2027-03-18T16:00:00Z",
			"The Basra truce took effect after the isha prayer at 7.30 pm (1630 GMT) on Thursday, March 11, the governor's office says; the army command still gives midnight.",
			"ceasefire.start_time", []string{"2027-03-11T16:30:00Z@basra_governorate", "2027-03-11T21:00:00Z@basra_operations_command"}},
		{"dating phrase, midnight before a morning start, on the state's clock", "en", "2027-08-17T15:00:00+03:00",
			"Israel's government says the truce began at 7 a.m. on Friday; Tehran dates it from midnight.",
			// (No place names the theatre: Israel's 7 a.m. reads in UTC; Tehran's midnight is
			// still Tehran's, the one nearest it.)
			"ceasefire.start_time", []string{"2027-08-13T07:00:00Z@israel", "2027-08-12T20:30:00Z@iran"}},
		// Near misses.
		{"a verb of saying's bare time is when it was said", "en", "2036-10-16T13:30:00Z",
			"The Ramadan peace initiative will take effect at 1 a.m. on Saturday, Malaysian time, Malaysia's peace facilitator Zulkifli Hamzah announced tonight.",
			"ceasefire.start_time", []string{"2036-10-17T17:00:00Z@zulkifli_hamzah"}},
		{"the time opens a longer object", "en", "2027-03-18T16:00:00Z",
			"The Basra truce took effect after the isha prayer at 7.30 pm (1630 GMT) on Thursday, March 11, the governor's office says; the army command still gives midnight briefings.",
			"ceasefire.start_time", []string{"2027-03-11T16:30:00Z@basra_governorate"}},
	})
}
