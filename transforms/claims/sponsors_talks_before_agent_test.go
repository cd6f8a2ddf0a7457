package claims

import "testing"

// TestSponsorshipOfTalksBeforeItsAgent: a sponsorship cue whose agent follows it ("برعاية
// السعودية", "under the auspices of Qatar") qualifies the talks or meeting named before it in
// its clause, though the truce the talks aim at is named nearer after the agent
// (sponsors_talks_before_agent.go). Probes: the truce named before the cue in its clause, a cue
// in a clause of its own after the talks, a planned round (already the talks').
func TestSponsorshipOfTalksBeforeItsAgent(t *testing.T) {
	const (
		fasherAr = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر. "
		fasherEn = "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. "
		yemenAr  = "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في الحديدة يوم الثلاثاء. "
	)
	runCases(t, []mechanismCase{
		{"arabic talks launched under auspices near a truce", "ar", "", "وقالت مصادر إن مفاوضات جدة التي انطلقت يوم الاثنين برعاية السعودية تقترب من اتفاق على هدنة في الفاشر.", "talks.sponsors",
			[]string{"saudi_arabia@sources"}},
		{"arabic talks launched under auspices: no mediator", "ar", "", "وقالت مصادر إن مفاوضات جدة التي انطلقت يوم الاثنين برعاية السعودية تقترب من اتفاق على هدنة في الفاشر.", "ceasefire.mediators",
			nil},
		{"english talks opened under auspices near a ceasefire", "en", "", "Talks that opened in Doha on Monday under the auspices of Qatar are close to a ceasefire in Gaza, officials said.", "talks.sponsors",
			[]string{"qatar@sources"}},

		// Probes.
		{"probe: the truce before the cue in its clause", "ar", "", fasherAr + "وتوصل الطرفان في محادثات جدة إلى هدنة برعاية سعودية.", "ceasefire.mediators",
			[]string{"saudi_arabia@outlet"}},
		{"probe: the cue in a clause of its own after the talks", "en", "", fasherEn + "Talks in Jeddah ended on Monday, and the truce was reached under Saudi auspices.", "ceasefire.mediators",
			[]string{"saudi_arabia@outlet"}},
		{"probe: a planned round", "ar", "", yemenAr + "وستعقد الجولة المقبلة من المحادثات في مسقط الأسبوع المقبل برعاية سلطنة عمان.", "talks.sponsors",
			[]string{"oman@outlet"}},
	})
}
