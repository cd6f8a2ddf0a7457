package claims

// ceasefire.start_time: a day that dates a signing in its own clause, the zero hour as the clock
// it names, midnight "الفاصل بين" two weekdays, "عصراً", and the zone of an item that places the
// truce nowhere but names one side's forces.

import "testing"

const sudanLeadAr = "اتفق الجيش وقوات الدعم السريع على هدنة في الفاشر يوم الخميس. "

// TestSigningDayInItsOwnClause: "وقّعا على النص مساء الخميس، وأن وقف إطلاق النار يسري على
// المدينة": the day of the signing is no start, and a start cue past the comma does not date it.
func TestSigningDayInItsOwnClause(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic signed on Thursday evening, and it applies to the city", "ar", "2027-07-16T07:00:00Z", sudanLeadAr + "وأضاف سيسوكو أن الطرفين وقّعا على النص مساء الخميس، وأن وقف إطلاق النار يسري على المدينة والمعسكرات المحيطة بها.", "ceasefire.start_time",
			nil},
		{"signed on Thursday evening, and the truce takes effect at midnight", "en", "2027-07-16T07:00:00Z", "The Sudanese army and the RSF agreed to a truce in El Fasher, Sudan, on Tuesday. The RSF said the two sides signed the text on Thursday evening, and the truce takes effect at midnight.", "ceasefire.start_time",
			[]string{"2027-07-16T22:00:00Z@rapid_support_forces"}},
		// Negative probe (Sudan): a start cue in the signing's own clause dates the day.
		{"arabic signed an agreement starting on Friday", "ar", "2027-07-16T07:00:00Z", sudanLeadAr + "وأضاف سيسوكو أن الطرفين وقّعا على اتفاق يبدأ سريانه مساء الجمعة.", "ceasefire.start_time",
			[]string{"2027-07-16@outlet"}},
	})
}

// TestZeroHourAndNightBetween: "الساعة صفر من يوم السبت", "منتصف الليل الفاصل بين الجمعة
// والسبت", "الرابعة عصراً".
func TestZeroHourAndNightBetween(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic the zero hour of Saturday", "ar", "2027-07-16T21:30:00Z", "مع اقتراب الساعة صفر من يوم السبت، موعد بدء الهدنة، أعلنت قيادة الدعم السريع التزام قواتها بالهدنة في الفاشر.", "ceasefire.start_time",
			[]string{"2027-07-16T22:00:00Z@outlet"}},
		{"arabic midnight separating Friday and Saturday", "ar", "2027-07-15T19:40:00Z", sudanLeadAr + "وقال المستشار إن الهدنة تبدأ عند منتصف الليل الفاصل بين الجمعة والسبت.", "ceasefire.start_time",
			[]string{"2027-07-16T22:00:00Z@outlet"}},
		{"arabic four in the afternoon", "ar", "2025-10-14T08:00:00Z", yemenLeadAr + "وقال الحوثيون إن الهدنة تبدأ في الرابعة عصراً.", "ceasefire.start_time",
			[]string{"2025-10-14T13:00:00Z@houthis"}},
		// Negative probes (Yemen): the zero hour not yet set; an hour of another event; four
		// at dawn.
		{"arabic the zero hour not set", "ar", "2025-10-14T08:00:00Z", yemenLeadAr + "قال الحوثيون إن الساعة الصفر لم تحدد بعد.", "ceasefire.start_time",
			nil},
		{"arabic the delegation arrived at three", "ar", "2025-10-14T08:00:00Z", yemenLeadAr + "وصل الوفد عند الساعة الثالثة من يوم السبت.", "ceasefire.start_time",
			nil},
		{"arabic four at dawn", "ar", "2025-10-14T08:00:00Z", yemenLeadAr + "وقال الحوثيون إن الهدنة تبدأ في الرابعة فجراً.", "ceasefire.start_time",
			[]string{"2025-10-15T01:00:00Z@houthis"}},
	})
}

// TestZoneOfTheOnlyForcesNamed: an item that places the truce nowhere and names the RSF's forces
// beside Saudi Arabia and the United States twice each is read in Sudan's zone, not left in UTC.
func TestZoneOfTheOnlyForcesNamed(t *testing.T) {
	runCases(t, []mechanismCase{
		{"one side's forces and two guarantor states", "ar", "2027-07-16T21:30:00Z", "مع اقتراب الساعة صفر من يوم السبت، موعد بدء الهدنة، أعلنت قيادة الدعم السريع التزام قواتها بالهدنة التي رعاها الاتحاد الأفريقي بمشاركة الرياض وواشنطن، مؤكدة أن الضامنين الوحيدين للاتفاق هما السعودية والولايات المتحدة.", "ceasefire.start_time",
			[]string{"2027-07-16T22:00:00Z@outlet"}},
		// Negative probes (Saudi Arabia, Israel): no forces named, a tie of states stays in UTC;
		// forces of two zones leave the count of names to decide.
		{"two states and no forces", "ar", "2027-07-16T21:30:00Z", "مع اقتراب الساعة صفر من يوم السبت، موعد بدء الهدنة، أعلنت الرياض وواشنطن أن الضامنين الوحيدين للاتفاق هما السعودية والولايات المتحدة.", "ceasefire.start_time",
			[]string{"2027-07-17T00:00:00Z@outlet"}},
		{"forces of two zones", "ar", "2027-07-16T21:30:00Z", "مع اقتراب الساعة صفر من يوم السبت، موعد بدء الهدنة، أعلنت قيادة الدعم السريع والجيش الإسرائيلي التزام قواتهما بالهدنة التي رعتها الرياض وواشنطن والسعودية والولايات المتحدة.", "ceasefire.start_time",
			[]string{"2027-07-16T21:00:00Z@outlet"}},
	})
}

// TestFullDaysThenStart: "تمتد عشرة أيام كاملة وتبدأ عند منتصف الليل": "كاملة" is "full", not
// "كـ + أمله" (as his hope); the hope cue is read only as "أعرب عن أمله".
func TestFullDaysThenStart(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic ten full days and starts at midnight", "ar", "2027-07-15T19:40:00Z", sudanLeadAr + "وقال المستشار إن الهدنة «تمتد عشرة أيام كاملة» وتبدأ عند منتصف الليل الفاصل بين الجمعة والسبت.", "ceasefire.start_time",
			[]string{"2027-07-16T22:00:00Z@outlet"}},
		{"arabic the truce is full and starts at midnight", "ar", "2025-10-14T08:00:00Z", yemenLeadAr + "وقال المبعوث إن الهدنة كاملة وتبدأ عند منتصف الليل.", "ceasefire.start_time",
			[]string{"2025-10-14T21:00:00Z@outlet"}},
		// Negative probes (Yemen): a hope expressed asserts no start and no state.
		{"arabic hoped the truce would start at midnight", "ar", "2025-10-14T08:00:00Z", yemenLeadAr + "وأعرب المبعوث عن أمله في أن تبدأ الهدنة عند منتصف الليل.", "ceasefire.start_time",
			nil},
		{"arabic hoped the truce would hold", "ar", "2025-10-14T08:00:00Z", yemenLeadAr + "وأعرب المبعوث عن أمله في أن تصمد الهدنة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}

// TestPluperfectStartOfThisTruce: "وكانت الهدنة قد بدأت فجر الثلاثاء عند الساعة السادسة": the
// truce noun before the auxiliary قد is the subject of بدأت; the recap dates this truce's start.
func TestPluperfectStartOfThisTruce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic the truce had begun at six", "ar", "2025-10-18T08:00:00Z", yemenLeadAr + "وكانت الهدنة قد بدأت فجر الخميس عند الساعة السادسة.", "ceasefire.start_time",
			[]string{"2025-10-16T03:00:00Z@outlet"}},
		{"arabic reported, the truce has begun at six", "ar", "2025-10-18T08:00:00Z", yemenLeadAr + "وقال الحوثيون إن الهدنة قد بدأت فجر الخميس عند الساعة السادسة.", "ceasefire.start_time",
			[]string{"2025-10-16T03:00:00Z@houthis"}},
		// Negative probes (Yemen, Iraq): another subject began; an earlier year's truce.
		{"arabic the shelling had begun", "ar", "2025-10-18T08:00:00Z", yemenLeadAr + "وكان القصف قد بدأ فجر الخميس عند الساعة السادسة.", "ceasefire.start_time",
			nil},
		{"arabic a truce of an earlier year", "ar", "2025-10-18T08:00:00Z", yemenLeadAr + "وكانت هدنة عام 2022 قد بدأت عند الساعة السابعة.", "ceasefire.start_time",
			nil},
	})
}
