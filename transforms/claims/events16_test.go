package claims

import (
	"slices"
	"testing"

	"github.com/tanaqud/tanaqud/schemas"
)

// analyzeOne runs the extractor on one English or Arabic text and returns its claims.
func analyzeOne(t *testing.T, x *Extractor, text string) []Claim {
	t.Helper()
	lang := "en"
	if ar, latin := scriptCounts(text, 100); ar > latin {
		lang = "ar"
	}
	cs := x.Analyze(schemas.Article{ID: "t", Lang: lang, Text: text}).Claims
	if len(cs) == 0 {
		t.Fatalf("no claims in %q", text)
	}
	return cs
}

// The event an article is keyed to is where its truce is: a front the truce is said to extend
// to, or the home of an actor it covers, is not; the two states a truce is "between" are, read as
// a list of names however long ("the Republic of Armenia and the Republic of Azerbaijan"), but
// not a place that follows the list.
func TestEventKeyOfTruceSidesAndFronts(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct{ name, text, want string }{
		// covered fronts of any truce and covered actors' homes
		{"covered actor's home is not the theatre",
			"The ceasefire in Syria took effect on Monday and covers Hezbollah in Lebanon, a Syrian official said.", "syria"},
		{"covered actor's home is not the theatre (ar)",
			"دخل وقف إطلاق النار في سوريا حيز التنفيذ يوم الاثنين وهو يشمل حزب الله في لبنان، بحسب مسؤول سوري.", "syria"},
		{"a front any truce must cover is not the theatre",
			"Damascus insists that any truce must cover the fronts in Lebanon, Syrian President Bashar al-Assad said. The ceasefire in Syria took effect on Monday.", "syria"},
		// negative probes: the truce's own ground stays placed
		{"a truce placed in its country is still placed",
			"A ceasefire in Yemen took effect on Monday, the Houthis said.", "yemen"},
		{"a truce in a city of the war is still placed",
			"The truce in Taiz took effect at midnight, residents said.", "yemen"},
		{"areas a truce covers are its ground",
			"The Houthis said the truce covers their positions in Yemen and took effect on Monday.", "yemen"},
		{"a place a truce leaves out is its ground",
			"The ceasefire took effect on Monday but excludes the fighting in Taiz, the Houthis said.", "yemen"},
		{"an actor covered in a country not its own: the country is the ground",
			"The truce covers the Houthis in Syria and took effect on Monday, Bashar al-Assad said.", "syria"},
		// the sides of a truce between states
		{"a place after the list of sides is not a side",
			"A truce between Turkey and the SDF in Syria took effect on Monday, officials said.", "syria"},
		{"a state and a group place nothing; the mediator is no side",
			"A truce between Israel and Hamas mediated by Egypt took effect in Gaza on Monday, officials said.", "palestine"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := analyzeOne(t, x, tc.text)[0].Event; got != tc.want {
				t.Errorf("%s\nevent %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// betweenStates reads the sides of a truce as a chain of names: two states, however long
// their names, both count as placed; a group, a place after a locative or a name after
// punctuation ends the list.
func TestBetweenStatesChain(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		want       []string // countries scored by betweenStates, sorted
	}{
		{"two short names", "A truce between Armenia and Azerbaijan took effect.", []string{"armenia", "azerbaijan"}},
		{"long names", "The ceasefire between the Islamic Republic of Iran and the State of Israel took effect.", []string{"iran", "israel"}},
		{"state and group", "A truce between Israel and Hamas mediated by Egypt took effect.", nil},
		{"a place after a locative", "A truce between Turkey and the SDF in Syria took effect.", nil},
		{"a name after punctuation", "A truce between Turkey and the SDF, Russia said, took effect.", nil},
		{"two states (ar)", "دخلت الهدنة بين روسيا وأوكرانيا حيز التنفيذ.", []string{"russia", "ukraine"}},
		{"a state, a group and a mediator (ar)", "دخلت الهدنة بين إسرائيل وحماس برعاية مصر حيز التنفيذ.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sc := x.getScratch()
			defer x.putScratch(sc)
			var ac articleContext
			lang := "en"
			if ar, latin := scriptCounts(tc.text, 100); ar > latin {
				lang = "ar"
			}
			x.resolveMentions(sc, schemas.Article{ID: "t", Lang: lang, Text: tc.text}, &ac)
			score := map[string]int{}
			for _, si := range ac.infos {
				betweenStates(ac.l, si, si.hitsOf(catCeasefire), score)
			}
			got := sortedKeys(score)
			if len(got) == 0 {
				got = nil
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("%s\nstates %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// A state whose gazetteer role is a third party's (Iran guarantees Syria's truces) but which
// the article names as an actor ties the war to it, for joining events over the corpus; it
// never keys the article.
func TestThirdPartyStateTiesTheWar(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		tied       bool // iran among the war countries
	}{
		{"named as an actor", "The ceasefire in Syria took effect on Monday, Iran said.", true},
		// negative probes: a state cast as guarantor or mediator stays a third party
		{"cast as guarantor", "Russia, Turkey and Iran will guarantee the ceasefire in Syria, which took effect on Monday.", false},
		{"cast as mediator", "The ceasefire in Syria, mediated by Iran, took effect on Monday.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs := analyzeOne(t, x, tc.text)
			if got := cs[0].Event; got != "syria" {
				t.Errorf("%s\nevent %q, want syria", tc.text, got)
			}
			if got := slices.Contains(cs[0].WarCountries, "iran"); got != tc.tied {
				t.Errorf("%s\nwar countries %v: iran among them %v, want %v", tc.text, cs[0].WarCountries, got, tc.tied)
			}
		})
	}
}

// An unplaced article is keyed to its own actors' country, not to the allies a truce is said to
// cover where their home is named ("covers Hezbollah in Lebanon and the Houthis in Yemen").
func TestEventKeyIgnoresCoveredAllies(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct{ name, text, want string }{
		{"covered allies with their homes",
			"The ceasefire, Bashar al-Assad said, covers Hezbollah in Lebanon and the Houthis in Yemen.", "syria"},
		{"covered allies with their homes (ar)",
			"وقال بشار الأسد إن الهدنة تشمل حزب الله في لبنان وأنصار الله في اليمن.", "syria"},
		// negative probes: an actor that is not said to be covered still counts
		{"an actor speaking from its home",
			"The Houthis in Yemen said the ceasefire agreed on Tuesday will hold.", "yemen"},
		{"an actor after the coverage clause",
			"The ceasefire covers the whole country. Houthi spokesman Yahya Sharaf al-Din in Yemen said it will hold.", "yemen"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := analyzeOne(t, x, tc.text)[0].Event; got != tc.want {
				t.Errorf("%s\nevent %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
