package claims

import "testing"

// TestStatusNearCeasefirePastNames: a name counts as one word between a status cue and the
// truce noun. A verb-first signing puts its subject, a long name with its own dashes,
// parentheses or quotes, between the verb and the agreement it signed; subject first, a full
// name with its acronym in parentheses stands between the truce and its verb. Negation, a
// signing still ahead, an earlier year and a contract on something else keep their readings.
func TestStatusNearCeasefirePastNames(t *testing.T) {
	const splm = "وقّع الجيش السوداني والحركة الشعبية لتحرير السودان – شمال (جناح الحلو) مساء اليوم الخميس في جوبا "
	runCases(t, []mechanismCase{
		{"verb first, a long subject with its punctuation (Sudan, ar)", "ar", pubTueAr, splm + "اتفاقاً لوقف العدائيات في ولاية جنوب كردفان.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"verb first, a name in quotes (Mozambique, ar)", "ar", pubTueAr, "وقّعت الحكومة الموزمبيقية و«المجلس العسكري للخلاص الوطني» مساء اليوم الخميس في روما اتفاقاً لوقف إطلاق النار في ولايتي سوفالا ومانيكا.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		// Probes.
		{"probe: a signing still ahead (Sudan, ar)", "ar", pubTueAr, "من المقرر أن يوقّع الجيش السوداني والحركة الشعبية لتحرير السودان – شمال (جناح الحلو) مساء اليوم الخميس في جوبا اتفاقاً لوقف العدائيات.", "ceasefire.status",
			nil},
		{"probe: an earlier year (Sudan, ar)", "ar", pubTueAr, "وفي عام 2020 وقّع الجيش السوداني والحركة الشعبية لتحرير السودان – شمال (جناح الحلو) في جوبا اتفاقاً لوقف العدائيات.", "ceasefire.status",
			nil},
		{"probe: a trade contract signed, the truce far past it (Sudan, ar)", "ar", pubTueAr, splm + "عقداً تجارياً لتوريد القمح إلى ولاية جنوب كردفان بعد أشهر من القتال وانهيار الهدنة.", "ceasefire.status",
			[]string{"collapsed@outlet"}},
	})
}
