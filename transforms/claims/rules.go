package claims

import (
	"strconv"
)

// draft is a claim found by a rule, before speaker, labels and ids are filled in.
type draft struct {
	topic, subject, value string
	low, high             float64
	members               []string
	exhaustive            bool
	pos                   int    // token the claim hangs on (speaker, modality)
	modality              string // "" = look it up at pos
	rule                  string
	inferred              bool
}

// claimsOf runs every topic rule on one sentence. Background sentences (earlier or other
// agreements) carry no claims about this ceasefire.
func (ac *articleContext) claimsOf(si *sentInfo) []Claim {
	if si.bg || len(si.toks) == 0 || ac.earlierYear(si) {
		return nil
	}
	var ds []draft
	ds = append(ds, ac.exclusionRule(si)...)
	ds = append(ds, ac.statusRule(si)...)
	ds = append(ds, ac.scopeRule(si)...)
	ds = append(ds, ac.setRules(si)...)
	ds = append(ds, ac.partiesRule(si)...)
	ds = append(ds, ac.numberRules(si)...)
	ds = append(ds, ac.timeRules(si)...)
	ds = append(ds, ac.slotRules(si)...)
	ds = append(ds, ac.withdrawalRule(si)...)
	ds = append(ds, ac.venueRule(si)...)
	ds = append(ds, ac.signatoryGroupsRule(si)...)
	return ac.finalize(si, ds)
}

// ceasefireContext: the sentence is about a ceasefire (names one, or an agreement in an
// article about one).
func (ac *articleContext) ceasefireContext(si *sentInfo) bool {
	if si.has[catCeasefire] || (si.has[catAgreement] && ac.ceasefire) {
		return true
	}
	// A short item under a ceasefire header ("- يشمل جميع المدن") continues its topic.
	for k := si.s.Index - 1; k >= 0 && k >= si.s.Index-4; k-- {
		prev := ac.infos[k]
		if len(si.toks) > 12 {
			break
		}
		if prev.has[catCeasefire] && len(prev.toks) <= 12 {
			return true
		}
		if len(prev.toks) > 12 {
			break
		}
	}
	return false
}

// previousNamesAgreement: the sentence before names the ceasefire or the agreement, so a
// pronoun here ("وأوضح أنه يسري على ...") refers to it.
func (ac *articleContext) previousNamesAgreement(si *sentInfo) bool {
	if si.s.Index == 0 || !ac.ceasefire {
		return false
	}
	prev := ac.infos[si.s.Index-1]
	return prev.has[catCeasefire] || prev.has[catAgreement]
}

// nearCeasefire: a ceasefire (or agreement) noun within window tokens of pos, same clause.
func (ac *articleContext) nearCeasefire(si *sentInfo, pos, window int) bool {
	for _, h := range si.hits {
		if h.cat != catCeasefire && !(h.cat == catAgreement && ac.ceasefire && !ac.insideTalks(si, h)) {
			continue
		}
		a, b := h.end, pos
		if h.start > pos {
			a, b = pos, h.start
		}
		if b-a > window {
			continue
		}
		blocked := false
		for k := a; k < b; k++ {
			if si.boundary[k] {
				blocked = true
			}
		}
		if !blocked {
			return true
		}
	}
	return false
}

// ceasefireNounWithin: a ceasefire noun starts or ends within n tokens of pos.
func (ac *articleContext) ceasefireNounWithin(si *sentInfo, pos, n int) bool {
	for _, h := range si.hitsOf(catCeasefire) {
		if (h.end <= pos && pos-h.end <= n) || (h.start > pos && h.start-pos <= n) {
			return true
		}
	}
	return false
}

// insideTalks: an agreement noun that is part of a talks noun ("اتفاق سلام", peace deal).
func (ac *articleContext) insideTalks(si *sentInfo, h hit) bool {
	for _, t := range si.hitsOf(catTalks) {
		if t.start <= h.start && h.end <= t.end {
			return true
		}
	}
	return false
}

// directObjectCeasefire: a ceasefire noun follows pos with only names, report words, times and
// punctuation in between ("أعلن الجيش في بيان له الخميس وقفاً للعمليات").
func (ac *articleContext) directObjectCeasefire(si *sentInfo, pos int) bool {
	for k := pos; k < len(si.toks) && k < pos+10; k++ {
		if _, ok := si.hitAt(catCeasefire, k); ok {
			return true
		}
		if si.toks[k].punct {
			continue
		}
		if m, ok := si.mentionAt(k); ok {
			k = m.end - 1
			continue
		}
		if h, ok := si.hitAt(catReportNoun, k); ok {
			k = h.end - 1
			continue
		}
		if _, ok := si.hitAt(catWeekday, k); ok {
			continue
		}
		if _, ok := si.hitAt(catRelDay, k); ok {
			continue
		}
		return false
	}
	return false
}

// earlierYear: the sentence names a year before the article's: an earlier agreement.
func (ac *articleContext) earlierYear(si *sentInfo) bool {
	pub, ok := ac.published()
	if !ok {
		return false
	}
	for _, t := range si.toks {
		if t.number && len(t.text) == 4 {
			if y, err := strconv.Atoi(t.text); err == nil && y > 1900 && y < pub.Year() {
				return true
			}
		}
	}
	return false
}

// cuesOf returns the topic cue hits of a topic in a sentence, skipping those inside traps.
func (ac *articleContext) cuesOf(si *sentInfo, topic string) []hit {
	t, ok := ac.l.topics[topic]
	if !ok {
		return nil
	}
	if si.cueStart == nil {
		// Group the sentence's topic cues by topic once (a counting sort keeps token order).
		all := si.hitsOf(catTopicCue)
		si.cueStart = make([]int32, len(ac.l.topics)+1)
		for _, h := range all {
			if !isTrapped(si, h) {
				si.cueStart[ac.l.cueTopic[h.idx]+1]++
			}
		}
		for k := 1; k < len(si.cueStart); k++ {
			si.cueStart[k] += si.cueStart[k-1]
		}
		si.cueHits = make([]hit, si.cueStart[len(si.cueStart)-1])
		next := append([]int32(nil), si.cueStart...)
		for _, h := range all {
			if !isTrapped(si, h) {
				k := ac.l.cueTopic[h.idx]
				si.cueHits[next[k]] = h
				next[k]++
			}
		}
	}
	return si.cueHits[si.cueStart[t]:si.cueStart[t+1]]
}

// collectForward gathers mentions after from, following lists (، و - / and) until the clause
// ends, another cue of kind stop starts, or window tokens pass without a member.
func collectForward(si *sentInfo, from, window int, ok func(mention) bool, stop func(int) bool) []mention {
	var out []mention
	last := from
	for i := from; i < len(si.toks); i++ {
		if i-last > window {
			break
		}
		if si.boundary[i] && i > from {
			break
		}
		if stop != nil && i > from && stop(i) {
			break
		}
		if m, found := si.mentionAt(i); found {
			if ok(m) {
				out = append(out, m)
				last = m.end
			}
			i = m.end - 1
		}
	}
	return out
}

// collectBackward gathers mentions before pos within window tokens, stopping at boundaries.
func collectBackward(si *sentInfo, pos, window int, ok func(mention) bool) []mention {
	var out []mention
	for k := len(si.ents) - 1; k >= 0; k-- {
		m := si.ents[k]
		if m.end > pos {
			continue
		}
		if pos-m.start > window {
			break
		}
		blocked := false
		for i := m.end; i < pos; i++ {
			if si.boundary[i] {
				blocked = true
			}
		}
		if blocked {
			break
		}
		if ok(m) {
			out = append(out, m)
		}
	}
	return out
}

// nearestGroup keeps, of mentions collected backwards (nearest first), the first run whose
// members are at most three tokens apart: "روسيا وتركيا ... ضامنتين" but not a name from an
// earlier clause.
func nearestGroup(ms []mention) []mention {
	for k := 1; k < len(ms); k++ {
		if ms[k-1].start-ms[k].end > 3 {
			return ms[:k]
		}
	}
	return ms
}

// gapTokens counts the words between from and to that are not the cue's own frame: commas,
// quotes, agreement nouns and a parenthetical attribution ("، بحسب إعلان موسكو،").
func (ac *articleContext) gapTokens(si *sentInfo, from, to int) int {
	n := 0
	skip := map[int]bool{}
	for _, h := range si.hitsOf(catAttrPrep) {
		if h.start >= from && h.start < to {
			end := h.end
			if m, ok := ac.mentionWithin(si, h.end, 3, true); ok {
				end = m.end
			}
			for k := h.start; k < end; k++ {
				skip[k] = true
			}
		}
	}
	for k := from; k < to; k++ {
		t := si.toks[k]
		if isComma(t.text) {
			// A parenthetical set off by commas ("، الذي رعته سلطنة عمان،") is not in the way.
			for j := k + 1; j < to; j++ {
				if isComma(si.toks[j].text) {
					k = j
					break
				}
			}
			continue
		}
		if skip[k] || t.punct {
			continue
		}
		if _, ok := si.hitAt(catAgreement, k); ok {
			continue
		}
		if _, ok := si.hitAt(catCeasefire, k); ok {
			continue
		}
		n++
	}
	return n
}
