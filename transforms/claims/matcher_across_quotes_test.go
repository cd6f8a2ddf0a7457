package claims

import (
	"testing"

	"github.com/tanaqud/tanaqud/transforms/textnorm"
)

// TestCuesAcrossQuotes: a quotation mark opened or closed between two words of a phrase, a cue
// or a name, does not hide it (matcher.appendAcrossQuotes): the SoO "does not apply" to Moreh
// (manipur mp_039), it "is not concerned" by the truce (mali mal_006), to respond to "any
// aggression" (bangui bg_010), خلايا "داولة إسلامية" (mindanao mn_016), there was "no
// agreement on a ceasefire" (hormuz hz_005's wording). Only phrases whose every word is as
// written: a clitic or inflection read off a word beside a closing mark (الآن» ولم read as
// the conditional «إن لم») is no phrase.
func TestCuesAcrossQuotes(t *testing.T) {
	runCases(t, []mechanismCase{
		{"does not apply to across a closing mark", "en", "",
			`15:30 IST - The state government says the SoO "does not apply" to Moreh, where a search operation is under way.`, "ceasefire.exclusions",
			[]string{"moreh=excluded@manipur_government"}},
		{"is not concerned by across a closing mark", "en", "",
			`07:10 GMT - JNIM, the al Qaeda affiliate, said in a statement on its Az-Zallaqa channel that it "is not concerned" by the truce.`, "ceasefire.exclusions",
			[]string{"jnim=excluded@jnim"}},
		{"respond to any aggression across an opening mark", "en", "",
			`The text also allows the FACA to respond to "any aggression duly recorded by the monitors".`, "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@outlet"}},
		{"there was no agreement across an opening mark", "en", "",
			`Iran said there was "no agreement on a ceasefire".`, "ceasefire.status",
			[]string{"not_agreed@iran"}},
		{"a name across an opening mark", "ar", "",
			`نفى المتحدث باسم مقاتلي بانغسامورو أبو حمزة سالينداب أن تكون الهدنة قد استثنت ما يسميه الجيش خلايا "داولة إسلامية"، معتبراً أن "كل قرية في ماجينداناو مشمولة بالاتفاق".`, "ceasefire.exclusions",
			[]string{"dawlah_islamiyah=not_excluded@abu_hamza_salendab", "maguindanao=not_excluded@abu_hamza_salendab"}},
		// Near miss: the quotation closes a clause; the next one is no part of a phrase with it.
		{"a quoted predicate then a new clause", "ar", "",
			`وقال مصدر أمني في كويه لقناة النخيل إن الهدنة «صامدة حتى الآن» ولم تُسجَّل أي خروق منذ منتصف الليل.`, "ceasefire.status",
			[]string{"in_force@sources"}},
	})
}

// TestAcrossQuotesExactOnly: the hits appendAcrossQuotes adds span the mark, and none reads a
// word off its clitics (الآن» ولم is no «إن لم»).
func TestAcrossQuotesExactOnly(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		lang, text, want string // want: the words of a hit spanning a mark; "" for none
	}{
		{"en", `Iran said there was "no agreement on a ceasefire".`, `there was " no agreement`},
		{"ar", `إن الهدنة «صامدة حتى الآن» ولم تسجل أي خروق.`, ""},
		{"en", `"No agreement," Iran said.`, ""},
	} {
		l := x.langs[tc.lang]
		var sc scratch
		toks := appendTokens(nil, textnorm.Fold(tc.text))
		local := sc.localWords(l)
		for i := range toks {
			toks[i].w = l.word(local, &toks[i])
		}
		base := len(l.m.appendScan(nil, toks))
		all := l.m.appendAcrossQuotes(l.m.appendScan(nil, toks), toks, &acrossQuotes{})
		var got []string
		for _, h := range all {
			span := ""
			quoted := false
			for k := h.start; k < h.end; k++ {
				if k > h.start {
					span += " "
				}
				span += toks[k].text
				quoted = quoted || isQuote(toks[k].text)
			}
			if quoted {
				got = append(got, span)
			}
		}
		if tc.want == "" && (len(got) > 0 || len(all) != base) || tc.want != "" && (len(got) == 0 || got[0] != tc.want) {
			t.Errorf("%s: hits across a mark %q, want %q", tc.text, got, tc.want)
		}
	}
}
