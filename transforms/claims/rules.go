package claims

import "sort"

// draft is a claim found by a rule, before speaker, labels and ids are filled in.
type draft struct {
	topic, subject, value string
	low, high             float64
	zoned                 bool // temporal bounds are in a known zone (Claim.Zoned)
	members               []string
	exhaustive            bool
	pos                   int    // token the claim hangs on (speaker, modality)
	modality              string // "" = look it up at pos
	rule                  string
	inferred              bool
	ownNaming             bool // the speaker's own name states it ("mediators X and Y said"): the outlet's
	// agent is who states it when not the sentence's speaker: the one who demands a term in a
	// reported demand ("قال X إن الحكومة تطالب بخروج ...": the government's demand).
	agent string // entity id
	// condition: a term set as the condition of the main clause ("unless X withdraws"), kept
	// though its clause is conditional (withdrawal_conditioned.go).
	condition bool
	// echo: a copy for the speaker who says the same in the next clause (echo_said_same.go),
	// distinct from the first speaker's claim of the same value.
	echo bool
}

// topicRules are the topic rules, in the order their drafts join a sentence's: a rule may read
// and amend the drafts of the rules before it in the same sentence (venue's sponsors join a set
// rule's).
var topicRules = [...]func(*articleContext, []draft, *sentInfo) []draft{
	(*articleContext).exclusionRule,
	(*articleContext).statusRule,
	(*articleContext).scopeRule,
	(*articleContext).setRules,
	(*articleContext).rivalSetObjects, // reads the set rules' drafts (sets_rival_object.go)
	(*articleContext).committeeMakeup, // amends the monitors drafts (monitors_committee_makeup.go)
	(*articleContext).partiesRule,
	(*articleContext).numberRules,
	(*articleContext).timeRules,
	(*articleContext).statusStartToCome, // amends the status drafts by the time rules' (status_start_to_come.go)
	(*articleContext).slotRules,
	(*articleContext).withdrawalRule,
	(*articleContext).venueRule,
	(*articleContext).rivalVenueObjects, // reads the venue drafts (venue_rival_object.go)
	(*articleContext).signatoryGroupsRule,
	(*articleContext).signersRule,
	(*articleContext).echoSaidSame, // copies the drafts of the rules above (echo_said_same.go)
}

// appendClaims runs every topic rule on the article's sentences and appends their claims to
// out, sentence by sentence. Background sentences (earlier or other agreements) carry no claims
// about this ceasefire.
//
// Each rule runs on every sentence before the next rule starts, each sentence keeping its own
// drafts: the rules' code is many times the instruction cache, and all rules in turn on one
// sentence evicted each other's code, where one rule on sentence after sentence finds its own
// still cached. Rules share no state across sentences but their own (the time rules' first
// start), lazily computed answers about the article, and a sentence's own marks, which the
// first rule's pass makes in order as before (earlierYear).
func (ac *articleContext) appendClaims(out []Claim) []Claim {
	sc := ac.sc
	n := len(ac.infos)
	ruled := carve(&sc.ruled, n)
	if cap(sc.sentDrafts) < n {
		sc.sentDrafts = append(sc.sentDrafts[:cap(sc.sentDrafts)], make([][]draft, n-cap(sc.sentDrafts))...)
	}
	ds := sc.sentDrafts[:n] // each sentence's drafts, in a buffer kept across articles
	for i, si := range ac.infos {
		ruled[i] = !si.bg && len(si.toks) > 0 && !ac.earlierYear(si)
		ds[i] = ds[i][:0]
		if ruled[i] {
			ds[i] = topicRules[0](ac, ds[i], si)
		}
	}
	for _, rule := range topicRules[1:] {
		for i, si := range ac.infos {
			if ruled[i] {
				ds[i] = rule(ac, ds[i], si)
			}
		}
	}
	for i, si := range ac.infos {
		if ruled[i] {
			out = ac.finalize(out, si, ds[i])
		}
	}
	return out
}

// ceasefireContext: the sentence is about a ceasefire (names one, or an agreement in an
// article about one).
func (ac *articleContext) ceasefireContext(si *sentInfo) bool {
	if si.has[catCeasefire] || (si.has[catAgreement] && ac.ceasefire) {
		return true
	}
	// A short item under a ceasefire header ("- يشمل جميع المدن") continues its topic, unless
	// a noun of its own heads it ("The curfew covers all of Rafah": context_own_subject.go).
	for k := si.s.Index - 1; k >= 0 && k >= si.s.Index-4 && !ownSubjectFirst(si); k-- {
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
	return ac.nounNear(si, si.hitsOf(catCeasefire), pos, window) ||
		ac.ceasefire && ac.nounNear(si, si.hitsOf(catAgreement), pos, window)
}

// nounNear: one of the nouns (a category's hits, in token order) is within window tokens of
// pos with no boundary in between. Agreement nouns inside a talks noun do not count. Only
// nouns starting in [pos-window-longest, pos+window] can be near, so a binary search skips
// the rest of a long sentence.
func (ac *articleContext) nounNear(si *sentInfo, nouns []hit, pos, window int) bool {
	return ac.nounWithin(si, nouns, pos, window, window, false)
}

// nounWithin is nounNear for nouns up to reach tokens away whose distance to pos, measured with
// every name lying wholly between counted as one token when namesAsWords (gapPastNames), is at
// most window.
func (ac *articleContext) nounWithin(si *sentInfo, nouns []hit, pos, reach, window int, namesAsWords bool) bool {
	from := pos - reach - ac.l.longest
	k := sort.Search(len(nouns), func(k int) bool { return nouns[k].start >= from })
	for ; k < len(nouns) && nouns[k].start <= pos+reach; k++ {
		h := nouns[k]
		if h.cat == catAgreement && ac.insideTalks(si, h) {
			continue
		}
		a, b := h.end, pos
		if h.start > pos {
			a, b = pos, h.start
		}
		if b-a > reach || si.boundaryIn(a, b) {
			continue
		}
		if !namesAsWords || gapPastNames(si, a, b) <= window {
			return true
		}
	}
	return false
}

// ceasefireNounWithin: a ceasefire noun starts or ends within n tokens of pos.
func (ac *articleContext) ceasefireNounWithin(si *sentInfo, pos, n int) bool {
	for _, h := range hitsStartingIn(si.hitsOf(catCeasefire), pos-n-ac.l.longest, pos+n) {
		if (h.end <= pos && pos-h.end <= n) || (h.start > pos && h.start-pos <= n) {
			return true
		}
	}
	return false
}

// insideTalks: an agreement noun that is part of a talks noun ("اتفاق سلام", peace deal).
func (ac *articleContext) insideTalks(si *sentInfo, h hit) bool {
	for _, t := range hitsStartingIn(si.hitsOf(catTalks), h.end-ac.l.longest, h.start) {
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
		if si.startsAt(catCeasefire, k) {
			return true
		}
		if n := ac.prenominalModifier(si, k); n > 0 {
			k += n - 1
			continue
		}
		if e := ac.statementAsideEnd(si, k); e > k {
			k = e // "welcomed, in a statement on Tuesday, the ceasefire"
			continue
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
		if si.startsAt(catWeekday, k) {
			continue
		}
		if si.startsAt(catRelDay, k) {
			continue
		}
		return false
	}
	return false
}

// prenominalModifier: the tokens at k are an adjective of a truce or agreement noun that
// follows at once ("the humanitarian truce", "a 72-hour ceasefire", "the ten-day truce"): a
// word of the lexicon's ceasefire_modifiers, or a hyphenated compound. It returns how many
// tokens the modifier spans (0: none).
func (ac *articleContext) prenominalModifier(si *sentInfo, k int) int {
	n := 0
	switch {
	case ac.l.fw.ceasefireModifiers[si.tokText(k)]:
		n = 1
	case k+2 < len(si.toks) && si.tokText(k+1) == "-" && !si.toks[k].punct && !si.toks[k+2].punct:
		n = 3
	default:
		return 0
	}
	if si.startsAt(catCeasefire, k+n) || si.startsAt(catAgreement, k+n) {
		return n
	}
	if m := ac.prenominalModifier(si, k+n); m > 0 && k+n+m < len(si.toks) {
		return n + m // "the new 72-hour truce"
	}
	return 0
}

// earlierYear: the sentence names a year before the article's: an earlier agreement.
func (ac *articleContext) earlierYear(si *sentInfo) bool {
	pub, ok := ac.published()
	if !ok {
		return ac.yearOfUndatedBackground(si)
	}
	for k := range si.toks {
		if y, ok := fourDigitNumber(&si.toks[k]); ok {
			if y > 1900 && y < pub.Year() && !sinceYear(&ac.l.fw, si, k) {
				// "..."، لا سيما بعد أن سجل لبنان أكثر من عشرة آلاف خرق لاتفاق عام 2024": an
				// earlier year after a comma of its clause dates only what follows that comma.
				if ac.backgroundInParenthetical(si, k) || backgroundInLaterSegment(si, k) || sinceTruceClause(&ac.l.fw, si, k) {
					continue
				}
				return true
			}
		}
	}
	return false
}

// backgroundInParenthetical: the earlier year at k sits in a phrase set off by two commas after
// which the main clause goes on with its verb ("Peace talks, stalled since August 2025, are
// expected to resume on May 28"): only that phrase is background. It marks it and says so.
func (ac *articleContext) backgroundInParenthetical(si *sentInfo, k int) bool {
	open, end := commaPhrase(si, k)
	if open < 0 || end < 0 || !ac.l.fw.copulas[si.tokText(end+1)] || ac.datesTruceBefore(si, open, end) {
		return false
	}
	markConditional(si, open, end)
	return true
}

// commaPhrase gives the commas nearest token k on either side within its clause (-1 where
// there is none): the bounds of a phrase set off by two commas.
func commaPhrase(si *sentInfo, k int) (open, end int) {
	open, end = -1, -1
	for j := k - 1; j >= 0 && !si.boundary[j]; j-- {
		if isComma(si.tokText(j)) {
			open = j
			break
		}
	}
	for j := k + 1; j < len(si.toks) && !si.boundary[j]; j++ {
		if isComma(si.tokText(j)) {
			end = j
			break
		}
	}
	return open, end
}

// markConditional marks the tokens strictly between open and end as read in no claim.
func markConditional(si *sentInfo, open, end int) {
	for j := open + 1; j < end; j++ {
		si.cond[j] = true
	}
}

// topicRef names a topic the rules are written for. New resolves each to the language's dense
// topic index once, so that rules look up a sentence's cues without hashing topic names.
type topicRef uint8

const (
	refParties topicRef = iota
	refStatus
	refWithdrawal
	refSignatoryGroups
	refSignatories
	refDuration
	refHumanitarian
	refScope
	refStartTime
	refTalksVenue
	refGuarantors
	refMonitors
	refMediators
	refTalksSponsors
	refRetainedRights
	refExchange
	numTopicRefs
)

// topicRefNames are the topic ids of the refs.
var topicRefNames = [numTopicRefs]string{
	refParties:         "ceasefire.parties",
	refStatus:          "ceasefire.status",
	refWithdrawal:      "ceasefire.withdrawal",
	refSignatoryGroups: "ceasefire.signatory_groups",
	refSignatories:     "ceasefire.signatories",
	refDuration:        "ceasefire.duration",
	refHumanitarian:    "ceasefire.humanitarian",
	refScope:           "ceasefire.scope",
	refStartTime:       "ceasefire.start_time",
	refTalksVenue:      "talks.venue",
	refGuarantors:      "ceasefire.guarantors",
	refMonitors:        "ceasefire.monitors",
	refMediators:       "ceasefire.mediators",
	refTalksSponsors:   "talks.sponsors",
	refRetainedRights:  "ceasefire.retained_rights",
	refExchange:        "ceasefire.exchange",
}

// cuesOf returns the topic cue hits of a topic in a sentence, skipping those inside traps.
// Rules ask it often, of sentences that mostly have no topic cue: that test is inlined.
func (ac *articleContext) cuesOf(si *sentInfo, ref topicRef) []hit {
	if !si.has[catTopicCue] {
		return nil // no topic cue at all: every group is empty
	}
	return ac.topicCues(si, ref)
}

// topicCues is cuesOf for a sentence with topic cues.
func (ac *articleContext) topicCues(si *sentInfo, ref topicRef) []hit {
	t := ac.l.topicOfRef[ref]
	if t < 0 {
		return nil // the lexicon has no cues for the topic
	}
	if si.cueStart == nil {
		// Group the sentence's topic cues by topic once (a counting sort keeps token order).
		// The cues kept are decided once, into a buffer kept across sentences.
		kept := ac.sc.cueKept[:0]
		si.cueStart = carve(&ac.sc.ints, len(ac.l.topics)+1)
		for _, h := range si.hitsOf(catTopicCue) {
			if !isTrapped(si, h) && !ac.idleWantedOut(si, h) && !ac.idleStayPlace(si, h) {
				kept = append(kept, h)
				si.cueStart[ac.l.cueTopic[h.idx]+1]++
			}
		}
		ac.sc.cueKept = kept
		for k := 1; k < len(si.cueStart); k++ {
			si.cueStart[k] += si.cueStart[k-1]
		}
		si.cueHits = carveDirty(&ac.sc.hits, len(kept))
		next := append(ac.sc.cueNext[:0], si.cueStart...)
		ac.sc.cueNext = next
		for _, h := range kept {
			k := ac.l.cueTopic[h.idx]
			si.cueHits[next[k]] = h
			next[k]++
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
				if si.tokText(m.end) == ")" {
					last++ // "the Ta'ang National Liberation Army (TNLA) and ...": the acronym's bracket
				}
			}
			i = m.end - 1
		}
	}
	return out
}

// collectBackward gathers mentions before pos within window tokens, stopping at boundaries.
func collectBackward(si *sentInfo, pos, window int, ok func(mention) bool) []mention {
	var out []mention
	for k := si.mentionsEndingBy(pos) - 1; k >= 0; k-- {
		m := si.ents[k]
		if pos-m.start > window {
			break
		}
		if si.boundaryIn(m.end, pos) {
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
	// skip[k-from] marks token k as part of a parenthetical attribution.
	skip := ac.sc.skip[:0]
	for _, h := range si.hitsOf(catAttrPrep) {
		if h.start >= from && h.start < to {
			end := h.end
			if m, ok := ac.mentionWithin(si, h.end, 3, true); ok {
				end = m.end
			}
			if len(skip) == 0 {
				skip = append(skip, make([]bool, to-from)...)
			}
			for k := h.start; k < end && k < to; k++ {
				skip[k-from] = true
			}
		}
	}
	ac.sc.skip = skip
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
		if len(skip) > 0 && skip[k-from] || t.punct {
			continue
		}
		if si.startsAt(catAgreement, k) {
			continue
		}
		if si.startsAt(catCeasefire, k) {
			continue
		}
		n++
	}
	return n
}

// sinceYear: a since word stands at most three tokens before the year at k ("since March 2022",
// "منذ آذار/مارس 2022"). An article right before the year and a truce noun right after it (a
// word of a name between) make it that truce's date, and "since" opens a clause about an earlier
// truce ("since a 2022 truce broke down", "since the 2018 Hodeidah agreement"), not a span
// reaching the present. Another dated noun still starts a span: "has held since the 2024 Doha
// talks".
func sinceYear(fw *functionWords, si *sentInfo, k int) bool {
	if k > 0 && (fw.definiteArticles[si.tokText(k-1)] || fw.indefiniteArticles[si.tokText(k-1)]) && truceNounAt(si, k+1, 2) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if fw.sinceWords[si.tokText(j)] {
			return true
		}
	}
	return false
}

// sinceTruceClause: the earlier year at k dates a truce in a clause "since" opens ("the first
// since a 2019 deal broke down", "since the 2018 truce collapsed"): that clause, to its comma or
// the sentence's end, tells of the earlier truce and is marked read in no claim; the clause it
// hangs on may still speak of this one ("The truce agreed on Tuesday is the first since a 2019
// deal broke down, and it is holding"). It marks the clause and says so.
func sinceTruceClause(fw *functionWords, si *sentInfo, k int) bool {
	if k == 0 || !fw.definiteArticles[si.tokText(k-1)] && !fw.indefiniteArticles[si.tokText(k-1)] || !truceNounAt(si, k+1, 2) {
		return false
	}
	since := -1
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if fw.sinceWords[si.tokText(j)] {
			since = j
			break
		}
	}
	if since < 0 {
		return false
	}
	end := k + 1
	for end < len(si.toks) && !si.boundary[end] && !(si.toks[end].punct && (isComma(si.toks[end].text) || clauseBreakPunct(si.toks[end].text))) {
		end++
	}
	markConditional(si, since-1, end)
	return true
}

// truceNounAt: a ceasefire or agreement noun starts within n tokens from pos.
func truceNounAt(si *sentInfo, pos, n int) bool {
	for j := pos; j < pos+n && j < len(si.toks); j++ {
		if si.startsAt(catCeasefire, j) || si.startsAt(catAgreement, j) {
			return true
		}
	}
	return false
}
