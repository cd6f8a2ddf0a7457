package claims

import "testing"

// TestMediatorBodySpeaking: who speaks is a body the gazetteer casts as a mediator, or one of
// its people, named by a name that carries a word of mediation: the outlet describes it as a
// mediator (sets_mediator_body_speaking.go; gold README, the role word describing the speaker):
// "South Sudan's mediation committee said" (kadugli kd_004, kd_005), "the head of South Sudan's
// mediation committee said" (kd_001), "who chairs South Sudan's mediation committee" (kd_019),
// "A senior member of the sheikhs' mediation committee" (basra bs_012), «وقالت لجنة الوساطة
// الجنوب سودانية». Probes: the body named in what is said, a mediator body named without a
// word of mediation.
func TestMediatorBodySpeaking(t *testing.T) {
	const kordofan = "Sudan's army and the SPLM-N signed a cessation of hostilities in Juba on Thursday. "
	const kordofanAr = "وقّع الجيش السوداني والحركة الشعبية لتحرير السودان – شمال اتفاقاً لوقف العدائيات في جوبا يوم الخميس. "
	runCases(t, []mechanismCase{
		{"the committee said", "en", "", kordofan + "The truce takes effect at 2200 GMT, South Sudan's mediation committee said.", "ceasefire.mediators",
			[]string{"south_sudan@outlet"}},
		{"the head of the committee said", "en", "", kordofan + "The truce takes effect at 2200 GMT, the head of South Sudan's mediation committee said on Saturday.", "ceasefire.mediators",
			[]string{"south_sudan@outlet"}},
		{"who chairs the committee, said", "en", "", kordofan + "Gabriel Majak Thon, who chairs South Sudan's mediation committee, said on Saturday the agreement gave neither side a right to retaliate.", "ceasefire.mediators",
			[]string{"south_sudan@outlet"}},
		{"arabic the committee said", "ar", "", kordofanAr + "وقالت لجنة الوساطة الجنوب سودانية إن الهدنة تبدأ منتصف الليل.", "ceasefire.mediators",
			[]string{"south_sudan@outlet"}},

		// Probes.
		{"probe: the committee in what is said", "en", "", kordofan + "The army said that South Sudan's mediation committee would meet on Monday.", "ceasefire.mediators",
			nil},
		{"probe: a mediator body named without a word of mediation", "en", "", kordofan + "The truce takes effect at 2200 GMT, ECCAS said.", "ceasefire.mediators",
			nil},
	})
}
