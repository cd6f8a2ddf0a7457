package claims

import "github.com/tanaqud/tanaqud/schemas"

// speakerOfNounBefore: "the officer said" after "a Lebanese army officer in Tripoli told the
// Herald": the definite noun takes up the unnamed speaker an earlier sentence of the paragraph
// introduced with that noun, next to its verb of saying (within six tokens), and speaks as that
// sentence's attribution resolved it (the army for "a Lebanese army officer").
func (ac *articleContext) speakerOfNounBefore(i int, noun string) *schemas.Entity {
	noun = foldCue(noun)
	if runeLen(noun) < 3 {
		return nil
	}
	for j := i - 1; j >= 0 && j >= i-4 && ac.sameParagraph(j, i); j-- {
		si := ac.infos[j]
		for k := len(si.attrs) - 1; k >= 0; k-- {
			sp := ac.speakers[j][k]
			if sp == nil || sp == outletVoice || sp == earlierVoice || sp == personPronoun || sp == thingPronoun {
				continue
			}
			at := si.attrs[k].pos
			// After a verb whose subject is named before it the noun is in what was said:
			// "Russia's defence ministry said a Ukrainian commander had surrendered".
			last := at + 6
			if nameEndsBefore(si, at, 6) {
				last = at
			}
			for t := max(at-6, 0); t < len(si.toks) && t <= last; t++ {
				if foldCue(si.tokText(t)) == noun {
					return sp
				}
			}
		}
	}
	return nil
}

// nameEndsBefore: a gazetteer name ends within n tokens before pos, with no punctuation between.
func nameEndsBefore(si *sentInfo, pos, n int) bool {
	for _, m := range si.ents {
		if m.end <= pos && pos-m.end <= n && !punctIn(si, m.end, pos) {
			return true
		}
	}
	return false
}
