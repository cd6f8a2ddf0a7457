package claims

// A party saying it did not sign (Arabic لم + jussive of وقّع, which is also the verb "to
// expect" in the imperfect, so only the negated form is a cue) denies the agreement; a denial in
// a relative clause set off by commas, or one the sentence follows with the text the speaker did
// sign, says who signed, not whether; the signature that follows is the speaker's agreed (a finite
// verb of signing, "only" or not: shared convention, stop 18, as blacksea bs_005).

import "testing"

func TestStatusUnsignedArabic(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic did not sign the agreement", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إنها لم توقّع على الاتفاق.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@yemeni_government"}},
		{"arabic did not sign any agreement, quoted", "ar", "", yemenLeadAr + "وقال الحوثيون إنهم \"لم يوقّعوا أي اتفاق\" مع الحكومة.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@houthis"}},
		{"arabic the expectation verb is no signature", "ar", "", yemenLeadAr + "وتوقّع الحوثيون وصول المساعدات إلى الحديدة بموجب الاتفاق.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic a relative clause on who did not sign", "ar", "", yemenLeadAr + "وقال حزب الإصلاح، الذي لم يوقّع على الاتفاق، إنه سيلتزم به.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic denied with one side, signed with another", "ar", "", yemenLeadAr + "وشدد المتحدث باسم الحوثيين على أن الجماعة \"لم توقّع أي وثيقة مع الحكومة\"، موضحاً أن النص الذي وقّعته وقّعه طرفان فقط.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@houthis"}},
		{"denied with one side, the text another signed", "en", "", yemenLead + "The Houthis said they had not signed any document with the government, and that the text Saudi Arabia signed binds only Riyadh.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@houthis"}},
		{"a denial stands past a later free relative", "en", "", r14aLead + "The government said it had not signed the agreement and accused the Houthis of lying about what was agreed.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@yemeni_government"}},
		{"a denial stands past a clause agreeing to nothing", "en", "", r14aLead + "The Houthis said they did not sign the truce, and that the government agreed to nothing.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@houthis"}},
	})
}

func TestStatusAttributiveInForceAndNegotiated(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic a breach of the truce in force", "ar", "", yemenLeadAr + "وقال الحوثيون إن القصف على الحديدة الليلة الماضية «خرق فاضح» للهدنة السارية.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@houthis"}},
		{"hammered out over two days of talks", "en", "", yemenLead + "The deal was hammered out over two days of talks in Muscat.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@outlet"}},
		{"clinched a truce", "en", "", "Oman said on Wednesday it had clinched a truce between the Houthis and the Yemeni government.", "ceasefire.status",
			[]string{"agreed@oman"}},
	})
}

// TestStatusPronounObjectAndBrokerNoun: a pronoun object closing the clause stands for the
// agreement named before ("put their names to it"), unless the signature is denied; the noun
// "brokers" (shipping brokers, "the sole broker") is no brokering.
// r14aLead and r14aDraft set a pronoun object two sentences after the truce, after a sentence
// naming a draft (review 14a): only the pronoun rule could read the agreement there.
const (
	r14aLead  = "The Houthis and the Yemeni government agreed to a ceasefire in Hodeidah on Tuesday. Fighting had raged in Hodeidah and across Yemen for weeks. "
	r14aDraft = "A draft agreement on prisoners was circulated on Monday. "
)

func TestStatusPronounObjectAndBrokerNoun(t *testing.T) {
	runCases(t, []mechanismCase{
		{"put their names to it", "en", "", "Oman brokered a truce in Hodeidah on Tuesday. Five armed factions put their names to it.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@outlet"}},
		{"did not sign it is no denial of the agreement", "en", "", "Oman brokered a truce in Hodeidah on Tuesday. Iran did not sign it, nor any annex to it, its ministry said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"have yet to sign it is no signature", "en", "", r14aLead + r14aDraft + "The Houthis have yet to sign it.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"urged to sign it", "en", "", r14aLead + r14aDraft + "The UN urged both sides to sign it.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"a question", "en", "", r14aLead + r14aDraft + "Will the Houthis sign it?", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"a conditional", "en", "", r14aLead + r14aDraft + "The Houthis would sign it, a source said, if the blockade were lifted.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"a draft named before is no concluded agreement", "en", "", r14aLead + r14aDraft + "The Houthis signed it.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"an agreement named before without a verb", "en", "", r14aLead + "The Hodeidah deal, in brief: a halt to attacks on the port and safe passage for aid. Five armed factions put their names to it.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@outlet"}},
		{"both sides signed it", "en", "", r14aLead + "The text of the Hodeidah deal was published on Wednesday. Both sides signed it, the UN said.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@un"}},
		{"a clock time before is no year", "en", "", r14aLead + "The truce takes effect at 2100 GMT on Wednesday. The Houthis signed it.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@outlet"}},
		{"an earlier year's agreement, a free relative subject", "en", "", r14aLead + "The 2015 Geneva agreement collapsed. Few remember who signed it.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"brokers as a noun", "en", "", yemenLead + "Brokers said shipowners would want to see the deal hold for several weeks.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"helped broker the truce", "en", "", "Oman said on Wednesday it had helped broker the truce between the Houthis and the Yemeni government.", "ceasefire.status",
			[]string{"agreed@oman"}},
	})
}
