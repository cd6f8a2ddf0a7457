package claims

import "github.com/tanaqud/tanaqud/schemas"

// A clause of report opened mid-sentence by an as-marker ("took effect at midnight on
// Saturday, not in the early evening as the mediators announced, and would last three months",
// "لا عند منتصف الليل كما أعلنت الحكومة", "«لا من الساعة الثامنة كما ورد في بيان الرئاسي»") is an
// aside: the one it names said what the clause qualifies (asReportedAgent reads that), and
// after the clause the sentence's speaker speaks on, in the rest of the sentence and in the
// next one that carries the speaker over ("وأكد أن ..."). The marker must stand inside a clause
// (a word before it, no punctuation): "كما أكد الوزير أن ..." opening a sentence is "also said",
// a main attribution; where the subject comes first it stands between the marker and the verb
// ("quoted X as saying" opens no clause); and the clause reports no content of its own (no
// complementizer after its verb). After a comma the marker opens an aside only where a comma
// closes it right after the verb of saying, at most maxAsideLead words on, and a conjunct
// follows ("excludes Rafah, as Egypt announced, and covers Khan Younis"): a longer clause after a
// comma may be a report of its own ("، كما أعلنت مصر فتح المعبر"), and one inside a clause ("the
// text, as two diplomats described it, runs for a month") vouches for the whole clause.

// resumeVoice marks the end of such an aside: the speaker before it speaks again.
var resumeVoice = &schemas.Entity{}

// maxAsideLead bounds the words outside names from the attribution back to its as-marker ("as
// the joint mediators announced").
const maxAsideLead = 3

// asReportedAsideEnd: the attribution at pos opens an as-clause aside; where it ends (the next
// punctuation mark or quote, else the sentence end).
func (ac *articleContext) asReportedAsideEnd(si *sentInfo, pos int) (int, bool) {
	fw := &ac.l.fw
	marker := -1
	for k, words := pos-1, 0; k >= 0 && words < maxAsideLead; k-- {
		if inName(si, k) {
			continue // "as the SPLM-N announced": a name's words and marks are one
		}
		if si.toks[k].punct {
			break
		}
		words++
		if fw.asReportedMarkers[si.tokText(k)] {
			marker = k
			break
		}
	}
	setOff := marker >= 1 && isComma(si.tokText(marker-1)) // ", as Egypt announced,"
	if marker < 1 || si.toks[marker-1].punct && !abbreviationDot(si, marker-1) && !setOff {
		return 0, false // "6 p.m. as the PA announced" is inside its clause
	}
	if ac.l.lex.Grammar.SubjectBeforeVerb && pos-marker < 2 {
		return 0, false // "quoted X as saying": no subject between, no clause of its own
	}
	for k := pos + 1; k < len(si.toks); k++ {
		t := si.toks[k]
		if t.punct {
			return k, !setOff || isComma(t.text) && k-pos-1 <= maxAsideLead && ac.conjunctAt(si, k+1)
		}
		if si.tokIn(k, classComplementizer, fw.complementizers) {
			return 0, false // "كما أكد أن ...": it reports content of its own
		}
	}
	return len(si.toks), !setOff
}

// conjunctAt: a conjunct opens at k: a coordinator ("and") or a word carrying one («وتشمل»).
func (ac *articleContext) conjunctAt(si *sentInfo, k int) bool {
	t := si.tokText(k)
	return ac.l.fw.coordinators[t] || t != "" && ac.l.fw.withoutConjunction(t) != t
}

// withAsideEnds appends, after each attribution that opens an as-clause aside, a resumeVoice
// at the aside's end (out stays in token order: an aside ends before the next attribution, or
// the next attribution is inside it and the resume waits for it).
func (ac *articleContext) withAsideEnds(si *sentInfo, out []attribution) []attribution {
	n := len(out)
	for k := 0; k < n; k++ {
		end, ok := ac.asReportedAsideEnd(si, out[k].pos)
		if !ok || k+1 < n && out[k+1].pos <= end {
			continue
		}
		out = append(out, attribution{pos: end, speaker: resumeVoice})
	}
	if len(out) > n {
		sortAttributions(out)
	}
	return out
}

// sortAttributions puts attributions back in token order (stable: an attribution and the
// resume at its position keep their order).
func sortAttributions(out []attribution) {
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].pos < out[j-1].pos; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
}
