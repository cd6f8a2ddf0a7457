package claims

import "testing"

// TestPartiesBetweenLeader: in a list of sides after "between", a name after a leader link
// ("led by", «بقيادة») leads the side before it and is no side (marib mb_032: «أُبرم بين صنعاء
// وتحالف العدوان بقيادة الرياض» is the Houthis and the coalition, not Saudi Arabia too), and a
// complementizer ends the list («، وأن سلطنة عُمان هي الضامن الوحيد له»: Oman guarantees, it
// is no side, and "only" there is the guarantor's). Near misses: a side named after the led
// side is still a side; a list with no leader link is kept whole.
func TestPartiesBetweenLeader(t *testing.T) {
	runCases(t, []mechanismCase{
		{"Arabic: the leader after بقيادة, a guarantor after وأن (Yemen, ar)", "ar", pubTueAr, "وجدد المتحدث التأكيد أن الاتفاق أُبرم بين صنعاء وتحالف العدوان بقيادة الرياض، وأن سلطنة عُمان هي الضامن الوحيد له.", "ceasefire.parties",
			[]string{"houthis,saudi_led_coalition@outlet"}},
		{"English: the coalition led by Saudi Arabia (Yemen)", "en", pubTue, "The truce was agreed between the Houthis and the Arab coalition led by Saudi Arabia, the UN said.", "ceasefire.parties",
			[]string{"houthis,saudi_led_coalition@un"}},
		{"near miss: the side after the led side stays (Yemen)", "en", pubTue, "The truce was agreed between the Arab coalition led by Saudi Arabia and the Houthis, the UN said.", "ceasefire.parties",
			[]string{"houthis,saudi_led_coalition@un"}},
		{"near miss: no leader link, both capitals are sides (Yemen, ar)", "ar", pubTueAr, "وأعلن الحوثيون التوصل إلى اتفاق تهدئة بين صنعاء والرياض في جبهة تعز.", "ceasefire.parties",
			[]string{"houthis,saudi_arabia@houthis"}},
	})
}
