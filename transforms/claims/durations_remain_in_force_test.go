package claims

import "testing"

// TestDurationRemainInForce: a truce said to remain in force for a span states its term (as
// "will last" does): a modal or the infinitive before "remain in force", an imperfect remain
// verb before "ساري المفعول". Witnesses: kadugli kd_008 ("shall remain in force for three
// months"), manipur mp_020 ("shall remain in force for six months"); probes from Yemen, Sudan,
// Syria, the Black Sea and Gaza. Near misses: the time it has remained in force so far, a past
// truce that remained in force.
func TestDurationRemainInForce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"en: shall remain in force for three months (Yemen)", "en", pubTue,
			yemenLead + "The truce shall remain in force for three months.", "ceasefire.duration", []string{"[89,92]@outlet"}},
		{"en: is to remain in force for 60 days (Gaza)", "en", pubTue,
			gazaLeadEn + "The truce is to remain in force for 60 days, the mediators said.", "ceasefire.duration", []string{"60@gaza_mediators"}},
		{"en: will remain in force for a month (Black Sea)", "en", pubTue,
			blackSeaLead + "The truce will remain in force for a month.", "ceasefire.duration", []string{"[28,31]@outlet"}},
		{"ar: وسيظل الاتفاق سارياً لمدة ثلاثة أشهر (Yemen)", "ar", pubTueAr,
			yemenLeadAr + "وسيظل الاتفاق سارياً لمدة ثلاثة أشهر.", "ceasefire.duration", []string{"[89,92]@outlet"}},
		{"ar: ويبقى الاتفاق ساري المفعول لمدة ستين يوماً (Sudan)", "ar", pubTueAr,
			sudanLeadAr + "ويبقى الاتفاق ساري المفعول لمدة ستين يوماً.", "ceasefire.duration", []string{"60@outlet"}},
		// Probes: the time elapsed, not the term.
		{"probe: has remained in force for ten days (Yemen)", "en", pubTue,
			yemenLead + "The truce has remained in force for ten days despite violations.", "ceasefire.duration", nil},
		{"probe: remained in force for two weeks (Black Sea)", "en", pubTue,
			blackSeaLead + "The truce remained in force for two weeks before shelling resumed.", "ceasefire.duration", nil},
		{"probe: ظل الاتفاق ساري المفعول لمدة أسبوعين (Sudan, perfect)", "ar", pubTueAr,
			sudanLeadAr + "وظل الاتفاق ساري المفعول لمدة أسبوعين قبل أن ينهار.", "ceasefire.duration", nil},
	})
}
