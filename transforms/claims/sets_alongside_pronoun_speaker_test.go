package claims

import "testing"

// TestAlongsidePronounStopsAtWhoSpeaks: an alongside pronoun after the cue stands for who speaks
// or for the sides when who speaks is not the clause's own subject ("Kenya said the AU would
// monitor the truce alongside it"), never for a body named before who speaks (a host, a minister
// met): nothing is added past who speaks. Who speaks as the clause's subject ("MONUSCO says it
// will monitor the truce alongside them") is passed, as before (TestAlongsidePronoun).
func TestAlongsidePronounStopsAtWhoSpeaks(t *testing.T) {
	const sudan = "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. "
	const sudanAr = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر يوم الثلاثاء. "
	const congo = "Kinshasa and the M23 agreed to a ceasefire on Tuesday. "
	runCases(t, []mechanismCase{
		{"a minister met before who speaks (Sudan)", "en", pubTue,
			sudan + "After meeting Saudi Arabia's foreign minister, Kenya said the African Union would monitor the truce alongside it.", "ceasefire.monitors",
			[]string{"african_union@kenya"}},
		{"the host who speaks, then a relative clause (Congo)", "en", pubTue,
			congo + "Qatar, which hosted the talks, said MONUSCO would monitor the truce alongside them.", "ceasefire.monitors",
			[]string{"monusco@qatar"}},
		{"ar: a minister met before who speaks (Sudan)", "ar", pubTueAr,
			sudanAr + "وبعد لقاء مع وزير الخارجية المصري، قالت السعودية إن الولايات المتحدة ستضمن الاتفاق إلى جانبها.", "ceasefire.guarantors",
			[]string{"united_states@saudi_arabia"}},
		// Kept: who speaks is the clause's subject; the name before is the pronoun's.
		{"probe: who speaks is the clause's subject (Congo)", "en", pubTue,
			congo + "The government wants African Union observers only; MONUSCO says it will monitor the truce alongside them.", "ceasefire.monitors",
			[]string{"only:african_union@congolese_government~demanded", "african_union,monusco@monusco"}},
		{"probe: no name for who speaks (Chad)", "ar", "",
			"ونفت الوزارة أن تكون قطر الضامن الوحيد للاتفاق، مشيرةً إلى أن الاتحاد الأفريقي ضامن ثانٍ إلى جانبها.", "ceasefire.guarantors",
			[]string{"african_union,qatar@outlet"}},
	})
}
