package claims

// "between itself and X", "المبرم بينها وبين X" (lexicon cue object "self", parties_us.go):
// the pronoun stands for the body who speaks, else for the side named nearest before it; the
// bare "between" at the same token is not read again (its names would run on past X). mitiga
// mt_023 (Arabic, the ministry speaks) and mt_040 (English, the outlet speaks).

import "testing"

func TestPartiesBetweenItselfAndX(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the announcer and X, Arabic", "ar", pubTueAr, "أعلنت وزارة الدفاع بحكومة الوحدة الوطنية أن اتفاق وقف إطلاق النار المبرم بينها وبين جهاز الردع يسري لمدة ثلاثين يوماً.", "ceasefire.parties",
			[]string{"gnu_defence_ministry,radaa@gnu_defence_ministry"}},
		{"the subject and X, the outlet speaking", "en", pubTue, "The defence ministry presents the ceasefire as one between itself and Radaa, since the brigade formally answers to the chief of staff.", "ceasefire.parties",
			[]string{"gnu_defence_ministry,radaa@outlet"}},
		{"probe: between them, no second side", "ar", pubTueAr, "أعلنت وزارة الدفاع أن الخلافات بينها لا تمس اتفاق وقف إطلاق النار.", "ceasefire.parties", nil},
		{"probe: denied", "ar", pubTueAr, "نفت وزارة الدفاع أن يكون اتفاق وقف إطلاق النار قد أبرم بينها وبين جهاز الردع.", "ceasefire.parties", nil},
	})
}
