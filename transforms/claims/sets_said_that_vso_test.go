package claims

import "testing"

// TestSpeakerBeforeSaidThatVerbFirst: in the verb-first order ("وقال مسؤول تركي لوكالة الأناضول
// إن الوساطة مستمرة") the name read back from a set cue that opens what is said is in the
// subject of the verb of saying: who speaks, not a member (saidBeforeSubject,
// sets_said_that.go). Probes: a subject of the said clause taking the speaker up ("إن بلاده
// ستواصل وساطتها", "إن الاتحاد سيواصل وساطته"), a name after the cue, a name in the said clause.
func TestSpeakerBeforeSaidThatVerbFirst(t *testing.T) {
	const (
		yemenAr   = "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في الحديدة يوم الثلاثاء. "
		tripoliAr = "اتفق جهاز الردع واللواء 444 على هدنة في سوق الجمعة يوم الثلاثاء. "
		fasherAr  = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر. "
	)
	runCases(t, []mechanismCase{
		{"a turkish official to an agency on the mediation", "ar", "", tripoliAr + "وقال مسؤول تركي لوكالة الأناضول إن الوساطة مستمرة.", "ceasefire.mediators",
			nil},
		{"an omani official on the mediators, quoted", "ar", "", yemenAr + "وقال مسؤول عماني لوكالة الأنباء إن «الوسطاء» يقترحون تمديد الهدنة.", "ceasefire.mediators",
			nil},
		{"a saudi official to a channel on the mediation", "ar", "", fasherAr + "وقال مسؤول سعودي لقناة العربية إن الوساطة مستمرة.", "ceasefire.mediators",
			nil},

		// Probes.
		{"probe: his country takes the speaker up", "ar", "", yemenAr + "وقال مسؤول عماني إن بلاده ستواصل وساطتها.", "ceasefire.mediators",
			[]string{"oman@oman"}},
		{"probe: the union takes the speaker up", "ar", "", fasherAr + "قال مصدر في الاتحاد الإفريقي إن الاتحاد سيواصل وساطته.", "ceasefire.mediators",
			[]string{"african_union@african_union"}},
		{"probe: a name after the cue", "ar", "", tripoliAr + "وقال مسؤول تركي إن الوساطة القطرية مستمرة.", "ceasefire.mediators",
			[]string{"qatar@turkey"}},
		{"probe: a name in the said clause", "ar", "", yemenAr + "وقال مسؤول عماني إن سلطنة عمان ستضمن الهدنة.", "ceasefire.guarantors",
			[]string{"oman@oman"}},
	})
}
