package claims

// An article is ceasefire coverage when its text names a ceasefire; a short item ("Thailand,
// Cambodia agree ceasefire" over two sentences about "the accord") often names the truce only in
// its headline, or speaks only of "the deal" and what it provides. titleNamesCeasefire and
// agreementWithProvision read those, only for articles whose text names no ceasefire, so long
// articles pay nothing.

// titleNamesCeasefire reports whether the title holds a ceasefire noun of the language.
func (x *Extractor) titleNamesCeasefire(sc *scratch, l *language, title string) bool {
	if title == "" {
		return false
	}
	norm := x.norm.NormalizeIn(&sc.norm, title)
	first := len(sc.toks)
	sc.toks = appendTokens(sc.toks, norm.Match)
	toks := sc.toks[first:]
	defer func() { sc.toks = sc.toks[:first] }() // the sentences' tokens end before first
	local := sc.localWords(l)
	for i := range toks {
		toks[i].w = l.word(local, &toks[i])
	}
	sc.found = l.m.appendScan(sc.found[:0], toks)
	for _, h := range sc.found {
		if h.cat == catCeasefire {
			return true
		}
	}
	return false
}

// agreementWithProvision: a sentence names an agreement together with a cue of what a ceasefire
// provides (withdrawal, exchange, monitors, guarantors, scope ...: "the deal obliges
// both sides to pull back", "ينص الاتفاق على تبادل الأسرى"). A follow-up item often calls the
// truce only "the deal": such a sentence says which deal. Cues any agreement has (signed,
// agreed, between, talks, lasts, takes effect) do not count, so a trade accord does not make the article ceasefire
// coverage.
func (ac *articleContext) agreementWithProvision() bool {
	for _, si := range ac.infos {
		if !si.has[catAgreement] || !si.has[catTopicCue] {
			continue
		}
		for _, h := range si.hitsOf(catTopicCue) {
			if ac.l.provisionTopic[ac.l.cueTopic[h.idx]] {
				return true
			}
		}
	}
	return false
}

// provisionRefs are the topics whose cues say what a ceasefire provides, as opposed to cues
// that every agreement or negotiation has.
// How long and from when are not among them: any agreement lasts and takes effect.
var provisionRefs = []topicRef{refScope, refGuarantors, refMonitors, refMediators,
	refRetainedRights, refWithdrawal, refExchange, refHumanitarian}
