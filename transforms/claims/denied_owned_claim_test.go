package claims

// A denied content noun with a named owner ("rejected CODECO's claim that 40 detainees would be
// freed", ituri it_038; "dismissed CODECO's claim that the truce runs for ninety days", ituri
// it_027; "rejecting Damascus's claim that ...", hermel hm_010; «رفضت الحكومة مزاعم الحوثيين
// بأن ...», the owner in the genitive) is also the owner's own
// account, said by the owner, beside the denier's negated reading. Content with no owner
// ("rejected reports that"), an adjective owner ("Houthi claims"), a rejected proposal and a
// dismissal of something other than the truce's terms give no owner's claim.

import "testing"

func TestOwnedClaimDismissed(t *testing.T) {
	const lead = "Both governments agreed to a ceasefire in Hodeidah on Tuesday. "
	const leadAr = "اتفقت الحكومة اليمنية والحوثيون على هدنة في الحديدة يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"a named side's claim of a prisoner release rejected", "en", "", lead + "The government on Wednesday rejected Sanaa's claim that 40 detainees would be freed under the ceasefire.", "ceasefire.exchange",
			[]string{"prisoners=not_included@yemeni_government", "prisoners=included@houthis"}},
		{"rejecting a claim after the speaker's own statement", "en", "", lead + "The truce says nothing on detainees, the government said on Thursday, rejecting Sanaa's claim that prisoners would be released under the truce.", "ceasefire.exchange",
			[]string{"prisoners=not_included@yemeni_government", "prisoners=included@houthis"}},
		{"a named side's claim of a length dismissed", "en", "", lead + "The government dismissed Sanaa's claim that the truce runs for ninety days.", "ceasefire.duration",
			[]string{"90@houthis"}},
		// Arabic: the owner in the genitive after the content noun, then the complementizer.
		{"a named side's allegations of a prisoner release rejected, Arabic", "ar", "", leadAr + "ورفضت الحكومة مزاعم الحوثيين بأن الاتفاق يشمل الإفراج عن الأسرى.", "ceasefire.exchange",
			[]string{"prisoners=not_included@outlet", "prisoners=included@houthis"}},
		{"a named side's claims of a length rejected, Arabic", "ar", "", leadAr + "ورفضت الحكومة ادعاءات الحوثيين بأن الهدنة تمتد تسعين يوماً.", "ceasefire.duration",
			[]string{"90@houthis"}},
		{"a named side's allegations of an exclusion rejected, Arabic", "ar", "", leadAr + "ورفضت الحكومة مزاعم الحوثيين بأن الهدنة لا تشمل تعز.", "ceasefire.exclusions",
			[]string{"taiz=excluded@houthis"}},
		{"a capital's allegations of an exclusion rejected, Arabic", "ar", "", leadAr + "ورفضت الحكومة مزاعم صنعاء بأن تعز مستثناة من الهدنة.", "ceasefire.exclusions",
			[]string{"taiz=excluded@houthis"}},
		{"reports of an exclusion with no owner denied, Arabic", "ar", "", leadAr + "ونفت الحكومة الأنباء عن أن تعز مستثناة من الهدنة.", "ceasefire.exclusions",
			[]string{"taiz=not_excluded@yemeni_government"}},
		{"reports with no owner denied, Arabic", "ar", "", leadAr + "ونفت الحكومة الأنباء عن أن الاتفاق يشمل الإفراج عن الأسرى.", "ceasefire.exchange",
			[]string{"prisoners=not_included@outlet"}},
		{"an adjective owner, Arabic", "ar", "", leadAr + "ورفضت الحكومة مزاعم حوثية بأن الاتفاق يشمل الإفراج عن الأسرى.", "ceasefire.exchange",
			[]string{"prisoners=not_included@outlet"}},
		{"a proposal rejected, Arabic", "ar", "", leadAr + "ورفضت الحكومة اقتراح الحوثيين بأن تمتد الهدنة تسعين يوماً.", "ceasefire.duration",
			nil},
		// Probes: no owner, an adjective owner, a rejected proposal, a denial of the deed.
		{"reports rejected: the denier's alone", "en", "", lead + "The government rejected reports that 40 detainees would be freed under the ceasefire.", "ceasefire.exchange",
			[]string{"prisoners=not_included@yemeni_government"}},
		{"adjective claims rejected: the denier's alone", "en", "", lead + "The government rejected Houthi claims that 40 detainees would be freed under the ceasefire.", "ceasefire.exchange",
			[]string{"prisoners=not_included@yemeni_government"}},
		{"reports of a length dismissed: no length", "en", "", lead + "The government dismissed reports that the truce runs for ninety days.", "ceasefire.duration",
			nil},
		{"an earlier deal's terms in the owned claim", "en", "", lead + "The government dismissed Sanaa's claim that the 2018 Stockholm Agreement had freed 40 detainees.", "ceasefire.exchange",
			nil},
		{"a proposal rejected", "en", "", lead + "The government rejected Sanaa's proposal to extend the truce.", "ceasefire.exchange",
			nil},
	})
}
