package claims

// «رغم صمود الهدنة» (despite the truce holding; lexicon cue "رغم صمود", object "truce_after")
// presupposes that the truce holds: in force, as "despite the truce holding" already reads in
// English (kufra kf_013: «ولا يزال السوق مغلقاً رغم صمود الهدنة لليوم الثاني»). The noun
// صمود alone is no such statement: the holding is what something depends on («مرهون بصمود
// الهدنة»: abyei, basra, sahara), what efforts are to ensure («لضمان صمود الهدنة»: afpak), a
// condition or threat of it («شرط أساسي لصمود الهدنة», «تهديد لصمود الهدنة»: caucasus, sinjar).

import "testing"

func TestDespiteTheTruceHolding(t *testing.T) {
	const lead = "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في الحديدة يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"arabic despite the truce holding", "ar", "", lead + "ولا يزال السوق مغلقاً رغم صمود الهدنة لليوم الثاني.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"arabic despite the ceasefire holding, an official said", "ar", "", lead + "وقال مسؤول إن الوضع الإنساني لا يزال صعباً رغم صمود وقف إطلاق النار.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@sources"}},
		{"despite the truce holding (english)", "en", "", "The Houthis and the Yemeni government agreed a ceasefire in Hodeidah on Tuesday. The market stayed shut despite the truce holding for a second day.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		// Probes: the holding depended on, ensured, threatened; another's steadfastness.
		{"probe: arabic the holding depends on", "ar", "", lead + "ويرى محللون أن صمود الهدنة مرهون بموقف الرياض.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: arabic a return depends on the holding", "ar", "", lead + "وقالت الشركة إن عودة الموظفين مرهونة بصمود الهدنة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: arabic efforts to ensure the holding", "ar", "", lead + "وأكدت مسقط أنها ستواصل جهودها لضمان صمود الهدنة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: arabic a threat to the holding", "ar", "", lead + "ويرى محللون أن الانسحاب أكبر تهديد لصمود الهدنة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: arabic despite the fighters' steadfastness", "ar", "", lead + "وتواصل القصف رغم صمود المقاتلين في المدينة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}
