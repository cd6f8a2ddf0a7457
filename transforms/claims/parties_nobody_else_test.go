package claims

// «ولا أحد سواهما», «لا أحد غيرهما» ("and nobody but the two of them", lexicon "only") after a
// list of sides makes it exhaustive, as "and nobody else" does in English: «إن طرفي الاتفاق هما
// الحكومة النيجرية وجبهة تحرير آير وأزواغ «ولا أحد سواهما»» (agadez ag_024). A bare dual copula
// («X وY هما الضامنان للاتفاق», haiti ht_032, gorongosa gr_016) stays open: gold writes it as a
// plain set.

import "testing"

func TestPartiesNobodyElse(t *testing.T) {
	runCases(t, []mechanismCase{
		{"parties copula and nobody but them, Arabic", "ar", pubTueAr, "قال لمين بوزيد إن طرفي الاتفاق هما الحكومة النيجرية وجبهة تحرير آير وأزواغ «ولا أحد سواهما»، وإن الحديث عن طرف روسي «لا أساس له».", "ceasefire.parties",
			[]string{"only:flaa,nigerien_government@lamine_bouzid"}},
		{"nobody other than them, Arabic", "ar", pubTueAr, "قال لمين بوزيد إن طرفي الاتفاق هما الحكومة النيجرية وجبهة تحرير آير وأزواغ ولا أحد غيرهما.", "ceasefire.parties",
			[]string{"only:flaa,nigerien_government@lamine_bouzid"}},
		{"and nobody else, English", "en", pubTue, "Lamine Bouzid said the parties to the agreement are the Nigerien government and the FLAA and nobody else.", "ceasefire.parties",
			[]string{"only:flaa,nigerien_government@lamine_bouzid"}},
		// Near misses: an open list stays a plain set.
		{"parties copula, open, Arabic", "ar", pubTueAr, "قال لمين بوزيد إن طرفي الاتفاق هما الحكومة النيجرية وجبهة تحرير آير وأزواغ.", "ceasefire.parties",
			[]string{"flaa,nigerien_government@lamine_bouzid"}},
		{"list then dual copula, open, Arabic", "ar", pubTueAr, "قالت زينب عمر بيلو إن مجلس إمارة مارو ومجلس العلماء هما الضامنان لاتفاق السلام.", "ceasefire.guarantors",
			[]string{"maru_emirate,zamfara_ulama_council@zainab_umar_bello"}},
		{"not only, English", "en", pubTue, "Lamine Bouzid said the parties to the agreement are not only the Nigerien government and the FLAA.", "ceasefire.parties",
			nil},
	})
}
