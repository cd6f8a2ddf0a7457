package claims

// Lexicon completeness of the start cues (ceasefire.start_time): standard wire wordings of a
// start the lexicon lacked ('kicks in', 'goes into force', 'entered into effect', «حيز
// التطبيق», «حيز النفاذ»). A clock time without its day needs the cue right before it.

import "testing"

func TestStartCueForms(t *testing.T) {
	const (
		sudan   = "Sudan's army and the RSF agreed to a truce in El Fasher. "
		fasher  = "يسود الهدوء الحذر مدينة الفاشر في ظل الهدنة. "
		pub     = "2027-07-13T08:00:00Z"
		sixNext = "2027-07-14T04:00:00Z@sudanese_armed_forces"
	)
	runCases(t, []mechanismCase{
		{"kicks in", "en", pub, sudan + "The ceasefire kicks in at 6 a.m., the army said.", "ceasefire.start_time", []string{sixNext}},
		{"goes into force", "en", pub, sudan + "The truce goes into force at 6 a.m., the army said.", "ceasefire.start_time", []string{sixNext}},
		{"entered into effect", "en", pub, sudan + "The truce entered into effect at 6 a.m., the army said.", "ceasefire.start_time", []string{"2027-07-13T04:00:00Z@sudanese_armed_forces"}},
		{"tariffs that kick in are no truce", "en", pub, sudan + "The new tariffs kicks in at 6 a.m., the army said.", "ceasefire.start_time", nil},
		{"a curfew that goes into force is no truce", "en", pub, sudan + "The curfew goes into force at 6 a.m., the army said.", "ceasefire.start_time", nil},
		{"arabic hayyiz al-tatbiq", "ar", pub, fasher + "وقال الجيش إن الهدنة ستدخل حيز التطبيق عند السادسة من صباح الخميس.", "ceasefire.start_time", []string{"2027-07-15T04:00:00Z@sudanese_armed_forces"}},
		{"arabic hayyiz al-nafadh", "ar", pub, fasher + "وقال الجيش إن الاتفاق سيدخل حيز النفاذ عند السادسة من صباح الخميس.", "ceasefire.start_time", []string{"2027-07-15T04:00:00Z@sudanese_armed_forces"}},
		{"arabic a tax law in force is no truce", "ar", pub, "قال وزير المالية إن قانون الضرائب الجديد سيدخل حيز التطبيق عند السادسة من صباح الخميس.", "ceasefire.start_time", nil},
	})
}
