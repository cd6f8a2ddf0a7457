package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tanaqud/tanaqud/schemas"
)

// TestClaimsCarryTheArticlesSpecificNames: every claim of an article carries the people, armed
// groups and places below a country that the article names anywhere, not only in the claim's
// sentence; countries, governments, international bodies and capitals standing for a state are
// left out, since every report of a theatre names them.
func TestClaimsCarryTheArticlesSpecificNames(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"names from other sentences",
			"Lars Eriksen met Yahya Sharaf al-Din in Muscat on Monday. The Yemeni government and the Houthis agreed a ceasefire in Hodeidah, the United Nations said. The truce excludes Hays district, Oman said.",
			[]string{"hays", "hodeidah", "houthis", "lars_eriksen", "yahya_sharaf_al_din"}},
		{"only countries and bodies",
			"The ceasefire in Yemen took effect at midnight, Oman and the United Nations said.",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs := x.Analyze(schemas.Article{ID: "ctx", Lang: "en", Text: tc.text}).Claims
			if len(cs) == 0 {
				t.Fatal("no claims: the case needs one to carry the names")
			}
			for _, c := range cs {
				if diff := cmp.Diff(tc.want, c.Context); diff != "" {
					t.Errorf("claim %s %s: context (-want +got):\n%s", c.Topic, c.Subject, diff)
				}
			}
		})
	}
}
