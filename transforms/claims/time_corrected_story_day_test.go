package claims

import "testing"

// TestCorrectedStoryDay: a correction that names the day of the story it corrects restates
// that story's times, so its weekdays and day-less clock times count from the story's day, not
// from the day the correction ran. A correction naming no day, a day over sixty days back (what
// the story was about), a dated year, or a day named outside a correction keeps publication's
// frame.
func TestCorrectedStoryDay(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a Sept 13 story (Cameroon)", "en", "2030-09-24T10:00:00Z", "CORRECTION - In an earlier version of a Sept 13 story on Cameroon, Continental Wire misstated that the ceasefire would begin at midnight on Sunday. The government said it would begin at 00:00 on Sunday, that is at midnight on Saturday night, 2300 GMT on Saturday.", "ceasefire.start_time",
			[]string{"2030-09-14T23:00:00Z@cameroonian_government"}},
		{"published Aug. 13, after a header (Iran-Israel)", "en", "2027-08-19T10:00:00Z", "CORRECTION: An earlier version of this article, published Aug. 13, said the ceasefire took effect at 7:30 a.m. Israel time. It took effect at 7:30 a.m. Tehran time, which was 7 a.m. in Israel and 0400 GMT.", "ceasefire.start_time",
			[]string{"2027-08-13T04:00:00Z@outlet"}},
		{"an Oct. 14 story (Yemen)", "en", "2025-10-28T10:00:00Z", "Correction: An earlier version of an Oct. 14 story misstated when the truce in Yemen would begin. The Houthis said it would take effect at 6 a.m. on Thursday.", "ceasefire.start_time",
			[]string{"2025-10-16T03:00:00Z@houthis"}},
		{"خبر نشرناه في 14 تشرين الأول (Sudan, ar)", "ar", "2025-10-28T10:00:00Z", "تصحيح: ورد خطأً في خبر نشرناه في 14 تشرين الأول أن الهدنة في السودان تبدأ الأربعاء. وقال الجيش السوداني إن الهدنة تبدأ في السادسة من صباح الخميس.", "ceasefire.start_time",
			[]string{"2025-10-16T04:00:00Z@sudanese_armed_forces"}},
		// Kept in publication's frame.
		{"probe: a correction naming no day (Yemen)", "en", "2025-10-28T10:00:00Z", "Correction: An earlier version of this story said the truce in Yemen would begin on Wednesday. The Houthis said it would take effect at 6 a.m. on Thursday.", "ceasefire.start_time",
			[]string{"2025-10-30T03:00:00Z@houthis"}},
		{"probe: a day over sixty days back is what the story was about (Yemen)", "en", "2025-10-28T10:00:00Z", "Correction: An earlier version of this story misstated the date of the March 2 talks. The truce in Yemen takes effect at 6 a.m. on Thursday, the Houthis said.", "ceasefire.start_time",
			[]string{"2025-10-30T03:00:00Z@houthis"}},
		{"probe: a story dated with its year (Yemen)", "en", "2025-10-28T10:00:00Z", "Correction: An earlier version of an Oct. 14, 2024 story misstated when the truce in Yemen would begin. The Houthis said it would take effect at 6 a.m. on Thursday.", "ceasefire.start_time",
			[]string{"2025-10-30T03:00:00Z@houthis"}},
	})
}
