package claims

// The signers a sentence names as a part of the whole that signed ("Of the ten factions that
// signed the deal, only Fatah and Hamas ...", "زعيم إحدى الجماعات الموقّعة") are no list of the
// signatory groups; named as the predicate of that whole ("Among the seven forces that signed
// are X and Y") they are.

import "testing"

func TestSignatoriesSubset(t *testing.T) {
	lead := "Palestinian factions in Ain al-Hilweh agreed a ceasefire on Sunday. "
	leadAr := "وقّعت حكومة ولاية زامفارا اتفاق سلام مع جماعات مسلحة. "
	runCases(t, []mechanismCase{
		{"fronted partitive of the signers", "en", "", lead + "Of the ten factions that signed the deal, only Fatah and Hamas have so far sent men to the joint force.", "ceasefire.signatory_groups",
			nil},
		{"one of the factions that signed", "en", "", lead + "Fatah, one of ten factions the committee says signed the agreement, did not answer calls.", "ceasefire.signatory_groups",
			nil},
		{"arabic leader of one of the signing groups", "ar", "", leadAr + "غير أن زعيم إحدى الجماعات الموقّعة، أودو غواسكا، قال إن الاتفاق ينص على انسحاب الجيش.", "ceasefire.signatory_groups",
			nil},
		// Near misses: the names are the whole's predicate, or the signers outright.
		{"among the signers are", "en", "", lead + "Among the ten factions that signed the deal are Fatah and Hamas, the committee said.", "ceasefire.signatory_groups",
			[]string{"fatah,hamas@joint_palestinian_action_committee"}},
		{"signed outright", "en", "", lead + "Fatah and Hamas signed the deal on Sunday.", "ceasefire.signatory_groups",
			[]string{"fatah,hamas@outlet"}},
	})
}

// A statement's sign-off ("Signed: General X.") names who signed the statement, not the truce.
func TestSignatureLine(t *testing.T) {
	lead := "The JMSN and the government of Mozambique signed a ceasefire in Rome. "
	runCases(t, []mechanismCase{
		{"sign-off line", "en", "", lead + "Signed: General Januário Chivambo.", "ceasefire.signatory_groups",
			[]string{"jmsn,mozambican_government@outlet"}},
		{"arabic sign-off line", "ar", "", "وقّعت الحكومة الموزمبيقية والمجلس العسكري للجنة الوطنية اتفاق وقف إطلاق النار في روما. التوقيع: الجنرال جانواريو شيفامبو.", "ceasefire.signatory_groups",
			[]string{"jmsn,mozambican_government@outlet"}},
		// Near miss: a sentence opening on the signing verb with no colon.
		{"signed by opening a sentence", "en", "", "Signed by the JMSN and the government of Mozambique, the ceasefire took effect in Rome.", "ceasefire.signatory_groups",
			[]string{"jmsn,mozambican_government@outlet"}},
	})
}
