package claims

import "testing"

// TestSignersAfterTheCue: signers named after the cue of signing (signatories_agents.go): a
// passive agent, verb-subject order past an object pronoun, a free relative, an apposition of
// "the signing sides", an exception after a negation; a state's army or government joins the
// armed group of the run. Probes: the object or partner of signing, a negated signing, the
// signature of another body, a clause opened by a complementizer.
func TestSignersAfterTheCue(t *testing.T) {
	runCases(t, []mechanismCase{
		{"english passive agent, an army with the group", "en", "", yemenLead + "The document was signed by the Giants Brigades and Yemeni government forces.", "ceasefire.signatory_groups",
			[]string{"giants_brigades,yemeni_army@outlet"}},
		{"arabic verb-subject past an object pronoun, the army by its context alias", "ar", "", "دخل وقف إطلاق النار حيز التنفيذ في شمال كيفو. ونص الاتفاق الذي وقّعه الجيش الكونغولي وحركة 23 مارس في الدوحة على فتح ممرات آمنة.", "ceasefire.signatory_groups",
			[]string{"congolese_army,m23@outlet"}},
		{"arabic free relative: who signed are the representatives of", "ar", "", yemenLeadAr + "وأكد المسؤول أن من وقّع على الاتفاق هم ممثلو القوات الحكومية اليمنية وجماعة الحوثي.", "ceasefire.signatory_groups",
			[]string{"houthis,yemeni_army@outlet"}},
		{"arabic apposition of the two signing sides", "ar", "", yemenLeadAr + "وقال المبعوث الأممي إن الوسطاء أبلغوا الطرفين الموقّعين، القوات الحكومية اليمنية والحوثيين، بضرورة الالتزام بالبنود.", "ceasefire.signatory_groups",
			[]string{"houthis,yemeni_army@un_envoy"}},
		{"arabic only two signatures after a negation", "ar", "", yemenLeadAr + "وقال المتحدث إن الوثيقة لم تحمل سوى توقيعين، توقيع القوات الحكومية اليمنية وتوقيع الحوثيين.", "ceasefire.signatory_groups",
			[]string{"only:houthis,yemeni_army@outlet"}},
		{"arabic none but two forces signed it: exhaustive with no armed group", "ar", "", "دخلت الهدنة حيز التنفيذ في كركوك. وقال إن الاتفاق لم يحمل سوى توقيع القوات العراقية وقوات البيشمركة.", "ceasefire.signatory_groups",
			[]string{"only:iraqi_army,peshmerga@outlet"}},
		{"english passive agent names two forces", "en", "", "A truce took effect in Kirkuk on Monday. The text was signed by Iraqi forces and the Peshmerga.", "ceasefire.signatory_groups",
			[]string{"iraqi_army,peshmerga@outlet"}},

		// Probes.
		{"a state after the verb is its partner, not a signer named after the cue", "en", "", "A truce took effect in Kirkuk on Monday. Officials said they signed the text with Iraqi forces.", "ceasefire.signatory_groups",
			nil},
		{"a negated passive names no signer", "en", "", yemenLead + "The document was not signed by the Giants Brigades and Yemeni government forces.", "ceasefire.signatory_groups",
			nil},
		{"arabic bound by the army's signature: the group did not sign", "ar", "", "دخل وقف إطلاق النار حيز التنفيذ في شمال كيفو. وقال المتحدث إن حركة 23 مارس ملتزمة بتوقيع الجيش الكونغولي.", "ceasefire.signatory_groups",
			nil},
		{"arabic a complementizer after the cue opens what is said", "ar", "", yemenLeadAr + "وقال إن العمالقة لا تحتاج إلى توقيع منفصل، مشدداً على أن انسحاب الحوثيين شرط أساسي.", "ceasefire.signatory_groups",
			nil},
		{"a mediator after the verb signs as a witness, not a faction", "en", "", "A truce took effect in Kirkuk on Monday. The text was signed by the UN envoy as a witness.", "ceasefire.signatory_groups",
			nil},
	})
}
