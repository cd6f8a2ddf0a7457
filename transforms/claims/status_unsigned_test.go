package claims

// A party saying it did not sign (Arabic لم + jussive of وقّع, which is also the verb "to
// expect" in the imperfect, so only the negated form is a cue) denies the agreement; a denial in
// a relative clause set off by commas, or one the sentence follows with the text the speaker did
// sign, says who signed, not whether.

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
			[]string{"agreed@outlet"}},
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
func TestStatusPronounObjectAndBrokerNoun(t *testing.T) {
	runCases(t, []mechanismCase{
		{"put their names to it", "en", "", "Oman brokered a truce in Hodeidah on Tuesday. Five armed factions put their names to it.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@outlet"}},
		{"did not sign it is no denial of the agreement", "en", "", "Oman brokered a truce in Hodeidah on Tuesday. Iran did not sign it, nor any annex to it, its ministry said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"brokers as a noun", "en", "", yemenLead + "Brokers said shipowners would want to see the deal hold for several weeks.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"helped broker the truce", "en", "", "Oman said on Wednesday it had helped broker the truce between the Houthis and the Yemeni government.", "ceasefire.status",
			[]string{"agreed@oman"}},
	})
}
