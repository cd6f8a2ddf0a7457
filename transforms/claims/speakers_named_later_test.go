package claims

// Speakers named by a title and a name, by an indefinite description that a later sentence
// names, and by a quote box signed on the line under it.

import "testing"

const sudanLeadEn = "KHARTOUM, July 15 - The Sudanese army and the RSF have agreed to a truce in El Fasher"

// TestTitleRightBeforeName: a title that another event's file gives its holder, right before a
// person's name, is that person's title ("المبعوث الشخصي للأمين العام مختار سانيه").
func TestTitleRightBeforeName(t *testing.T) {
	runCases(t, []mechanismCase{
		{"english title then the name", "en", "", "El Fasher truce holds. The Secretary-General's personal envoy Moctar Sane welcomed the truce in El Fasher.", "ceasefire.status",
			[]string{"in_force@outlet", "agreed@moctar_sane"}},
		{"arabic title then the name", "ar", "", "اتفق الجيش وقوات الدعم السريع على هدنة في الفاشر يوم الخميس. وأشاد المبعوث الشخصي للأمين العام مختار سانيه بالهدنة التي رعاها الاتحاد الأفريقي.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@moctar_sane"}},
		// Negative probes: the title alone keeps its holder; a name set off by a comma is
		// another speaker's.
		{"the title alone", "en", "", "El Fasher truce holds. The Secretary-General's personal envoy welcomed the truce in El Fasher.", "ceasefire.status",
			[]string{"in_force@outlet", "agreed@pietro_lanzani"}},
		{"arabic title alone", "ar", "", "اتفق الجيش وقوات الدعم السريع على هدنة في الفاشر يوم الخميس. وأشاد المبعوث الشخصي للأمين العام بالهدنة التي رعاها الاتحاد الأفريقي.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@pietro_lanzani"}}, // as in English: the welcomer's clause on the truce
	})
}

// TestIndefiniteDescriptionNamedLater: "..., a PA security spokesman said" in a wire lead is
// the spokesman of that body the next sentences name.
func TestIndefiniteDescriptionNamedLater(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a spokesman named a paragraph on", "en", "", sudanLeadEn + ", an RSF spokesman said on Sunday.\n\nThe truce takes effect at 6 a.m., Mubarak al-Tijani told reporters.", "ceasefire.status",
			[]string{"agreed@mubarak_al_tijani"}},
		// Negative probes (Sudan, Gaza): another noun than the title's; a spokesman of another
		// body; a definite description (anaphoric, not named later); nobody named later.
		{"a commander is not the spokesman", "en", "", sudanLeadEn + ", an RSF commander said on Sunday.\n\nThe truce takes effect at 6 a.m., Mubarak al-Tijani told reporters.", "ceasefire.status",
			[]string{"agreed@rapid_support_forces"}},
		{"a spokesman of another body", "en", "", sudanLeadEn + ", an army spokesman said on Sunday.\n\nThe truce takes effect at 6 a.m., Mubarak al-Tijani told reporters.", "ceasefire.status",
			[]string{"agreed@sudanese_armed_forces"}},
		{"a definite description", "en", "", sudanLeadEn + ", the RSF spokesman said on Sunday.\n\nLater, Mubarak al-Tijani told reporters the army had broken it.", "ceasefire.status",
			[]string{"agreed@rapid_support_forces"}},
		{"nobody named later", "en", "", "GAZA, May 3 - Hamas and Israel have agreed to a truce, a Hamas spokesman said on Sunday.", "ceasefire.status",
			[]string{"agreed@hamas"}},
	})
}

// TestQuoteBoxSignedOnNextLine: "«...».\n— Name, title": the signature on the line under a quote
// box is the speaker of the box, and of a sentence in it that goes on with "وأضاف أن".
func TestQuoteBoxSignedOnNextLine(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic box signed on the next line", "ar", "", "قالوا\n«لن نسلّم سلاحنا. الأمم المتحدة هي وحدها من سيراقب الهدنة في الحديدة».\n— أحمد العوضي، وزير الإعلام", "ceasefire.monitors",
			[]string{"only:un@ahmed_al_awadi"}},
		{"a sentence going on with he added", "ar", "", "قالوا\n«لن نسلّم سلاحنا». وأضاف أن الأمم المتحدة هي وحدها من سيراقب الهدنة في الحديدة، «وليس أي جهة أخرى».\n— أحمد العوضي، وزير الإعلام", "ceasefire.monitors",
			[]string{"only:un@ahmed_al_awadi"}},
		// Negative probes: a paragraph attributed to someone else keeps its speaker; a dash line
		// two lines down signs nothing above the blank line.
		{"an attributed paragraph keeps its speaker", "ar", "", "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في الحديدة. وقال الحوثيون إن الأمم المتحدة هي وحدها من سيراقب الهدنة «في الحديدة».\n— أحمد العوضي، وزير الإعلام", "ceasefire.monitors",
			[]string{"only:un@houthis"}},
		{"a signature past a blank line", "ar", "", "قالوا\n«الأمم المتحدة هي وحدها من سيراقب الهدنة في الحديدة».\n\n— أحمد العوضي، وزير الإعلام", "ceasefire.monitors",
			[]string{"only:un@outlet"}},
	})
}

// TestShortNameOfAPersonNamedOutright: "The truce, Sissoko said, binds ..." after "Boubacar
// Sissoko": the short name (a context alias) is that person's, whatever the person's country; a
// capitalized name the gazetteer does not know stays the verb's subject, not the names after it.
func TestShortNameOfAPersonNamedOutright(t *testing.T) {
	runCases(t, []mechanismCase{
		{"short name after the full name", "en", "", "The African Union's commissioner, Boubacar Sissoko, said monitoring would be carried out by the AU. The truce, Sissoko said, binds the Sudanese Armed Forces and the Rapid Support Forces.", "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@boubacar_sissoko"}},
		// Negative probes (Sudan): the short name alone resolves to no one, and the forces
		// after the verb do not speak; plain officials are sources.
		{"short name alone", "en", "", "KHARTOUM - The army and the RSF agreed to a truce in El Fasher. The truce, Sissoko said, binds the Sudanese Armed Forces and the Rapid Support Forces.", "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@outlet", "rapid_support_forces,sudanese_armed_forces@outlet"}},
		{"officials said", "en", "", "KHARTOUM - The army and the RSF agreed to a truce in El Fasher. Officials said the truce binds the Sudanese Armed Forces and the Rapid Support Forces.", "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@outlet", "rapid_support_forces,sudanese_armed_forces@sources"}},
	})
}
