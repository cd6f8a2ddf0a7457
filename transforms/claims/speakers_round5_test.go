package claims

// Fifth round of speaker and set constructions, on sentences written for the purpose: the
// agency that carries a statement is no speaker ("في بيان نقلته وكالة"), "بحسب قوله" goes back
// to the one quoted before, a verbal noun in م- with ta marbuta is no participle of saying, a
// guarantee of aid names no guarantor, "verified by" names monitors, and Arabic sponsorship
// verbs with an object pronoun ("ترعاها") or a noun of hosting ("بضيافة") name sponsors.

import "testing"

func TestSpeakerCarrierAndPronounSource(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the agency that carried the statement is no speaker", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية في بيان نقلته وكالة الأنباء السعودية إن الاتفاق يشمل تبادل الأسرى بين الطرفين.", "ceasefire.exchange",
			[]string{"prisoners=included@yemeni_government"}},
		{"a statement to a channel carried by an agency: the minister speaks", "ar", "", yemenLeadAr + "وأوضح وزير الإعلام أحمد العوضي، في تصريح لقناة محلية نقلته وكالة الأنباء السعودية، أن الاتفاق يشمل تبادل الأسرى.", "ceasefire.exchange",
			[]string{"prisoners=included@ahmed_al_awadi"}},
		{"according to his words: the one quoted before", "ar", "", yemenLeadAr + "وقال أحمد العوضي إن الهدنة صامدة.\nغير أن الحكومة ترى، بحسب قوله، أن الاتفاق يشمل تبادل الأسرى لدى الحوثيين.", "ceasefire.exchange",
			[]string{"prisoners=included@ahmed_al_awadi"}},
	})
}

func TestSetCuesRound5(t *testing.T) {
	runCases(t, []mechanismCase{
		{"guaranteeing aid access names no guarantor", "en", "", yemenLead + "Compliance will be verified by the United Nations and Oman, the statement said, adding that both sides would guarantee humanitarian access to Hodeidah.", "ceasefire.guarantors",
			nil},
		{"verified by names the monitors", "en", "", yemenLead + "Compliance will be verified by the United Nations and Oman, the statement said.", "ceasefire.monitors",
			[]string{"oman,un@outlet"}},
		{"arabic talks sponsored by, verb with object pronoun", "ar", "", yemenLeadAr + "ومن المنتظر أن تنطلق في مسقط الشهر المقبل جولة جديدة من المحادثات ترعاها الأمم المتحدة.", "talks.sponsors",
			[]string{"un@outlet~expected"}},
	})
}

func TestSpeakerScopeRound5(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a parenthetical adverb between the subject and the verb", "en", "", yemenLead + "A senior Omani official, however, said the prisoner exchange was not part of the agreement.", "ceasefire.exchange",
			[]string{"prisoners=not_included@oman"}},
		{"an abbreviation's full stop does not cut a closing attribution", "en", "2026-02-01T10:00:00Z", yemenLead + "A second round of talks is due in Muscat on Feb. 23, Omani officials said.", "talks.venue",
			[]string{"muscat@oman"}},
		{"a relative clause naming a thing is no attribution", "en", "", yemenLead + "The port of Ras Isa, which the Houthis call the Red Sea Gate, is not part of it, a senior Omani official said.", "ceasefire.exclusions",
			[]string{"ras_isa=excluded@oman"}},
		{"a participle after a quotation keeps the speaker carried over, not a name quoted", "en", "", yemenLead + "\"The truce covers Hodeidah,\" the Houthis said. \"The only guarantors of this process are Oman and the United Nations,\" it continued, describing Qatar as a country that \"accompanies\" the talks.", "ceasefire.guarantors",
			[]string{"only:oman,un@houthis"}},
		{"arabic a relative clause right on the object of welcomed is the outlet's", "ar", "", "رحبت سلطنة عمان باتفاق وقف إطلاق النار الذي تم التوصل إليه بين الحكومة اليمنية والحوثيين.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"arabic merely is no according to", "ar", "", yemenLeadAr + "وقال العوضي إن الحكومة أوقفت الرد فحسب، مؤكداً أن الهدنة لا تشمل تنظيم القاعدة.", "ceasefire.exclusions",
			[]string{"aqap=excluded@ahmed_al_awadi"}},
		{"arabic bi-an is a complementizer: the name after it is no subject", "ar", "", yemenLeadAr + "وتتمسك الحكومة اليمنية بأن سلطنة عمان دولة ضامنة للاتفاق، بينما يرفض العوضي أي دور آخر.", "ceasefire.guarantors",
			[]string{"oman@yemeni_government"}},
	})
}

func TestSetCuesRound5More(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic no guarantor of this deal but X and Y", "ar", "", yemenLeadAr + "وأضاف العوضي: \"لا نعترف بضامن لهذا الاتفاق سوى سلطنة عمان والأمم المتحدة، ولا مكان لإيران\".", "ceasefire.guarantors",
			[]string{"only:oman,un@ahmed_al_awadi"}},
		{"a name outside the quotation is no member; the participle has its clause's subject", "ar", "", yemenLeadAr + "ويرفض العوضي أي دور إيراني، قائلاً في مقابلة تلفزيونية إن \"الضامن الوحيد المقبول لدينا هو الأمم المتحدة وحدها في نهاية المطاف\".", "ceasefire.guarantors",
			[]string{"only:un@ahmed_al_awadi"}},
		{"borders with states are no sponsors of talks", "en", "", yemenLead + "The truce was agreed at the close of the talks.\nIt covers the districts along the borders with Oman and Saudi Arabia.", "talks.sponsors",
			nil},
	})
}

func TestPartiesAndSignersRound5(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a bracketed acronym does not end a list of three sides", "en", "", "The truce between the Yemeni government and the Houthi movement (Ansar Allah) and the Giants Brigades will take effect at midnight, Oman said.", "ceasefire.parties",
			[]string{"giants_brigades,houthis,yemeni_government@oman"}},
		{"arabic one side, comma, and the other sides", "ar", "", "وقالت سلطنة عمان إن وقف إطلاق النار بين الحكومة اليمنية من جهة، والحوثيين وألوية العمالقة من جهة أخرى، يبدأ منتصف الليل.", "ceasefire.parties",
			[]string{"giants_brigades,houthis,yemeni_government@oman"}},
		{"only before the head noun of an appositive list of signers", "en", "", yemenLead + "Only the delegations of the two sides, the Houthis and the Yemeni government, signed the text, according to an Omani official.", "ceasefire.signatory_groups",
			[]string{"only:houthis,yemeni_government@oman"}},
	})
}
