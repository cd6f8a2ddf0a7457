package claims

import "testing"

// TestWithdrawalTransitiveAndDemandedParticiple: the imperfect of the transitive "سحب" (يسحب,
// تسحب, ستسحب: to pull units out) is a withdrawal cue like its noun, its subject the force
// ("لن تسحب أي وحدة": not required); an English participle completing a demand ("wants the
// Houthis pulled back") is asked for, not seen on the ground. A state recalling its envoy, a
// movement reported in the past tense and a demand for something else stay out.
func TestWithdrawalTransitiveAndDemandedParticiple(t *testing.T) {
	runCases(t, []mechanismCase{
		{"negated imperfect: will not pull any unit", "ar", pubTueAr, yemenLeadAr + "وأكد الحوثيون في بيان أن قوات الحوثيين لن تسحب أي وحدة من ميناء الحديدة.", "ceasefire.withdrawal",
			[]string{"houthis=not_required@houthis"}},
		{"future imperfect: will pull its fighters", "ar", pubTueAr, "اتفقت حكومة الوحدة الوطنية وقوات حفتر على وقف لإطلاق النار في سرت يوم الثلاثاء. وقالت الحكومة إن قوات حفتر ستسحب مقاتليها من محيط سرت.", "ceasefire.withdrawal",
			[]string{"libyan_national_army=required@government_of_national_unity"}},
		{"wants the force pulled back", "en", pubTue, yemenLead + "The Yemeni government wants the Houthis pulled back from the port before any ship docks.", "ceasefire.withdrawal",
			[]string{"houthis=required@yemeni_government~demanded"}},
		{"probe: a state recalls its envoy (Libya)", "ar", pubTueAr, "اتفقت حكومة الوحدة الوطنية وقوات حفتر على وقف لإطلاق النار في سرت يوم الثلاثاء. وقالت الحكومة إنها ستسحب سفيرها من أنقرة.", "ceasefire.withdrawal",
			nil},
		{"probe: a pullback seen overnight (Ukraine)", "en", pubTue, "Russia and Ukraine agreed to a ceasefire around the Zaporizhzhia plant on Tuesday. Russian troops pulled back from two villages overnight, residents said.", "ceasefire.withdrawal",
			nil},
		{"probe: wants the truce extended (Sudan)", "en", pubTue, "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. The governor wants the truce extended by a week.", "ceasefire.withdrawal",
			nil},
	})
}
