package claims

import "testing"

// TestStanceNamingVerbs: verbs of naming and listing (lexicon stance_verbs: name, list) state
// their subject's reading of the terms in the stance frame (a name as subject, an object, a
// role marker opening a term), as "counts X as guarantors" does: "the FNRT names Qatar alone as
// guarantor" is the FNRT's, not Doha's whose "according to" ends the clause before. The shape of
// the blind-time errors of chad cd_021 ("the FNRT names Qatar alone") and ituri it_019 ("CODECO
// names the AU only"), whose bare objects are not read yet; the frame appears in aden ad_017
// ("lists the government, the STC and the Giants Brigades as parties and names Saudi Arabia as
// guarantor", a document's). Not: a verb with no role marker, or one opening no term ("named a
// new commander as the truce took effect").
func TestStanceNamingVerbs(t *testing.T) {
	runCases(t, []mechanismCase{
		{"names X alone as guarantor, after another's according to", "en", "",
			"The Chad truce is guaranteed by Qatar and the African Union, according to Doha; the FNRT names Qatar alone as guarantor.",
			"ceasefire.guarantors", []string{"african_union,qatar@qatar", "only:qatar@fnrt"}},
		{"lists two states as guarantors", "en", "",
			"Ankara lists Russia and Qatar as guarantors of the truce.",
			"ceasefire.guarantors", []string{"qatar,russia@turkey"}},
		// Near misses.
		{"named a commander as the truce began: as opens a time clause", "en", "",
			"The army named a new commander as the truce took effect at midnight on Tuesday.",
			"ceasefire.start_time", []string{"unresolved:Wed 00:00@outlet"}},
	})
}
