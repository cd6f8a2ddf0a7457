package claims

import "testing"

// TestSourceBody: an article whose source is a body's own channel (its name alone, or with
// channel words and places: "FLEC-FAC Information Bureau", "OCHA Iraq Flash Update") speaks in
// the body's voice in its unattributed sentences, even when the first sentence names no speaker
// (cabinda's observatory bulletin and statement, sulaymaniyah's flash update). An outlet's own
// name ("Tropic Press Agency", "Taiz Live"), a place with channel words and a sentence quoting
// someone else keep theirs.
func TestSourceBody(t *testing.T) {
	const guaranteed = "The agreement is guaranteed by Portugal and the African Union."
	runArticleCases(t, []articleCase{
		{"a body's information bureau (cabinda)", "en", "Communiqué", "FLEC-FAC Information Bureau",
			"The FLEC-FAC informs the people of Cabinda as follows. " + guaranteed, "ceasefire.guarantors",
			[]string{"african_union,portugal@flec_fac"}},
		{"a body's bulletin opening without a speaker (cabinda)", "en", "Bulletin No. 31: first days of the ceasefire", "Cabinda Civic Observatory",
			"The ceasefire has held in most of Cabinda province. Political prisoners shall be released within thirty days under the agreement.", "ceasefire.exchange",
			[]string{"prisoners=included@cabinda_civic_observatory"}},
		{"a body's statement opening with what it did (cabinda)", "en", "Statement on the detainees of Cabinda", "Cabinda Civic Observatory",
			"The Cabinda Civic Observatory has obtained a copy of the ceasefire text signed in São Tomé. " + guaranteed, "ceasefire.guarantors",
			[]string{"african_union,portugal@cabinda_civic_observatory"}},
		{"a UN agency's flash update naming the country (sulaymaniyah)", "en", "Iraq: Kurdistan Region clashes - Flash Update No. 2", "OCHA Iraq Flash Update",
			"The ceasefire announced on 10 July between the KDP and the PUK has largely held. The agreement contains no provision on humanitarian access.", "ceasefire.humanitarian",
			[]string{"aid_access=not_included@ocha"}},
		{"arabic: a body's bulletin", "ar", "بيان", "المرصد المدني لكابيندا – نشرة",
			"صمدت الهدنة في كابيندا ثلاثة أيام. وتضمن البرتغال والاتحاد الأفريقي الاتفاق.", "ceasefire.guarantors",
			[]string{"african_union,portugal@cabinda_civic_observatory"}},
		// Near misses.
		{"probe: an outlet's own name", "en", "Angola, Cabinda separatists sign ceasefire", "Tropic Press Agency",
			"The FLEC-FAC informs the people of Cabinda as follows. " + guaranteed, "ceasefire.guarantors",
			[]string{"african_union,portugal@Tropic Press Agency"}},
		{"probe: an outlet named after a place", "en", "LIVE: Cabinda truce", "Cabinda Press Office",
			guaranteed, "ceasefire.guarantors",
			[]string{"african_union,portugal@Cabinda Press Office"}},
		{"probe: the first sentence quotes someone else", "en", "Bulletin", "Cabinda Civic Observatory",
			"Government spokesman Joaquim Tchivinda said the agreement is guaranteed by the African Union alone.", "ceasefire.guarantors",
			[]string{"only:african_union@joaquim_tchivinda"}},
	})
}
