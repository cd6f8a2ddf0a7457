package claims

import "testing"

// TestAgreeingToMeetIsNoTruce: "X and Y agreed to attend a conference ... after the truce":
// the agreement is to meet, the truce dates the meeting or is its topic; neither the truce's
// status nor its parties. Agreeing to the truce and to a meeting, or to a truce after talks,
// keeps both.
func TestAgreeingToMeetIsNoTruce(t *testing.T) {
	const (
		kosovoConference = "Kosovo and Serbia agreed to attend a conference in Brussels after the truce."
		caucasusMeeting  = "Armenia and Azerbaijan agreed to hold a meeting in Geneva after the ceasefire."
		kosovoTalks      = "Kosovo and Serbia agreed to attend talks in Brussels on a ceasefire."
		kosovoBoth       = "Kosovo and Serbia agreed to a ceasefire and to attend a conference in Brussels."
		kosovoAfterTalks = "Kosovo and Serbia agreed to a truce after talks in Brussels."
	)
	runCases(t, []mechanismCase{
		{"probe: a conference after the truce (Kosovo), status", "en", pubTue, kosovoConference, "ceasefire.status", nil},
		{"probe: a conference after the truce (Kosovo), parties", "en", pubTue, kosovoConference, "ceasefire.parties", nil},
		{"probe: a meeting after the ceasefire (Caucasus), status", "en", pubTue, caucasusMeeting, "ceasefire.status", nil},
		{"probe: a meeting after the ceasefire (Caucasus), parties", "en", pubTue, caucasusMeeting, "ceasefire.parties", nil},
		{"probe: talks on a ceasefire (Kosovo)", "en", pubTue, kosovoTalks, "ceasefire.status", nil},
		{"probe: a reconstruction conference after the truce (Gaza)", "en", pubTue, gazaLead20 + "Egypt and Qatar agreed to attend a conference on reconstruction after the truce.", "ceasefire.status",
			[]string{"agreed@outlet"}}, // the lead's only
		{"probe: على حضور مؤتمر (Gaza)", "ar", pubTueAr, "واتفقت مصر وقطر على حضور مؤتمر لإعادة الإعمار بعد الهدنة.", "ceasefire.status", nil},
		{"probe: على عقد اجتماع (Caucasus)", "ar", pubTueAr, "واتفقت أرمينيا وأذربيجان على عقد اجتماع في جنيف بعد وقف إطلاق النار.", "ceasefire.parties", nil},
		// Kept.
		{"a ceasefire and a conference, status", "en", pubTue, kosovoBoth, "ceasefire.status", []string{"agreed@outlet"}},
		{"a ceasefire and a conference, parties", "en", pubTue, kosovoBoth, "ceasefire.parties", []string{"kosovo,serbia@outlet"}},
		{"a truce after talks", "en", pubTue, kosovoAfterTalks, "ceasefire.status", []string{"agreed@outlet"}},
		{"signed on Tuesday after talks (South Sudan)", "en", pubTue, "The 60-day cessation between the SSPDF and the SPLA-IO was signed on Tuesday after talks in Nairobi.", "ceasefire.status", []string{"agreed@outlet"}},
	})
}
