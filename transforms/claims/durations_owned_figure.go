package claims

import "slices"

// A side's own figure for the truce's length, named by a figure noun that side owns, is that
// side's account of the length, as "X says N days" is: "the same article said the initiative
// lasts 60 days; the government's figure is 40 days", "The state government's figure of three
// months", "contradicting the U.N. envoy's figure of 90 days", "the ten-day figure is the
// RSF's", "The U.N.'s thirty-day clock runs out in mid-April", and in Arabic's construct
// «تقدير الجيش أربعون يوماً». The figure nouns (lexicon figure_nouns: figure, tally, count,
// estimate, clock, number; تقدير، رقم، حساب) own nothing alone ("the figure is higher", "a
// ten-day figure"), so a span is the owner's only in one of three frames:
//   - owner's NOUN [of | copula] SPAN: "the government's figure is 40 days";
//   - owner's SPAN NOUN: "the U.N.'s thirty-day clock";
//   - SPAN NOUN copula [the] owner's, ending the clause: "the ten-day figure is the RSF's";
//   - Arabic: NOUN OWNER SPAN, the owner in construct right after the noun.
// The owner is a name that can speak (a body, a force, a state, a person; not a place).

// figureOwnerOf: the id of the side owning the span ne (its unit ending at end) through a figure
// noun, "" when none.
func (ac *articleContext) figureOwnerOf(si *sentInfo, ne numExpr, end int) string {
	fw := &ac.l.fw
	if len(fw.figureNouns) == 0 {
		return ""
	}
	isNoun := func(k int) bool { return k >= 0 && k < len(si.toks) && fw.figureNouns[si.tokText(k)] }
	// owner's NOUN [of | copula] SPAN
	for _, n := range []int{ne.start - 1, ne.start - 2} {
		if !isNoun(n) {
			continue
		}
		if n == ne.start-2 {
			t := si.tokText(n + 1)
			if !fw.copulas[t] && !si.tokIn(n+1, classMeasureConnector, fw.measureConnectors) {
				continue
			}
		}
		if m, ok := ac.possessiveOwnerBefore(si, n); ok {
			return ac.ownerID(si, m)
		}
	}
	// Arabic construct: «تقدير الجيش أربعون يوماً», the owner between noun and span (a
	// language without possessive clitics).
	if m, ok := si.mentionEndingAt(ne.start); ok && len(fw.possessives) == 0 && m.start >= 1 && isNoun(m.start-1) && ac.speakingMention(m) {
		return ac.ownerID(si, m)
	}
	if !isNoun(end) {
		return ""
	}
	// owner's SPAN NOUN: "the U.N.'s thirty-day clock"
	if m, ok := ac.possessiveOwnerBefore(si, ne.start); ok {
		return ac.ownerID(si, m)
	}
	// SPAN NOUN copula [the] owner's: "the ten-day figure is the RSF's"
	k := end + 1
	if !fw.copulas[si.tokText(k)] {
		return ""
	}
	k++
	m, ok := si.mentionAt(k)
	if !ok && fw.definiteArticles[si.tokText(k)] {
		k++
		m, ok = si.mentionAt(k)
	}
	if !ok || m.start < k-1 || !hasAnySuffix(si.tokText(m.end-1), fw.possessives) || !ac.speakingMention(m) {
		return ""
	}
	if m.end < len(si.toks) && !si.toks[m.end].punct {
		return "" // "the ten-day figure is the RSF's own estimate": the clause goes on
	}
	return ac.ownerID(si, m)
}

// possessiveOwnerBefore: a name that can speak, marked possessive, ends right before token k:
// "the government's figure", also with the clitic split off after an abbreviation's stop ("the
// U.N.'s thirty-day clock": "U.N." "'" "s").
func (ac *articleContext) possessiveOwnerBefore(si *sentInfo, k int) (mention, bool) {
	fw := &ac.l.fw
	end := k
	if si.pluralPossessive(k - 1) {
		end = k - 1 // "by the rebels' count"
	} else if !fw.possessiveBefore(si, k) {
		if k < 2 || !slices.Contains(fw.possessives, si.tokText(k-2)+si.tokText(k-1)) {
			return mention{}, false
		}
		end = k - 2
	}
	m, ok := si.mentionEndingAt(end)
	if !ok || !ac.speakingMention(m) {
		return mention{}, false
	}
	return m, true
}

// ownerID: the speaker the owner's mention names (a title its holder, a context alias its
// body), "" when none.
func (ac *articleContext) ownerID(si *sentInfo, m mention) string {
	if e := ac.speakerOf(si, m); e != nil {
		return e.ID
	}
	return ""
}

// ownedFigureSpanAt reads a span of the truce's length that only its owner's figure noun frames
// (rule duration.owned_figure): in an article about a truce, a counted span, not negated, not an
// increment nor the time elapsed, owned by a side.
func (ac *articleContext) ownedFigureSpanAt(si *sentInfo, ne numExpr) (draft, bool) {
	if !ac.ceasefire || questionSentence(si) || negatedAt(si, ne.start) || deniedAt(si, ne.start) {
		return draft{}, false
	}
	h, ok := ac.unitAfterCount(si, ne)
	if !ok || ac.incrementAround(si, ne.start, h.end) || ac.elapsedSpan(si, ne.start) {
		return draft{}, false
	}
	agent := ac.figureOwnerOf(si, ne, h.end)
	if agent == "" {
		return draft{}, false
	}
	d := durationDraft(ne.low, ne.high, ac.l.durUnits[h.idx], ne.start)
	d.rule, d.agent = "duration.owned_figure", agent
	return d, true
}

// ownedFigureBefore: a span owned by a side's figure noun starts before pos: the sentence has
// told a side's length, so a bare number held after it counts the same unit ("The U.N.'s
// thirty-day clock runs out in mid-April; the Houthis still count sixty").
func (ac *articleContext) ownedFigureBefore(si *sentInfo, pos int) bool {
	if len(ac.l.fw.figureNouns) == 0 || !si.has[catDurUnit] {
		return false
	}
	for _, ne := range ac.parseNumbers(si) {
		if ne.start >= pos {
			continue
		}
		if h, ok := ac.unitAfterCount(si, ne); ok && ac.figureOwnerOf(si, ne, h.end) != "" {
			return true
		}
	}
	return false
}
