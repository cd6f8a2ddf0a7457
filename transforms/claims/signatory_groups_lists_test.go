package claims

// Lists of signers:
//   - "put their names to", "put its name to", "initialled" sign (lexicon signatory_groups cues;
//     bangui bg_014, chad cd_007, kirkuk kk_035, bamenda bm_009); names before the verb are one
//     list joined by commas and conjunctions, an "only" before it makes it exhaustive;
//   - the imperfect «يوقّع» after a negation and an exceptive («لم يوقّعه سوى X وY», kirkuk kk_021,
//     zamfara zf_020, chad cd_024, kadugli kd_035, mindanao mn_026), with a context alias that
//     stands in the list beside a group named outright or an army or government («إلا الجبهة
//     ومجلس مقاومة تيبستي», «إلا القوات المسلحة والحركة الشعبية»);
//   - a focus phrase after a signer already named singles out some of an earlier plural
//     («الجماعات غير المشمولة باتفاق السلام الذي وقّعته حكومة الولاية، ولا سيما عصابة دوغو
//     مايكوانا», zamfara zf_008);
//   - an "only" word far from a "between" list, in another predicate, restricts something else
//     (bangui bg_007 "a mediation undertaken exclusively by the Angolan Head of State").

import "testing"

func TestSignatoryGroupsLists(t *testing.T) {
	runCases(t, []mechanismCase{
		{"only before a list that put their names to", "en", pubTue, "According to Djibrine, only the 3R, the MPC and the FPRC put their names to the ceasefire document.", "ceasefire.signatory_groups",
			[]string{"only:fprc,mpc_car,three_r@issa_djibrine"}},
		{"one group put its name", "en", pubTue, "\"Only the FNRT put its name to the ceasefire text,\" the minister told reporters.", "ceasefire.signatory_groups",
			[]string{"only:fnrt@outlet"}},
		{"negated imperfect with an exceptive, Arabic", "ar", pubTueAr, "صمد وقف إطلاق النار في كركوك يوم الاثنين. وقال إن الاتفاق لم يوقّعه سوى الجيش العراقي والبيشمركة.", "ceasefire.signatory_groups",
			[]string{"only:iraqi_army,peshmerga@outlet"}},
		{"a context alias listed with a named group, Arabic", "ar", pubTueAr, "صمد وقف إطلاق النار في تيبستي يوم الاثنين. وقال قورومي إن الاتفاق لم يوقّعه إلا الجبهة ومجلس مقاومة تيبستي.", "ceasefire.signatory_groups",
			[]string{"only:crt,fnrt@zakaria_barkai_gouroumi"}},
		{"probe: a context alias in a description is no signer", "en", pubTue, "The ceasefire was signed by the 3R, the UPC, the MPC, the FPRC and the anti-balaka wing of the coalition.", "ceasefire.signatory_groups",
			[]string{"anti_balaka,fprc,mpc_car,three_r,upc_car@outlet"}},
		{"probe: a focus phrase past the signer, Arabic", "ar", pubTueAr, "أكد مقر قيادة الدفاع أن العمليات العسكرية في ولاية زامفارا مستمرة ضد الجماعات غير المشمولة باتفاق السلام الذي وقّعته حكومة الولاية، ولا سيما عصابة دوغو مايكوانا.", "ceasefire.signatory_groups", nil},
		{"probe: only in a later predicate", "en", pubTue, "The ceasefire reached tonight between the Central African government and the CPC coalition, at the end of talks hosted by Luanda, is the fruit of a mediation undertaken exclusively by the Angolan Head of State.", "ceasefire.parties",
			[]string{"central_african_government,cpc@outlet"}},
	})
}
