package claims

import "testing"

// TestInterviewAnswers: the unattributed answers of a question-and-answer article are the
// person's its first sentence opens on. Near misses: a single rhetorical question makes no
// interview; a paragraph after the answers, not right after a question, is the outlet's; an
// answer's sentence with an attribution of its own keeps it.
func TestInterviewAnswers(t *testing.T) {
	const ituri = "Mariam Diallo Sangaré, the African Union's special envoy for the Great Lakes, spoke to The Lakeside Review in Nairobi. Q: Who mediated the Kampala agreement? A: The African Union and Uganda, together. Q: CODECO says its detainees will be freed under the deal. A: Detainees are not part of this ceasefire. That question belongs to the political talks. Q: Can the army hit back if attacked? A: No party may retaliate on its own. Violations go to the Joint Verification Team."
	const chad = "Government spokesman Haroun Abdelkerim Saleh answered readers' questions. Does the agreement free FNRT prisoners? \"No. Prisoner releases are not part of this ceasefire; they belong to the political dialogue.\" Who mediated? \"Qatar, and Qatar alone. The African Union attended as an observer.\""
	runCases(t, []mechanismCase{
		{"ituri: Q and A labels; the third party a question quotes keeps its words", "en", "", ituri, "ceasefire.exchange",
			[]string{"prisoners=included@codeco", "prisoners=not_included@mariam_sangare"}},
		{"ituri: an answer's second sentence", "en", "", ituri, "ceasefire.monitors",
			[]string{"ituri_jvt@mariam_sangare"}},
		{"chad: quoted answers after questions", "en", "", chad, "ceasefire.exchange",
			[]string{"prisoners=not_included@haroun_abdelkerim_saleh"}},
		// Near misses.
		{"one rhetorical question makes no interview", "en", "", "Mariam Diallo Sangaré, the African Union's special envoy for the Great Lakes, visited Bunia on Monday. Will the truce hold? Detainees are not part of this ceasefire.", "ceasefire.exchange",
			[]string{"prisoners=not_included@outlet"}},
		{"a paragraph after the answers is the outlet's", "en", "", chad + "\n\nPrisoner releases are not part of this ceasefire, the Qatari mediators said last week. Detainees remain held in N'Djamena.\n\nThe Chad Tribune reported earlier. Detainees are not part of this ceasefire.", "ceasefire.exchange",
			[]string{"prisoners=not_included@haroun_abdelkerim_saleh", "prisoners=not_included@qatar", "prisoners=not_included@outlet"}},
	})
}
