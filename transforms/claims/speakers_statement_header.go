package claims

import "github.com/tanaqud/tanaqud/schemas"

// A statement given under a header that names it and its author, set off by a colon, with no
// verb of saying ("Statement posted on X by Elvis Tanjong Mbah, spokesman of the Ambazonia Joint
// Command, at 10:32 p.m.: \"...\"", "Excerpt from the statement of the Ministry of Foreign
// Affairs of the Kyrgyz Republic, May 14: \"...\"", "Statement attributed to the Spokesperson for
// the Secretary-General on Haiti (excerpt): The Secretary-General welcomes ...", "بيان صادر عن
// القيادة العامة لقوات سوريا الديمقراطية: تؤكد قواتنا ...", "جاء في بيان لوزارة الدفاع اليوم:
// «...»"): what follows the colon is the author's, as a quotation after "X said:" is. The
// articles that are a statement's text as a whole are statementTextSpeaks'.

// headerMaxOpen: how far into the sentence the statement noun of a header may stand ("Excerpt
// from the statement", "The following is an extract of the ... statement").
const headerMaxOpen = 4

// statementHeader: the author a header opening sentence si names, and the position of its colon;
// nil when the sentence opens otherwise or a verb of saying comes before the colon (the verb
// names the speaker then).
func (ac *articleContext) statementHeader(si *sentInfo) (*schemas.Entity, int) {
	colon := -1
	for k, t := range si.toks {
		if t.punct && t.text == ":" {
			colon = k
			break
		}
		if k > 40 {
			break
		}
	}
	if colon < 2 || colon+1 >= len(si.toks) {
		return nil, -1
	}
	noun := -1
	for k := 0; k <= headerMaxOpen && k < colon; k++ {
		if ac.statementWordAt(si.toks, si.startsAt(catStatementNoun, k), si.startsAt(catReportNoun, k), k) {
			noun = k
			break
		}
	}
	if noun < 0 || ac.prepositionObjectAt(si, noun) {
		return nil, -1
	}
	for k := 0; k < colon; k++ {
		if si.startsAt(catAttrVerb, k) && !ac.l.fw.verbalNoun(si, k) {
			return nil, -1 // "The ministry said in a statement:": the verb's subject speaks
		}
	}
	for _, m := range si.ents {
		if m.start >= colon {
			break
		}
		if m.end <= noun+1 || !speakerEligible(m) || m.e.Type == "media" {
			continue // a mention may hold the noun ("بيان لوزارة الدفاع" as one alias)
		}
		if si.tokIn(m.start-1, classObjectPreposition, ac.l.fw.objectPrepositions) || ac.l.fw.definiteArticles[si.tokText(m.start-1)] && si.tokIn(m.start-2, classObjectPreposition, ac.l.fw.objectPrepositions) {
			continue // "Statement ... on Haiti": what the statement is about
		}
		return ac.speakerOf(si, m), colon
	}
	return nil, -1
}

// prepositionObjectAt: the noun at k is the object of a preposition ("Kyiv's answer to the
// statement of the Russian foreign ministry:", "ردا على بيان الحوثيين:"), past a definite
// article: the header names a reply to that statement, and its author is not who speaks after
// the colon.
func (ac *articleContext) prepositionObjectAt(si *sentInfo, k int) bool {
	fw := &ac.l.fw
	j := k - 1
	if fw.definiteArticles[si.tokText(j)] {
		j--
	}
	return j >= 0 && si.tokIn(j, classObjectPreposition, fw.objectPrepositions)
}

// withStatementHeader adds the attribution of a header opening sentence si at its colon, in
// token order; an attribution after it to the author's own state or body ("...: \"The Kyrgyz
// side welcomes ...\"") is the author speaking of its side, and stays the author's.
func (ac *articleContext) withStatementHeader(si *sentInfo, out []attribution) []attribution {
	author, colon := ac.statementHeader(si)
	if author == nil {
		return out
	}
	k := 0
	for k < len(out) && out[k].pos <= colon {
		k++
	}
	for j := k; j < len(out); j++ {
		if sp := out[j].speaker; sp != nil && ownSide(author, sp) {
			out[j].speaker = author
		}
	}
	return append(out[:k], append([]attribution{{pos: colon, speaker: author}}, out[k:]...)...)
}

// ownSide: sp is the state or body author acts for (its country, affiliation or what it speaks
// for).
func ownSide(author, sp *schemas.Entity) bool {
	if sp == author {
		return true
	}
	return sp.ID != "" && (author.Country == sp.ID || author.Affiliation == sp.ID || author.SpeaksFor == sp.ID)
}
