package claims

import "testing"

// TestPartiesLexiconForms: standard wordings of the parties classes that no development set
// uses yet (lexicon completeness, from news usage, no set's text): role nouns read with an
// appositive list ("the two sides"), a copula noun
// ("signatories of"), and "only" words closing a list ("and no other", "and none other", «ليس
// إلا», «ليس غير», «حصرياً», «دون سواهم», «دون غيرهم»). Each with a near miss: the noun with no
// list, a list of another matter, no only word. «طرفيه», «طرفيها» after إنّ and «الأطراف» need no
// entry (the matcher strips the pronoun and the article from طرفي and أطراف): kept as probes.
// Left out: "both sides" (a role noun in "detainees held by both sides since last Thursday"
// moved kirkuk kk_012's trap date into a start time) and «لا غير» (mitiga mt_028 reads
// only:brigade_444,radaa, a gold line, but its flag against the ministry's partial side is a
// false alarm over mitiga's ratchet), "the warring parties/sides" (a cue word "warring" keeps
// the paradigm forms of "war on" from being read: TestLexiconParadigms).
func TestPartiesLexiconForms(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the two sides, appositive", "en", "", "The ceasefire held overnight. The two sides, the Yemeni government and the Houthis, exchanged lists of prisoners on Monday.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"probe: the two sides with no list", "en", "", "The ceasefire held overnight. The two sides, the envoy said, will meet again on Monday.", "ceasefire.parties",
			nil},
		{"signatories of, copula", "en", "", "The signatories of the ceasefire are the Colombian government and the ELN.", "ceasefire.parties",
			[]string{"colombian_government,eln@outlet"}},
		{"probe: signatories of a letter", "en", "", "The ceasefire holds. The signatories of the letter are twelve lawmakers.", "ceasefire.parties",
			nil},
		{"and no other closes the list", "en", "", "The parties to the ceasefire are the Colombian government and the ELN and no other.", "ceasefire.parties",
			[]string{"only:colombian_government,eln@outlet"}},
		{"and none other closes the list", "en", "", "The parties to the ceasefire are Armenia and Azerbaijan, and none other.", "ceasefire.parties",
			[]string{"only:armenia,azerbaijan@outlet"}},
		{"probe: no only word", "en", "", "The parties to the ceasefire are Armenia and Azerbaijan.", "ceasefire.parties",
			[]string{"armenia,azerbaijan@outlet"}},
		{"ar: طرفيه after inna", "ar", "", "وقال المتحدث عن اتفاق وقف إطلاق النار إن طرفيه هما الجيش السوداني وقوات الدعم السريع.", "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@outlet"}},
		{"ar: طرفيها after inna", "ar", "", "وقال عن الهدنة إن طرفيها هما الحكومة اليمنية وجماعة الحوثي.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"ar: الأطراف with a copula pronoun", "ar", "", "وأوضح أن الأطراف الموقعة على اتفاق وقف إطلاق النار هي الحكومة الكولومبية وجيش التحرير الوطني.", "ceasefire.parties",
			[]string{"colombian_government,eln@outlet"}},
		{"probe: ar الأطراف called on, no list", "ar", "", "ودعا المبعوث الأطراف إلى احترام وقف إطلاق النار.", "ceasefire.parties",
			nil},
		{"ar: ليس إلا closes the list", "ar", "", "وقال إن طرفي اتفاق وقف إطلاق النار هما الجيش السوداني وقوات الدعم السريع ليس إلا.", "ceasefire.parties",
			[]string{"only:rapid_support_forces,sudanese_armed_forces@outlet"}},
		{"ar: ليس غير closes the list", "ar", "", "وقال إن طرفي اتفاق وقف إطلاق النار هما الجيش السوداني وقوات الدعم السريع ليس غير.", "ceasefire.parties",
			[]string{"only:rapid_support_forces,sudanese_armed_forces@outlet"}},
		{"ar: حصرياً closes the list", "ar", "", "وقال إن طرفي الهدنة هما الحكومة اليمنية وجماعة الحوثي حصرياً.", "ceasefire.parties",
			[]string{"only:houthis,yemeni_government@outlet"}},
		{"ar: دون سواهم closes a list of three", "ar", "", "وقال إن أطراف الهدنة هم جيش ميانمار وجيش التحالف الوطني الديمقراطي وجيش تحرير تاانغ الوطني دون سواهم.", "ceasefire.parties",
			[]string{"only:mndaa,myanmar_military,tnla@outlet"}},
		{"ar: دون غيرهم closes a list of three", "ar", "", "وقال إن أطراف الهدنة هم جيش ميانمار وجيش التحالف الوطني الديمقراطي وجيش تحرير تاانغ الوطني دون غيرهم.", "ceasefire.parties",
			[]string{"only:mndaa,myanmar_military,tnla@outlet"}},
		{"probe: ar no only word", "ar", "", "وقال إن طرفي الهدنة هما الحكومة اليمنية وجماعة الحوثي.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
	})
}
