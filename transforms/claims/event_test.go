package claims

import (
	"testing"

	"github.com/tanaqud/tanaqud/schemas"
)

// An article that places its truce nowhere is compared within the country its own actors
// belong to; third parties (mediators, the UN) place nothing, and a tie goes to the first
// country alphabetically, as the theatre's does.
func TestEventOfUnplacedArticle(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct{ name, text, want string }{
		{"placed by its theatre", "A ceasefire between the Houthis and the Yemeni government took effect in Hodeidah on Tuesday, Yahya Sharaf al-Din said.", "yemen"},
		{"unplaced, a side's spokesman", "The ceasefire agreed on Tuesday will hold, Houthi spokesman Yahya Sharaf al-Din said.", "yemen"},
		{"unplaced, the mediator only", "The ceasefire agreed on Tuesday will hold, Oman said.", unplaced},
		{"unplaced, two countries' actors tie", "The ceasefire agreed on Tuesday will hold, Yahya Sharaf al-Din and Bashar al-Assad said.", "syria"},
		{"unplaced, a capital acting for its side", "The ceasefire agreed on Tuesday will hold, Sanaa said.", "yemen"},
		{"unplaced, a foreign capital commenting does not outvote a side", "The ceasefire agreed on Tuesday will hold, Houthi spokesman Yahya Sharaf al-Din said. Riyadh has not commented.", "yemen"},
		{"unplaced, a joint mention of two armies stands for each", "وقال الجيشان السوري والتركي إن الهدنة تستمر ثلاثين يوماً.", "syria"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lang := "en"
			if ar, latin := scriptCounts(tc.text, 100); ar > latin {
				lang = "ar"
			}
			cs := x.Analyze(schemas.Article{ID: "t", Lang: lang, Text: tc.text}).Claims
			if len(cs) == 0 {
				t.Fatalf("no claims in %q", tc.text)
			}
			if got := cs[0].Event; got != tc.want {
				t.Errorf("%s\nevent %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
