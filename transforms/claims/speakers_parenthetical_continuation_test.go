package claims

import "testing"

// TestParentheticalContinuation: "..., the statement went on" and "\"...,\" it continued" say what
// precedes them, in the voice of the one quoted before (the statement's owner); a verb of going
// on that is narration ("fighting continued", "he went on to ...", "the talks continued that
// evening") attributes nothing, and a new speaker named in between keeps speaking.
func TestParentheticalContinuation(t *testing.T) {
	const mm = "In a statement published on Thursday, the MNDAA said the truce was \"a mutual ceasefire between the Myanmar National Democratic Alliance Army, the Ta'ang National Liberation Army and the military council\". "
	const col = "\"The bilateral, temporary and national ceasefire will apply across the whole national territory,\" the statement, signed by the Central Command (COCE) and published on the group's website, said. "
	runCases(t, []mechanismCase{
		{"myanmar: the statement went on", "en", "", mm + "The agreement \"does not require our army to leave Hsenwi or any other town under our administration\", the statement went on, and prisoners of war held by both sides \"will be released in the coming days under Chinese supervision\".", "ceasefire.exchange",
			[]string{"prisoners=included@mndaa"}},
		{"myanmar: the statement went on, withdrawal", "en", "", mm + "The agreement \"does not require our army to leave Hsenwi or any other town under our administration\", the statement went on.", "ceasefire.withdrawal",
			[]string{"mndaa=not_required@mndaa"}},
		{"colombia: it continued", "en", "", col + "\"The only guarantors of this process are Cuba, Norway and Venezuela,\" it continued, describing Mexico, Brazil and Chile as countries that \"accompany\" the negotiating table.", "ceasefire.guarantors",
			[]string{"only:cuba,norway,venezuela@eln"}},
		// Near misses: narration carries no speaker; a new speaker named in between is "it".
		{"shelling continued is narration", "en", "", mm + "Shelling of Hsenwi continued, and prisoners of war held by both sides will be released in the coming days.", "ceasefire.exchange",
			[]string{"prisoners=included@outlet"}},
		{"went on to is narration", "en", "", mm + "Fighting went on to the north of Hsenwi, and prisoners of war held by both sides will be released in the coming days.", "ceasefire.exchange",
			[]string{"prisoners=included@outlet"}},
		{"a new speaker named in between is the one who continues", "en", "", mm + "The military council said the truce runs for 30 days. \"Prisoners of war held by both sides will be released,\" it continued.", "ceasefire.exchange",
			[]string{"prisoners=included@myanmar_military"}},
	})
}
