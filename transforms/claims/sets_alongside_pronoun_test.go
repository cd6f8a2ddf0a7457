package claims

import "testing"

// TestAlongsidePronoun: an alongside phrase ending on a pronoun («إلى جانبها», "alongside
// them") names the body it stands for, the nearest name before the clause's own subject, as a
// member of the role (chad cd_036, southsudan ss_006, bangui bg_036); a side there, a demonym or
// who speaks is no such body, and a negated role names nobody.
func TestAlongsidePronoun(t *testing.T) {
	const sudan = "اتفق الجيش والدعم السريع على هدنة في الفاشر. "
	const congo = "Kinshasa and the M23 agreed to a ceasefire on Monday. "
	runCases(t, []mechanismCase{
		{"the pronoun stands for the guarantor named before (Chad)", "ar", "",
			"ونفت الوزارة أن تكون قطر الضامن الوحيد للاتفاق، مشيرةً إلى أن الاتحاد الأفريقي ضامن ثانٍ إلى جانبها.", "ceasefire.guarantors",
			[]string{"african_union,qatar@outlet"}},
		{"probe: past a demonym, the sponsor named before (Sudan)", "ar", "",
			sudan + "ويرى مراقبون أن الاتفاق، الذي رعته الإيغاد بوساطة كينية ويضمنه الاتحاد الأفريقي إلى جانبها، يبقى هشاً.", "ceasefire.guarantors",
			[]string{"african_union,igad@analysts"}},
		{"probe: a mediator named in the clause before (Congo)", "ar", "",
			"أعلنت الحكومة الكونغولية وحركة إم 23 وقف إطلاق النار. وقالت الخارجية إن قطر وسيطة، وإن الاتحاد الأفريقي ضامن للاتفاق إلى جانبها.", "ceasefire.guarantors",
			[]string{"african_union,qatar@congolese_government"}},
		{"probe: alongside them, past who speaks (Congo)", "en", "",
			congo + "The government wants African Union observers only; MONUSCO says it will monitor the truce alongside them.", "ceasefire.monitors",
			[]string{"only:african_union@congolese_government~demanded", "african_union,monusco@monusco"}},
		// Negative probes.
		{"probe: the pronoun stands for the sides (Sudan)", "ar", "",
			sudan + "ووقع الجيش والدعم السريع الاتفاق، وسيراقبه الاتحاد الأفريقي إلى جانبهم.", "ceasefire.monitors",
			[]string{"african_union@outlet"}},
		{"probe: alongside them, the sides (Congo)", "en", "",
			congo + "The army and the M23 signed it, and the African Union will monitor the truce alongside them.", "ceasefire.monitors",
			[]string{"african_union@outlet"}},
		{"probe: only a demonym before (Sudan)", "ar", "",
			sudan + "وأشار إلى أن الاتفاق الذي تم بوساطة سعودية يضمنه الاتحاد الأفريقي إلى جانبها.", "ceasefire.guarantors",
			[]string{"african_union@outlet"}},
		{"probe: a negated role names nobody (Sudan)", "ar", "",
			sudan + "وقالت الوزارة إن قطر وسيطة، وإن الاتحاد الأفريقي لن يكون ضامناً للاتفاق إلى جانبها.", "ceasefire.guarantors",
			nil},
	})
}
