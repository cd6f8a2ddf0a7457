package claims

import "testing"

// TestRoleWordOnTheSpeakerIsTheOutletsNaming: a mediation word inside the phrase that names who
// speaks (the subject between a verb of saying and its complementizer, or the phrase after
// "according to"/بحسب) describes the speaker in the outlet's voice: the mediators claim is the
// outlet's (gold README, the role word describing the speaker, stop 27; witnesses chad cd_005,
// cd_006, cd_020, southsudan ss_003, bangui bg_040, kufra kf_003, kf_004, kadugli kd_036). A
// mediation word in what is said, or a member outside the phrase, keeps the speaker.
func TestRoleWordOnTheSpeakerIsTheOutletsNaming(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a source in the Qatari mediation said (Gaza)", "ar", pubTueAr, gazaLead20Ar + "وقال مصدر في الوساطة القطرية إن الاتفاق ينص على انسحاب المقاتلين.", "ceasefire.mediators",
			[]string{"qatar@outlet"}},
		{"a source in the Egyptian mediation team told the agency that (Gaza)", "ar", pubTueAr, gazaLead20Ar + "وأفاد مصدر في فريق الوساطة المصري للوكالة بأن الهدنة تبدأ فجر الخميس.", "ceasefire.mediators",
			[]string{"egypt@outlet"}},
		{"according to a source in the Saudi mediation (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وتنص الهدنة على ممرات إنسانية، بحسب مصدر في الوساطة السعودية.", "ceasefire.mediators",
			[]string{"saudi_arabia@outlet"}},
		{"according to a source in the Qatari mediation (Gaza)", "en", pubTue, gazaLead20 + "The truce provides for humanitarian corridors, according to a source in the Qatari mediation.", "ceasefire.mediators",
			[]string{"qatar@outlet"}},
		// Kept: the mediation word is in what is said, or no body is named.
		{"probe: the mediation after the complementizer (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وقال المتحدث باسم الجيش السوداني إن الوساطة السعودية أفضت إلى الاتفاق.", "ceasefire.mediators",
			[]string{"saudi_arabia@sudanese_armed_forces"}},
		{"probe: according to a source, then the mediation (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وبحسب مصدر عسكري، فإن الوساطة السعودية أفضت إلى الاتفاق.", "ceasefire.mediators",
			[]string{"saudi_arabia@sources"}},
		{"probe: a source in the mediation names no body (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وقال مصدر في الوساطة إن الهدنة تشمل ممرات إنسانية.", "ceasefire.mediators", nil},
		{"probe: according to a source in the mediation, then the mediators (Gaza)", "en", pubTue, gazaLead20 + "According to a source in the mediation, Qatari mediation produced the truce.", "ceasefire.mediators",
			[]string{"qatar@sources"}},
		{"probe: according to a state (Gaza)", "en", pubTue, gazaLead20 + "According to Egypt, Qatari mediation produced the truce.", "ceasefire.mediators",
			[]string{"qatar@egypt"}},
		{"probe: a named subject, the mediation its object (Gaza; kufra kf_002)", "ar", pubTueAr, gazaLead20Ar + "وأكدت حماس قبولها الوساطة المصرية مشيرة إلى أن الهدنة صامدة.", "ceasefire.mediators",
			[]string{"egypt@hamas"}},
		{"probe: a spokesman said, no that (Sudan)", "en", pubTue, "The Sudanese army and the RSF agreed to a truce in El Fasher on Monday. A Sudanese army spokesman said Saudi mediation produced the truce.", "ceasefire.mediators",
			[]string{"saudi_arabia@sudanese_armed_forces"}},
	})
}

// TestPersonMediatesForWhatHisBodySpeaksFor: a person's set membership is his affiliation, and
// what that in turn speaks for (gold README, set members are bodies): the head of South Sudan's
// mediation committee brokers for South Sudan (kadugli kd_036; waziristan wz_001's minister for
// the Taliban government).
func TestPersonMediatesForWhatHisBodySpeaksFor(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the committee's head mediated (Kordofan)", "en", pubTue, "The Sudanese army and the SPLM-N agreed to a truce in South Kordofan on Monday. The truce was mediated by Gabriel Majak Thon.", "ceasefire.mediators",
			[]string{"south_sudan@outlet"}},
	})
}
