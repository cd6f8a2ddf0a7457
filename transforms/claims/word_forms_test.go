package claims

import "testing"

// TestTokFormsEqualsVariantLookup: a token's form classes, looked up once per word, say what
// looking each of its variants up in the fighting and fate sets says, for tokens with and
// without a word (inflected, cliticized, contracted, unknown).
func TestTokFormsEqualsVariantLookup(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{
		"en": "Shelling and violations continued; two were killed and others wounded, the army's shelling didn't stop.",
		"ar": "استمر القصف والخروقات وقتل اثنان وجرح آخرون، وبخروقات متكررة للهدنة وسقوط جرحى وقتلى.",
	}
	for code, text := range texts {
		l := x.langs[code]
		var seen formClass
		for _, t0 := range tokenize(text) {
			withWord := t0
			withWord.w = l.addWord(&t0)
			for _, tok := range []token{t0, withWord} {
				si := &sentInfo{toks: []token{tok}}
				for _, c := range []struct {
					class formClass
					set   map[string]bool
				}{{formFighting, l.fw.fightingWords}, {formFate, l.fw.fateWords}} {
					want := false
					for _, v := range tok.variants() {
						want = want || c.set[v]
					}
					if want {
						seen |= c.class
					}
					if got := si.tokForms(0, c.class, c.set); got != want {
						t.Errorf("%s %q (word %v) class %b: %v, want %v", code, tok.text, tok.w != nil, c.class, got, want)
					}
				}
			}
		}
		if seen != formFighting|formFate {
			t.Errorf("%s: the text must hold a fighting and a fate word (found classes %b)", code, seen)
		}
	}
}
