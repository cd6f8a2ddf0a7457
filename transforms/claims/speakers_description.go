package claims

// inSpeakerDescription: pos lies in a relative clause on the name of a person who is one of the
// sentence's own speakers, with no verb of saying in it, right after the name or after an appositive of a few words on it ("said Rana Kassab,
// one of the five MPs who brokered the deal", "Governor al-Kinani, who brokered the deal with
// the sheikhs' committee, tells reporters"): the outlet describes the speaker there; the speaker
// says nothing of it.
func (ac *articleContext) inSpeakerDescription(si *sentInfo, pos int) bool {
	if !si.has[catRelPron] || len(si.attrs) == 0 {
		return false
	}
	for _, m := range si.ents {
		if m.end > pos {
			break
		}
		// A person's description; a body's relative clause ("IGAD, which is acting as a
		// guarantor, said") is the body's own account of itself.
		if m.e.Type != "person" || !speakerEligible(m) || !ac.speaksInSentence(si, m) {
			continue
		}
		// The relative pronoun: right after the name's comma, or closing an appositive of at
		// most eight words set off by that comma.
		if !isComma(si.tokText(m.end)) {
			continue
		}
		rel := -1
		for k := m.end + 1; k < pos && k <= m.end+9; k++ {
			if si.startsAt(catRelPron, k) {
				rel = k
				break
			}
			if si.toks[k].punct || si.startsAt(catAttrVerb, k) {
				break
			}
		}
		if rel < 0 || pos <= rel || commaIn(si, rel, pos) || si.boundaryIn(rel, pos) || ac.sayingIn(si, rel, pos) {
			continue // "X، الذي أكد أن ...", "..., which said it began": a saying, not a description
		}
		return true
	}
	return false
}

// speaksInSentence: the name at m is who one of the sentence's attributions gives as speaker.
func (ac *articleContext) speaksInSentence(si *sentInfo, m mention) bool {
	sp := ac.speakerOf(si, m)
	if sp == nil {
		return false
	}
	for _, s := range ac.speakers[si.idx] {
		if s != nil && s.ID == sp.ID {
			return true
		}
	}
	return false
}

// sayingIn: a verb of saying starts in [from, to).
func (ac *articleContext) sayingIn(si *sentInfo, from, to int) bool {
	for _, h := range hitsStartingIn(si.hitsOf(catAttrVerb), from, to-1) {
		if h.start < to {
			return true
		}
	}
	return false
}

// asideAttribution: the attribution at token at stands inside an aside, between two spaced
// dashes or in parentheses, past the sentence's first words (a live entry's "18:05 -" opens
// none), and pos lies outside it ("everyone kidnapped during the fighting - seven
// people in all, according to the Red Cross - is to be freed"): the source vouches for the
// aside only.
func asideAttribution(si *sentInfo, at, pos int) bool {
	open, close := -1, -1
	for k := at - 1; k >= 4 && k >= at-15; k-- {
		t := si.tokText(k)
		if t == ")" {
			return false // "at noon (0900 GMT), the Houthis said": the aside closed before it
		}
		if spacedDash(si, k) || t == "(" {
			open = k
			break
		}
	}
	// A dash that closes an earlier aside opens none: "The truce - the first in months - will
	// last 72 hours, the Houthis said - ...".
	if open < 0 || si.tokText(open) != "(" && spacedDashesBefore(si, open)%2 == 1 {
		return false
	}
	want := si.tokText(open)
	for k := at + 1; k < len(si.toks) && k <= at+15; k++ {
		if t := si.tokText(k); want == "(" && t == ")" || want != "(" && spacedDash(si, k) {
			close = k
			break
		}
	}
	return close > 0 && (pos < open || pos > close)
}

// spacedDashesBefore counts the spaced dashes before token k past the sentence's first words
// (a live entry's "18:05 -" is no aside's).
func spacedDashesBefore(si *sentInfo, k int) int {
	n := 0
	for j := 4; j < k; j++ {
		if spacedDash(si, j) {
			n++
		}
	}
	return n
}

// spacedDash: token k is a dash with space on both sides, not the hyphen of "Basra-Amara".
func spacedDash(si *sentInfo, k int) bool {
	if k < 1 || k+1 >= len(si.toks) || !isDash(si.tokText(k)) {
		return false
	}
	return si.toks[k-1].end < si.toks[k].start && si.toks[k].end < si.toks[k+1].start
}

// pronounClauseOpensBefore: in (pos, at) a comma opens a clause with a conjunction and a subject
// pronoun ("، وهي منطقة لم يشملها الاتفاق بحسب قيادة الجيش": ", which is an area ..."), at most
// eight tokens before the attribution at at, with no comma after it: the source named at the
// end of that clause speaks for it, not for the main clause more than four tokens before.
func (ac *articleContext) pronounClauseOpensBefore(si *sentInfo, pos, at int) bool {
	fw := &ac.l.fw
	for k := max(pos+1, at-8); k < at; k++ {
		t := si.tokText(k)
		if !isComma(si.tokText(k-1)) || t == fw.withoutConjunction(t) || !fw.subjectPronouns[fw.withoutConjunction(t)] {
			continue
		}
		return k-pos > 4 && !commaIn(si, k, at)
	}
	return false
}
