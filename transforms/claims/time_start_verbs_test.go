package claims

// When the ceasefire starts (ceasefire.start_time) from its verbs and cues: tense, prepositions, pronouns for the truce.

import "testing"

// TestPrepositionalStartCues: from right before a time, from a place, and a far start cue.
func TestPrepositionalStartCues(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a far start cue does not date the report day", "en", "2025-10-17T08:00:00Z", "The Hodeidah ceasefire was holding on Friday, with aid trucks and fuel tankers slowly crossing into the besieged city and its port from the south.", "ceasefire.start_time",
			nil},
		{"from right before the time", "en", pubTue, yemenLead + "The truce applies from midnight on Wednesday.", "ceasefire.start_time",
			[]string{"2025-10-15T21:00:00Z@outlet"}},
		{"from a place is no start", "en", pubTue, yemenLead + "Aid is written into the agreement, but the road from Hodeidah to Sanaa remained closed on Tuesday.", "ceasefire.start_time",
			nil},
	})
}

// TestPastTenseStarts: past-tense starts: began at midnight, since, took effect, guns fell silent.
func TestPastTenseStarts(t *testing.T) {
	const syriaLead = "The Syrian army and the rebels agreed to a ceasefire on Monday. "
	runCases(t, []mechanismCase{
		{"began at midnight is the midnight that has passed", "en", pubTue, yemenLead + "The truce began at midnight, residents said.", "ceasefire.start_time",
			[]string{"2025-10-13T21:00:00Z@local_residents"}},
		{"arabic since midnight", "ar", pubTueAr, yemenLeadAr + "وتسود الهدنة المدينة منذ منتصف الليل.", "ceasefire.start_time",
			[]string{"2025-10-13T21:00:00Z@outlet"}},
		{"will begin at midnight is tonight's", "en", pubTue, yemenLead + "The truce will begin at midnight.", "ceasefire.start_time",
			[]string{"2025-10-14T21:00:00Z@outlet"}},
		{"took effect at a clock time without its day", "en", pubTue, yemenLead + "The ceasefire has held since it took effect at 4 a.m.", "ceasefire.start_time",
			[]string{"2025-10-14T01:00:00Z@outlet"}},
		{"a clock time after publication is yesterday's", "en", pubTue, yemenLead + "The ceasefire took effect at 8 p.m.", "ceasefire.start_time",
			[]string{"2025-10-13T17:00:00Z@outlet"}},
		{"a live blog's timestamp is no start time", "en", pubTue, yemenLead + "10:45 Sanaa - The ceasefire has held since dawn.", "ceasefire.start_time",
			nil},
		{"arabic began with the truce as subject", "ar", pubTueAr, yemenLeadAr + "وبدأت الهدنة منتصف الليل.", "ceasefire.start_time",
			[]string{"2025-10-13T21:00:00Z@outlet"}},
		{"arabic began with trucks as subject", "ar", pubTueAr, yemenLeadAr + "وينص الاتفاق على إدخال الشاحنات، وقد بدأت أولى الشاحنات بالدخول اليوم.", "ceasefire.start_time",
			nil},
		{"the guns fell silent across a named place at midnight", "en", "2016-12-30T08:00:00Z", syriaLead + "The guns fell silent along the Eastern Ghouta at midnight, residents said on Friday morning, as the ceasefire came into force.", "ceasefire.start_time",
			[]string{"2016-12-29T22:00:00Z@local_residents"}},
		{"a bare midnight with no past cue is tonight's", "en", "2016-12-30T08:00:00Z", syriaLead + "The ceasefire comes into force along the Eastern Ghouta at midnight, the army said.", "ceasefire.start_time",
			[]string{"2016-12-30T22:00:00Z@syrian_army"}},
		{"we silenced our guns at midday yesterday", "en", pubTue, yemenLead + `"We silenced our guns at midday yesterday, as agreed in Muscat," the Houthis said of the ceasefire.`, "ceasefire.start_time",
			[]string{"2025-10-13T09:00:00Z@houthis"}},
	})
}

// TestStartVerbSubjects: subjects of a start verb: a ceasefire verb phrase, a pronoun for the truce, far and near.
func TestStartVerbSubjects(t *testing.T) {
	const agreed = "The truce was agreed late on Monday. "
	runCases(t, []mechanismCase{
		{"a ceasefire verb phrase right before a clock time", "en", pubTue, yemenLead + "The Houthis said they would only halt operations at 6 p.m. on Wednesday.", "ceasefire.start_time",
			[]string{"2025-10-15T15:00:00Z@houthis"}},
		{"suspending hostilities at a clock time", "en", pubTue, yemenLead + "The government said its forces would suspend hostilities at 6 p.m. on Wednesday.", "ceasefire.start_time",
			[]string{"2025-10-15T15:00:00Z@yemeni_government"}},
		{"hold fire from a clock time, for a span", "en", pubTue, yemenLead + "The Houthis said their units would hold fire from noon today, and for twenty days only.", "ceasefire.start_time",
			[]string{"2025-10-14T09:00:00Z@houthis"}},
		{"it as the subject of a start cue", "en", pubTue, yemenLead + agreed + "The government said it would take effect at midnight and last 20 days.", "ceasefire.start_time",
			[]string{"2025-10-14T21:00:00Z@yemeni_government"}},
		{"a day in a relative clause is not the pronoun's", "en", pubTue, yemenLead + agreed + "It covers the port of Hodeidah, where the fighting began on Saturday, the government said.", "ceasefire.start_time",
			nil},
		{"a pronoun with no truce before it", "en", pubTue, "Fighting continued near Hodeidah on Monday. The government said it would take effect at midnight.", "ceasefire.start_time",
			nil},
		{"a pronoun far from the truce noun starts it", "ar", pubTueAr, yemenLeadAr + "وقالت الحكومة اليمنية إن وقف إطلاق النار بين القوات الحكومية من جهة، والحوثيين وحلفائهم في محافظة الحديدة من جهة أخرى، يسري لمدة شهر، مشيرة إلى أنه بدأ في الساعة السادسة من صباح الثلاثاء.", "ceasefire.start_time",
			[]string{"2025-10-14T03:00:00Z@yemeni_government"}},
		{"the pronoun's verb with an object is no start", "ar", pubTueAr, yemenLeadAr + "وقالت الحكومة اليمنية إن وقف إطلاق النار صامد، مشيرة إلى أنه بدأ الانسحاب من المواقع يوم الخميس.", "ceasefire.start_time",
			nil},
	})
}

// TestGunsFallSilent: a start cue naming the cessation itself ("the guns fall silent", "تصمت
// المدافع") dates the truce in an article about one, with no ceasefire noun in the sentence.
func TestGunsFallSilent(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the guns fall silent at midnight", "en", pubTue, yemenLead + "The government statement, by contrast, says the guns fall silent at midnight.", "ceasefire.start_time",
			[]string{"2025-10-14T21:00:00Z@yemeni_government"}},
		{"the guns must fall silent from military hours", "en", pubTue, yemenLead + "The envoy said the guns must fall silent \"from 0000 hours on Thursday\".", "ceasefire.start_time",
			[]string{"2025-10-15T21:00:00Z@outlet"}},
		{"arabic: the guns fall silent", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون: ستصمت المدافع في السادسة من صباح الخميس.", "ceasefire.start_time",
			[]string{"2025-10-16T03:00:00Z@houthis"}},
		{"silence in another clause is no start", "en", pubTue, yemenLead + "The guns fell silent in Taiz, while fighting raged in Marib on Friday.", "ceasefire.start_time",
			nil},
	})
}

// TestCessationAtAClock: the cessation itself (halt strikes, halt offensive strikes) with a clock
// time after it, also across the place it covers, says when the firing stops.
func TestCessationAtAClock(t *testing.T) {
	runCases(t, []mechanismCase{
		{"halt strikes at a clock time", "en", pubTue, yemenLead + "The coalition said it would halt strikes at 6 a.m. on Wednesday.", "ceasefire.start_time",
			[]string{"2025-10-15T03:00:00Z@saudi_led_coalition"}},
		{"halt offensive strikes across a place", "en", pubTue, yemenLead + "The coalition said it would halt offensive strikes in Yemen at 6 a.m. Wednesday local time.", "ceasefire.start_time",
			[]string{"2025-10-15T03:00:00Z@saudi_led_coalition"}},
		{"a place without its preposition does not bridge", "en", pubTue, yemenLead + "The coalition said its jets would halt strikes, Yemen officials added at 6 a.m.", "ceasefire.start_time",
			nil},
	})
}
