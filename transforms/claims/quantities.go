package claims

import (
	"strings"
	"time"

	"github.com/tanaqud/tanaqud/schemas"
)

// numberRules: signatories per slot (fighters, factions) and the duration in days.
func (ac *articleContext) numberRules(out []draft, si *sentInfo) []draft {
	if si.has[catDurUnit] {
		out = append(out, ac.bareUnitDurations(si)...)
	}
	signCue := false
	for _, h := range ac.cuesOf(si, refSignatories) {
		// "Five gangs rejected the truce and refused to sign it": a refused or negated
		// signing is no verb of signing.
		if ac.l.topicCue[h.idx].Slot == "" && !negatedAt(si, h.start) && !deniedAt(si, h.start) {
			signCue = true
		}
	}
	if signCue {
		out = ac.dualCounts(out, si)
	}
	// "Three armed groups agreed to the truce": a verb of agreeing counts the groups as a
	// signing does; "Three armed groups attacked army posts despite the truce" counts none.
	agreeCue := signCue || ac.agreeingVerbIn(si)
	nums := ac.parseNumbers(si)
	if len(nums) == 0 {
		return out
	}
	first := len(out)
	for _, ne := range nums {
		// "between the army and "two groups only"": the groups a truce is between are its
		// parties; without a signing verb they are no count of signatories.
		parties := !signCue && ac.betweenBefore(si, ne.start)
		// "alongside the council and nine other factions", "two more groups", "وتسعة فصائل
		// أخرى": an increment word counts the ones added to those named, not all signatories.
		parties = parties || ac.incrementAround(si, ne.start, ne.end) || ac.incrementAround(si, ne.start, ne.end+1)
		// "killed 40 fighters", "the bodies of six fighters", "a dozen men unaccounted for":
		// a count of what befell fighters is a casualty count.
		parties = parties || ac.fateCountAt(si, ne)
		// "its fighters are estimated at about 6,000", "يقدَّر عددهم بنحو ثلاثة آلاف مقاتل":
		// a group's strength (quantities_strength.go).
		parties = parties || ac.strengthEstimateAt(si, ne)
		// "the release of the 14 BIFF fighters": the captives' count (quantities_exchange_count.go).
		parties = parties || ac.exchangeCountAt(si, ne)
		// An Arabic number word may follow its definite noun as an adjective, also after the
		// noun's genitive name: "الفصائل الخمس", "حركات القوة المشتركة الخمس".
		if slot, ok := ac.countedBefore(si, ne); ok && !parties && (signCue || ac.ceasefireContext(si) && (agreeCue || !ac.signedOnlyNounIn(si, ne.start-ac.l.longest, ne.start))) {
			out = append(out, draft{topic: "ceasefire.signatories", subject: slot, value: numericValue(ne.low, ne.high), low: ne.low, high: ne.high, pos: ne.start, rule: "signatories.count_after"})
			continue
		}
		// The counted noun follows the number, possibly after من ("60 ألفاً من المقاتلين"), and
		// after an "only" word that restricts the count ("ستة فقط من زعماء العصابات").
		from := ne.end
		if h, ok := si.hitAt(catOnly, from); ok {
			from = h.end
		}
		for k := from; k <= from+1 && k < len(si.toks); k++ {
			if slot, ok := ac.slotAt(si, "ceasefire.signatories", k); ok && slot != "" {
				// «اتفاق ثلاثي الأطراف», "tripartite": a number word right before a definite
				// noun is the adjective of a construct, no count (an Arabic count governs an
				// indefinite noun: «ثلاثة أطراف», or follows the definite one: «الأطراف الأربعة»).
				if k == ne.end && isArabicWord(si.tokText(k)) && ac.l.fw.hasArticle(si.tokText(k)) {
					break
				}
				if !parties && (signCue || ac.ceasefireContext(si) && (agreeCue || !ac.signedOnlyNounIn(si, k, k+1))) {
					out = append(out, draft{topic: "ceasefire.signatories", subject: slot, value: numericValue(ne.low, ne.high), low: ne.low, high: ne.high, pos: ne.start, rule: "signatories.count"})
				}
				break
			}
			if k == from && !si.tokIn(k, classMeasureConnector, ac.l.fw.measureConnectors) {
				continue
			}
		}
		// "an estimated 5,800 ELN fighters": a group's name that ends with the counted noun.
		if slot := ac.countedByName(si, ne.end); slot != "" && !parties && (signCue || ac.ceasefireContext(si)) {
			out = append(out, draft{topic: "ceasefire.signatories", subject: slot, value: numericValue(ne.low, ne.high), low: ne.low, high: ne.high, pos: ne.start, rule: "signatories.count_named"})
		}
		if d, ok := ac.forAccountSpanAt(si, ne, nums); ok {
			out = append(out, d) // "thirty days for the mediators, three months for the council" (durations_for_account.go)
		} else if d, ok := ac.durationAt(si, ne); ok {
			// «ثلاثين يوماً يتمسك بها مكتب المبعوث»: the side holding the span states it.
			if agent, ok := ac.heldSpanAgent(si, ne.start, ac.spanEnd(si, ne)); ok {
				d.agent = agent
			} else if h, ok := ac.unitAfterCount(si, ne); ok {
				// "the government's figure of 40 days": the owner's (durations_owned_figure.go).
				if agent := ac.figureOwnerOf(si, ne, h.end); agent != "" {
					d.agent = agent
				} else if agent := ac.accordingAfterSpan(si, h.end); agent != "" {
					// "ثلاثون يوماً بحسب موسكو": Moscow's (durations_according_after.go).
					d.agent = agent
				}
			} else if agent := ac.accordingAfterSpan(si, ne.end); agent != "" {
				// «وشهر واحد فقط بحسب نيامي»: the unit before the count (durations_according_after.go).
				d.agent = agent
			}
			out = append(out, d)
		} else if d, ok := ac.reportedSpanAt(si, ne); ok {
			out = append(out, d) // "six months, not three as the government claims": the government's
		} else if d, ok := ac.rivalSpanAt(si, ne); ok {
			out = append(out, d) // "...; the Peshmerga say two weeks": theirs
		} else if d, ok := ac.heldSpanAt(si, ne); ok {
			out = append(out, d) // "though Hamas speaks of 72 hours" (durations_held_span.go)
			// "the government and Qatar give 90 days": each one's (durations_held_span_coordinated.go)
			out = append(out, ac.coAgentCopies(si, d, ne)...)
		} else if d, ok := ac.ownedFigureSpanAt(si, ne); ok {
			out = append(out, d) // "the government's figure is 40 days" (durations_owned_figure.go)
		}
	}
	return dropSubCounts(out, first, si)
}

// agreeingVerbIn: a status cue of agreeing ("agreed", "اتفقت") stands in the sentence, not
// negated or denied.
func (ac *articleContext) agreeingVerbIn(si *sentInfo) bool {
	for _, h := range ac.cuesOf(si, refStatus) {
		if ac.l.topicCue[h.idx].Value == "agreed" && !negatedAt(si, h.start) && !deniedAt(si, h.start) {
			return true
		}
	}
	return false
}

// signedOnlyNounIn: a counted noun of the signatories starting in [from, to) counts them only
// beside a verb of signing or agreeing (lexicon object "signed": "nine gangs", "three armed
// groups").
func (ac *articleContext) signedOnlyNounIn(si *sentInfo, from, to int) bool {
	for _, h := range hitsStartingIn(si.hitsOf(catTopicCue), from, to-1) {
		if c := ac.l.topicCue[h.idx]; c.topic == "ceasefire.signatories" && c.Object == "signed" {
			return true
		}
	}
	return false
}

// fateCountAt: a fate word (killed, missing, جثث) stands within three tokens before the count
// or five after it, in the same clause.
func (ac *articleContext) fateCountAt(si *sentInfo, ne numExpr) bool {
	if len(ac.l.fw.fateWords) == 0 {
		return false
	}
	isFate := func(k int) bool { return ac.fateWordAt(si, k) }
	for k := ne.start - 1; k >= 0 && k >= ne.start-3; k-- {
		if t := si.tokText(k); isComma(t) || t == ":" || t == ";" {
			break
		}
		if isFate(k) {
			return true
		}
	}
	for k := ne.end; k < len(si.toks) && k < ne.end+5; k++ {
		if t := si.tokText(k); isComma(t) || t == ":" || t == ";" {
			break
		}
		if isFate(k) {
			return true
		}
	}
	return false
}

// fateWordAt: token k is a fate word (killed, wounded, جرحى) in any of its forms.
func (ac *articleContext) fateWordAt(si *sentInfo, k int) bool {
	if k < 0 || k >= len(si.toks) {
		return false
	}
	return si.tokForms(k, formFate, ac.l.fw.fateWords)
}

// dropSubCounts drops, among the drafts from first on, a count of signatories smaller than an
// earlier count of the same slot in the sentence and set off from it by a colon or comma: the
// breakdown of a total ("five armed factions: four Misseriya groups and ...", "الفصائل الخمسة
// الموقعة، وهي أربعة فصائل من ..."), not a second account of it.
func dropSubCounts(out []draft, first int, si *sentInfo) []draft {
	kept := out[:first]
	for i := first; i < len(out); i++ {
		d := out[i]
		if d.topic == "ceasefire.signatories" && subCountOf(out[first:i], d, si) {
			continue
		}
		kept = append(kept, d)
	}
	return kept
}

// subCountOf: an earlier count in prev of d's slot is larger than d and a colon or comma stands
// between the two.
func subCountOf(prev []draft, d draft, si *sentInfo) bool {
	for _, p := range prev {
		if p.topic != d.topic || p.subject != d.subject || p.pos >= d.pos || p.low <= d.high {
			continue
		}
		for k := p.pos + 1; k < d.pos; k++ {
			if t := si.tokText(k); t == ":" || isComma(t) {
				return true
			}
		}
	}
	return false
}

// countedByName is the signatories slot of a name of several words starting at token k whose
// last word is a counted noun ("ELN fighters", "Houthi fighters"), "" when none.
func (ac *articleContext) countedByName(si *sentInfo, k int) string {
	m, ok := si.mentionAt(k)
	if !ok || m.end-m.start < 2 || len(ac.l.fw.countedNounSlots) == 0 {
		return ""
	}
	for _, v := range si.toks[m.end-1].variants() {
		if slot := ac.l.fw.countedNounSlots[v]; slot != "" {
			return slot
		}
	}
	return ""
}

// durationAt reads a duration from a quantity and the unit after it: "for 14 days", "مدتها 72
// ساعة", and the adjective forms "a 72-hour truce", "two-week ceasefire", "هدنة 72 ساعة" that
// need no duration cue because the unit qualifies the ceasefire noun itself. A negated quantity
// ("fourteen days, not seventy-two hours") asserts nothing.
func (ac *articleContext) durationAt(si *sentInfo, ne numExpr) (draft, bool) {
	unit := ne.end
	if si.tokText(unit) == "-" {
		unit++ // "72-hour", "two-week"
	}
	h, ok := si.hitAt(catDurUnit, unit)
	if !ok || negatedAt(si, ne.start) || ac.incrementAround(si, ne.start, h.end) || ac.elapsedSpan(si, ne.start) || ac.spanIntoTruce(si, ne.start, h.end) || ac.deadlineBefore(si, ne.start) || ac.spanOfFighting(si, h.end) || ac.spanOfTalks(si, h.end) || ac.spanOfConflict(si, ne.start) || ac.spanOfTenure(si, h.end) {
		return draft{}, false
	}
	// "for the first time in five weeks": the time since a thing last happened
	// (durations_recurrence.go); "the five-day-old ceasefire": the truce's age
	// (durations_truce_age.go).
	if ac.sinceLastTime(si, ne.start) || ac.truceAge(si, ne.start, h.end) {
		return draft{}, false
	}
	// "a two-year transition to civilian rule": a hyphenated measure qualifying another noun,
	// unless the sentence frames the truce's length ("stalled over the length of a truce, ...
	// the government insisting on a shorter, 30-day trial").
	if ac.measuresOtherNoun(si, unit, h.end) && !ac.durationFrame(si) {
		return draft{}, false
	}
	// "the collapsed May truce, which lasted barely two days": the span of a truce named by
	// an earlier month is that truce's, not this one's.
	if ac.truceOfEarlierMonth(si, hit{start: ne.start, end: h.end}) {
		return draft{}, false
	}
	// "A 48-hour truce announced on Monday collapsed within a day": a new, indefinite truce
	// that failed is an earlier one (durations_other_truce.go).
	if ac.collapsedIndefiniteTruce(si, ne.start, h.end) {
		return draft{}, false
	}
	// "extend the truce by another thirty days": the extension's length; but "an extension of
	// the 14-day truce", "extended beyond its initial 30 days" name the truce's own term.
	if unit == ne.end && ac.extensionBefore(si, ne.start) && !ac.termCueEndsAt(si, ne.start) && !ac.qualifiesCeasefire(si, ne.start, h.end) {
		return draft{}, false
	}
	// "fourteen days, not seventy-two hours", "sixty days, \"not thirty\"": a span set against a
	// denied one answers a dispute about the truce's length, in an article about a truce.
	// A renewable span of more than two years is a lease or a mandate, not a truce's term.
	renewable := ac.renewableAfter(si, h.end) && ne.high*ac.l.durUnits[h.idx] <= maxRenewableDays
	contrast := ac.ceasefire && (ac.contrastedQuantityAt(si, h.end) || renewable)
	// "How long? Ninety days", "Length: thirty days": the answer to a question or label on the
	// length (topic_answered.go).
	topicFrame := ac.ceasefire && (ac.durationTopic(si) || ac.topicAnswered(si, refDuration))
	// "its initial 30 days", "an initial period of 14 days": a term word (lexicon value "term")
	// right before the span names the truce's first term, in an article about a truce.
	term := ac.ceasefire && ac.termCueEndsAt(si, ne.start)
	// "the ninety days agreed in Juba", «التسعين يوماً المتفق عليها»: a span the parties set
	// (durations_agreed_span.go).
	agreed := ac.ceasefire && ac.agreedSpan(si, h.end)
	term = term || agreed
	if !ac.ceasefireContext(si) && !contrast && !topicFrame && !term && ac.pronounTruce(si) < 0 {
		return draft{}, false
	}
	// "Would a ten-day truce hold?", "ورفضت الحكومة هدنة لمدة ثلاثة أشهر": a span asked about,
	// or one a denial verb governs, is no term of the truce (unless set against another).
	// Nor is the term of an agreement another provision names ("The prisoner exchange deal is
	// valid for 30 days").
	// "dismissed CODECO's claim that the truce runs for ninety days": a span in a denied claim
	// with a named owner is the owner's account (denied_owned_claim.go).
	owner := ""
	if !contrast && deniedAt(si, ne.start) {
		owner = ac.ownedClaimOwner(si, ne.start)
	}
	if !contrast && (questionSentence(si) || deniedAt(si, ne.start) && owner == "" || ac.onlyProvisionAgreements(si)) {
		return draft{}, false
	}
	if !ac.durationCueNear(si, ne.start, 6) && !ac.qualifiesCeasefire(si, ne.start, h.end) && !ac.stackedAdjectiveOfCeasefire(si, unit, h.end) && !ac.durationFrame(si) && !contrast && !topicFrame && !agreed {
		return draft{}, false
	}
	d := durationDraft(ne.low, ne.high, ac.l.durUnits[h.idx], ne.start)
	if owner != "" {
		d.agent, d.rule = owner, "duration.owned_claim"
	}
	return d, true
}

// elapsedSpan: the span at start is how long the truce has held so far ("which has held for two
// days now"): an in-force status cue ends right before it or before a duration word ("for")
// that does. That is the time elapsed, not the truce's term.
func (ac *articleContext) elapsedSpan(si *sentInfo, start int) bool {
	for _, c := range ac.cuesOf(si, refStatus) {
		// "One week into the 90-day truce": a cue that looks ahead to the truce noun (object
		// truce_after) ends before the truce's own adjective, no time elapsed.
		if ac.l.topicCue[c.idx].Value != "in_force" || ac.l.topicCue[c.idx].Object == "truce_after" {
			continue
		}
		// "shall remain in force for three months": a state to come is the term
		// (durations_remain_in_force.go).
		if ac.stateToCome(si, c) {
			continue
		}
		if c.end == start {
			return true
		}
		for _, d := range ac.cuesOf(si, refDuration) {
			// A one-word duration cue ("for") between the status cue and the span; "has now
			// held, with violations, for four days": an insert set off by commas may stand
			// before it.
			if d.end == start && d.start == start-1 && (d.start == c.end || c.end == parentheticalStart(si, d.start-1)) {
				return true
			}
		}
	}
	return false
}

// termCueEndsAt: a term cue (initial, initial period of: lexicon value "term") ends right before
// token pos.
func (ac *articleContext) termCueEndsAt(si *sentInfo, pos int) bool {
	for _, c := range ac.cuesOf(si, refDuration) {
		if c.end == pos && ac.l.topicCue[c.idx].Value == "term" {
			return true
		}
	}
	return false
}

// qualifiesCeasefire: the quantity [start, end) sits right against a ceasefire noun, before it
// ("two-week ceasefire", "72-hour humanitarian pause", one adjective between) or right after
// it ("هدنة 72 ساعة", "a truce of seven days", "هدنة من ثلاثة أيام", "هدنة تجريبية من 10 أيام";
// not "تمدد الهدنة إلى ستين يوماً", an extension).
func (ac *articleContext) qualifiesCeasefire(si *sentInfo, start, end int) bool {
	for _, c := range hitsStartingIn(si.hitsOf(catCeasefire), start-2-ac.l.longest, end+1) {
		if c.start == end || c.start == end+1 && ac.adjectiveSlot(si, end) || c.end == start || c.end == start-1 && ac.l.fw.measureConnectors[si.tokText(start-1)] {
			return true
		}
		// "كهدنة تجريبية من 10 أيام": one adjective between the noun and its measure.
		if c.end == start-2 && ac.l.fw.measureConnectors[si.tokText(start-1)] && !si.toks[c.end].punct && !si.toks[c.end].number {
			return true
		}
	}
	return false
}

// measuresOtherNoun: a hyphenated measure (unit right after a hyphen, ending at end) is an
// adjective of the noun after it; with no truce noun and no duration or term word starting in
// the next three words, it measures that noun ("provides for a two-year transition", "a
// six-month mandate"), not the truce ("a 72-hour humanitarian pause", "a 14-day period of
// calm" keep it).
func (ac *articleContext) measuresOtherNoun(si *sentInfo, unit, end int) bool {
	if si.tokText(unit-1) != "-" || end >= len(si.toks) || si.toks[end].punct || si.toks[end].number {
		return false
	}
	for k := end; k < end+3 && k < len(si.toks) && !si.toks[k].punct; k++ {
		if si.startsAt(catCeasefire, k) {
			return false
		}
	}
	for _, c := range ac.cuesOf(si, refDuration) {
		if c.start >= end && c.start < end+3 && !si.boundaryIn(end, c.start) {
			return false
		}
	}
	return true
}

// adjectiveSlot: the word at k, between a measure and a truce noun after it, can qualify that
// noun: an adjective where adjectives precede their noun ("72-hour humanitarian pause"). Where
// they follow it nothing but a measure connector stands there ("ثلاثة أيام من الهدنة"): "حُكم
// عليه بالسجن عشر سنوات رغم الهدنة" measures a prison term, not the truce.
func (ac *articleContext) adjectiveSlot(si *sentInfo, k int) bool {
	if ac.l.lex.Grammar.AdjectiveAfterNoun {
		return ac.l.fw.measureConnectors[si.tokText(k)]
	}
	return true
}

// stackedAdjectiveOfCeasefire: a hyphenated span ("14-day", unit at token unit, ending at end) is
// the first of two adjectives before the ceasefire noun, the second set off by a comma or not:
// "the 14-day, Malaysian-brokered truce", "a two-week renewable ceasefire". The second is at most
// three tokens of words and hyphens: no number, no article, no other punctuation.
func (ac *articleContext) stackedAdjectiveOfCeasefire(si *sentInfo, unit, end int) bool {
	if si.tokText(unit-1) != "-" {
		return false
	}
	from := end
	if isComma(si.tokText(from)) {
		from++
	}
	for _, c := range hitsStartingIn(si.hitsOf(catCeasefire), from+1, from+3) {
		ok := true
		for k := from; k < c.start && ok; k++ {
			t := si.toks[k]
			ok = !t.number && (!t.punct || t.text == "-") && !ac.l.fw.definiteArticles[t.text] && !ac.l.fw.indefiniteArticles[t.text]
		}
		if ok {
			return true
		}
	}
	return false
}

// durationDraft converts count units of days each into a duration claim. A month is 28 to 31
// days, and n months are as many days as n consecutive calendar months can hold (two months 59
// to 62, three 89 to 92); a year (unit of 365) is twelve of them, 365 to 366 days (tribal truces
// run for a year: "قلد لمدة عام", "a one-year truce").
func durationDraft(low, high, days float64, pos int) draft {
	lo, hi := low*days, high*days
	switch days {
	case 30:
		lo, hi = monthSpanDays(low, false), monthSpanDays(high, true)
	case 365:
		lo, hi = monthSpanDays(12*low, false), monthSpanDays(12*high, true)
	}
	return draft{topic: "ceasefire.duration", value: numericValue(lo, hi), low: lo, high: hi, pos: pos, rule: "duration.count"}
}

// monthSpanDays is the fewest (or, with most, the most) days n consecutive calendar months
// hold, over every starting month of a leap cycle; n that is not a whole number of months up to
// 120 (ten years) falls back to 28 or 31 days a month.
func monthSpanDays(n float64, most bool) float64 {
	if n != float64(int(n)) || n < 1 || n > 120 {
		if most {
			return n * 31
		}
		return n * 28
	}
	best := -1
	for y := 2023; y <= 2026; y++ { // a leap year and the three after it
		for m := time.January; m <= time.December; m++ {
			from := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
			d := int(from.AddDate(0, int(n), 0).Sub(from).Hours() / 24)
			if best < 0 || most && d > best || !most && d < best {
				best = d
			}
		}
	}
	return float64(best)
}

// bareUnitDurations reads units that carry their own count: Arabic duals (يومين two days,
// أسبوعين two weeks) and a singular unit after an indefinite article or a duration cue ("for a
// month", "a week-long truce", "لمدة أسبوع").
func (ac *articleContext) bareUnitDurations(si *sentInfo) []draft {
	var out []draft
	for _, h := range si.hitsOf(catDurUnit) {
		if h.end-h.start != 1 || ac.quantityBefore(si, h.start) {
			continue // "48-hour", "fourteen days": the quantity path reads it
		}
		start := h.start
		count := 0.0
		adjacentOK := true // may qualify the ceasefire noun without a duration cue
		oneAfter := false  // counted by the numeral one after it ("أسبوع واحد")
		switch {
		case ac.definiteCountAfterTruce(si, h) > 0:
			// "عطوة الأيام الثلاثة", "هدنة الساعات الاثنتين والسبعين": the truce noun, then
			// its span as a definite unit and a definite number word.
			count = ac.definiteCountAfterTruce(si, h)
		case !h.exact && hasAnySuffix(si.toks[h.start].text, ac.l.fw.dualSuffixes):
			count = 2
		case ac.oneAfterUnit(si, h) > h.end:
			// "أسبوع واحد", "شهراً واحداً": the numeral one follows its noun as an adjective;
			// it counts the unit, so the unit is a span, not a date.
			count, oneAfter = 1, true
		case h.exact && ac.l.durSingular[h.idx] && ac.l.fw.indefiniteArticles[si.tokText(h.start-1)]:
			count, start = 1, h.start-1
		case h.exact && ac.l.durSingular[h.idx] && h.start >= 2 && ac.l.fw.indefiniteArticles[si.tokText(h.start-2)] && ac.durationCueEndsAt(si, h.start-2) && !si.toks[h.start-1].number && !si.tokIn(h.start-1, classOrdinalFirst, ac.l.fw.ordinalFirst):
			// "for an initial month": one adjective between (only after a duration cue;
			// not an ordinal: "held for a second day" counts days gone by).
			count, start, adjacentOK = 1, h.start-2, false
		case h.exact && ac.l.durSingular[h.idx]:
			// A bare singular only after a duration cue: "هدنة يوم الخميس" is a date.
			count, adjacentOK = 1, false
		case ac.l.durSingular[h.idx] && !ac.l.fw.hasArticle(si.toks[h.start].text) && ac.durationCueEndsAt(si, h.start):
			// An inflected singular right after a duration cue: "الممتد شهراً كاملاً", "يستمر
			// أسبوعاً" (the accusative ending is stripped by the matcher).
			count, adjacentOK = 1, false
		case ac.l.durSingular[h.idx] && !ac.l.fw.hasArticle(si.toks[h.start].text) && ac.rivalAccordingUnit(si, h) != "":
			// «ثلاثة أيام بحسب الداخلية، وأسبوعاً بحسب الرئاسي»: another side's span
			// (durations_according_each.go).
			count, adjacentOK = 1, false
		default:
			continue
		}
		// «شهر واحد فقط، لا شهران كما يزعم الحوثيون»: a unit carrying its own count, set aside
		// "as X claims", is X's account, as a counted span is (durations_as_reported.go).
		if d, ok := ac.reportedBareSpanAt(si, start, h, count); ok {
			out = append(out, d)
			continue
		}
		renewable := ac.ceasefire && ac.renewableAfter(si, h.end)
		// "Coalition officials have spoken of a week": a side's figure as its verb's object
		// (durations_held_span.go).
		heldBy, held := "", false
		if start < h.start {
			heldBy, held = ac.heldSpanAgent(si, start, h.end)
		}
		// "agreed to halt a week of fighting": the span measures the fighting (spanOfFighting);
		// "the truce, which has held for a year": the time gone by (elapsedSpan), as with a count.
		rival := ac.rivalAccordingUnit(si, h)
		if !ac.ceasefireContext(si) && !renewable && !held && rival == "" || negatedAt(si, start) || ac.incrementAround(si, start, h.end) || ac.extensionBefore(si, start) || ac.elapsedSpan(si, start) || ac.spanIntoTruce(si, start, h.end) || ac.spanOfFighting(si, h.end) || ac.spanOfConflict(si, start) || ac.truceOfEarlierMonth(si, hit{start: start, end: h.end}) || ac.spanOfTenure(si, h.end) {
			continue
		}
		// "agreed with Iran last week": the duration verb "last" is also the word that dates a
		// unit right after it; with no article between it is a time, not a span.
		if start == h.start && start > 0 && ac.l.fw.lastBefore[si.tokText(start-1)] {
			continue
		}
		// "last week's fighting": a unit with a possessive dates the noun after it; only "a
		// week's truce" measures the truce.
		if hasAnySuffix(si.toks[h.start].text, ac.l.fw.possessives) && !ac.qualifiesCeasefire(si, start, h.end) {
			continue
		}
		end := h.end
		if oneAfter {
			end = ac.oneAfterUnit(si, h)
		}
		for _, suffix := range ac.l.fw.unitSuffixes {
			if tokensAt(si, end, suffix) {
				end += len(suffix) // "a week-long truce"
				break
			}
		}
		// A bare unit is a duration only right after a duration cue ("for a month", "يستمر
		// يومين") or against the ceasefire noun: "within a week" dates something else.
		// A unit counted by "one" is a span wherever a span of the truce is spoken of: before a
		// renewal cue ("أسبوع واحد قابل للتجديد"), after a duration cue, or in a sentence
		// framed by the truce's length ("مدة التفاهم أسبوع واحد").
		counted := oneAfter && (ac.renewableAfter(si, end) || ac.durationCueNear(si, start, 6) || ac.durationFrame(si))
		if !ac.durationCueEndsAt(si, start) && !(adjacentOK && ac.qualifiesCeasefire(si, start, end)) && !(renewable && count == 2) && !counted && !held && rival == "" {
			continue
		}
		d := durationDraft(count, count, ac.l.durUnits[h.idx], h.start)
		switch {
		case held:
			d.rule, d.agent = "duration.held_span", heldBy
		case rival != "":
			d.rule, d.agent = "duration.according_each", rival
		}
		out = append(out, d)
	}
	return out
}

// oneAfterUnit is the token after the numeral one ("واحد", "واحدة") that follows the singular
// duration unit h as its adjective ("أسبوع واحد", "شهراً واحداً"), or h.end when none does. A
// unit with the article ("الأسبوع الواحد") is not counted this way, nor one after a locative
// ("قُتل مئة شخص في يوم واحد": the frame in which something happened, no span of the truce).
func (ac *articleContext) oneAfterUnit(si *sentInfo, h hit) int {
	if !ac.l.durSingular[h.idx] || ac.l.fw.hasArticle(si.toks[h.start].text) || h.end >= len(si.toks) || si.toks[h.end].number {
		return h.end
	}
	if h.start > 0 && si.startsAt(catLocative, h.start-1) {
		return h.end
	}
	if v, e := ac.numberAt(si, h.end); v == 1 && e == h.end+1 {
		return e
	}
	return h.end
}

// quantityBefore: a number or number word ends right before token i, or before a hyphen there.
func (ac *articleContext) quantityBefore(si *sentInfo, i int) bool {
	j := i - 1
	if si.tokText(j) == "-" {
		j--
	}
	if j < 0 {
		return false
	}
	if si.toks[j].number {
		return true
	}
	for _, h := range hitsStartingIn(si.hitsOf(catNumWord), j-ac.l.longest, j) {
		if h.end == j+1 {
			return true
		}
	}
	return false
}

// durationCueEndsAt: a duration cue ("لمدة", "for") ends right before token i.
// durationCueNear: a duration cue (last, for, يستمر, لمدة) ends at most window tokens before
// pos, in its clause: "will last ten days", "يستمر وقف إطلاق النار ثلاثين يوماً", but not "after
// three weeks of talks" in a sentence that says "last year" elsewhere.
func (ac *articleContext) durationCueNear(si *sentInfo, pos, window int) bool {
	for _, c := range ac.cuesOf(si, refDuration) {
		tc := ac.l.topicCue[c.idx]
		if tc.Object == "after" || tc.Value == "increment" || tc.Value == "deadline" {
			continue
		}
		// "من أصل أربعة عشر يوماً", "البالغة أسبوعين": these lead only the span right after.
		if tc.Object == "adjacent" && c.end != pos {
			continue
		}
		if c.end <= pos && pos-c.end <= window && !si.boundaryIn(c.end, pos) {
			return true
		}
	}
	return false
}

// incrementAround: an increment word stands right before the quantity [start, end) or right
// after its unit ("a further 30 days", "ستين يوماً إضافية"): the span adds to the truce, it is
// not its length.
func (ac *articleContext) incrementAround(si *sentInfo, start, end int) bool {
	for _, c := range ac.cuesOf(si, refDuration) {
		if ac.l.topicCue[c.idx].Value == "increment" && (c.end == start || c.start == end) {
			return true
		}
	}
	return false
}

// durationFrame: the sentence is about the ceasefire's length: a frame cue (مدة, length;
// lexicon value "frame") right before a ceasefire noun, so every span of days in it is a
// duration ("الخلاف على مدة الهدنة ... تتحدث واشنطن عن ثلاثين يوماً، تصر أنقرة على عشرة أيام").
func (ac *articleContext) durationFrame(si *sentInfo) bool {
	for _, c := range ac.cuesOf(si, refDuration) {
		if ac.l.topicCue[c.idx].Value == "frame" && ac.ceasefireNounWithin(si, c.end-1, 3) {
			return true
		}
	}
	return false
}

// durationTopic: the sentence opens on the length itself as its topic, a frame cue with the
// article among its first three tokens ("أما المدة فهي ...", "The duration is disputed: ..."),
// so every span of days in it is the truce's.
func (ac *articleContext) durationTopic(si *sentInfo) bool {
	for _, c := range ac.cuesOf(si, refDuration) {
		if c.start > 2 {
			break
		}
		if ac.l.topicCue[c.idx].Value == "frame" && (ac.l.fw.hasArticle(si.tokText(c.start)) || ac.l.fw.definiteArticles[si.tokText(c.start-1)]) {
			return true
		}
	}
	return false
}

// contrastedQuantityAt: right after a quantity's unit ending at token i comes a denied quantity
// ("fourteen days, not seventy-two hours", "sixty days, \"not thirty", "ستين يوماً لا ثلاثين"):
// a comma or quote, a negation, then a number.
func (ac *articleContext) contrastedQuantityAt(si *sentInfo, i int) bool {
	j := i
	for k := 0; k < 2 && j < len(si.toks) && (isComma(si.tokText(j)) || isQuote(si.tokText(j))); k++ {
		j++
	}
	h, ok := si.hitAt(catNegation, j)
	if !ok || j == i && !isArabicWord(si.tokText(j)) {
		return false
	}
	j = h.end
	if j < len(si.toks) && si.toks[j].number {
		return true
	}
	_, e := ac.numberAt(si, j)
	return e > j
}

func (ac *articleContext) durationCueEndsAt(si *sentInfo, i int) bool {
	for _, c := range ac.cuesOf(si, refDuration) {
		if v := ac.l.topicCue[c.idx].Value; c.end == i && v != "increment" && v != "deadline" {
			return true
		}
	}
	return false
}

// countedBefore: the number is an Arabic number word with the article (الخمس) right after a
// signatory noun, or after a noun and the name it governs ("حركات القوة المشتركة الخمس").
func (ac *articleContext) countedBefore(si *sentInfo, ne numExpr) (string, bool) {
	t := si.toks[ne.start]
	// One and two follow their noun as adjectives also without the article: "فصيلين اثنين".
	oneOrTwo := ne.low == ne.high && (ne.low == 1 || ne.low == 2)
	if t.number || !isArabicWord(t.text) || !ac.l.fw.hasArticle(t.text) && !oneOrTwo || ne.start == 0 {
		return "", false
	}
	end := ne.start
	if k := si.mentionsEndingBy(end) - 1; k >= 0 && si.ents[k].end == end {
		end = si.ents[k].start
		// The noun may open the name itself ("حركات القوة المشتركة الخمس").
		if slot, ok := ac.slotWordAt(si, end); ok {
			return slot, true
		}
	}
	for _, h := range hitsStartingIn(si.hitsOf(catTopicCue), end-ac.l.longest, end-1) {
		if c := ac.l.topicCue[h.idx]; h.end == end && c.topic == "ceasefire.signatories" && c.Slot != "" {
			return c.Slot, true
		}
	}
	return "", false
}

// slotWordAt: token i alone is a signatory noun with a slot (its hit may have been dropped as
// part of a name).
func (ac *articleContext) slotWordAt(si *sentInfo, i int) (string, bool) {
	w := si.toks[i].w
	if w == nil {
		return "", false
	}
	for _, h := range w.singles {
		if h.cat != catTopicCue {
			continue
		}
		if tc := ac.l.topicCue[h.idx]; tc.topic == "ceasefire.signatories" && tc.Slot != "" {
			return tc.Slot, true
		}
	}
	return "", false
}

// slotAt returns the slot of a topic cue starting at token k.
func (ac *articleContext) slotAt(si *sentInfo, topic string, k int) (string, bool) {
	for _, h := range si.hitsOf(catTopicCue) {
		if h.start == k && ac.l.topicCue[h.idx].topic == topic {
			return ac.l.topicCue[h.idx].Slot, true
		}
	}
	return "", false
}

// renewableAfter: a cue that follows a span of the truce's term (lexicon object "after":
// renewable, قابلة للتجديد) starts within three tokens after its unit ending at token i, past
// a comma or an adverb ("Sixty days, renewable", "بشهرين فقط قابلين للتجديد"): in an article
// about a truce, a renewable span is its term even where the sentence names no truce.
func (ac *articleContext) renewableAfter(si *sentInfo, i int) bool {
	for _, c := range ac.cuesOf(si, refDuration) {
		if ac.l.topicCue[c.idx].Object == "after" && c.start >= i && c.start-i <= 2 && !si.boundaryIn(i, c.start) {
			return true
		}
	}
	return false
}

// maxRenewableDays bounds the span a renewal cue alone makes a truce's term (two years).
const maxRenewableDays = 731

// countedNounSlots maps the one-word counted nouns among the cues (fighters → fighters) to their
// slot, folded as the matcher folds words; stems are left out.
func countedNounSlots(cues []schemas.Cue) map[string]string {
	out := map[string]string{}
	for _, c := range cues {
		if c.Slot == "" || strings.HasSuffix(c.Cue, "*") || len(wordTokens(c.Cue)) != 1 {
			continue
		}
		out[foldCue(c.Cue)] = c.Slot
	}
	return out
}

// dualCounts reads a counted noun in the dual as two of it, in a sentence about signing:
// "وقّع على الاتفاق فصيلان فقط". Only endings no plural shares count.
func (ac *articleContext) dualCounts(out []draft, si *sentInfo) []draft {
	for _, h := range ac.cuesOf(si, refSignatories) {
		slot := ac.l.topicCue[h.idx].Slot
		if slot == "" || h.end-h.start != 1 || ac.quantityBefore(si, h.start) || negatedAt(si, h.start) {
			continue
		}
		if hasAnySuffix(si.toks[h.start].text, ac.l.fw.plainDualSuffixes) {
			out = append(out, draft{topic: "ceasefire.signatories", subject: slot, value: numericValue(2, 2), low: 2, high: 2, pos: h.start, rule: "signatories.dual"})
		}
	}
	return out
}

// betweenBefore: a between word (between, بين) stands at most five tokens before pos in its
// clause.
func (ac *articleContext) betweenBefore(si *sentInfo, pos int) bool {
	for k := max(pos-5, 0); k < pos; k++ {
		if si.tokIn(k, classBetween, ac.l.fw.between) && !si.boundaryIn(k, pos) {
			return true
		}
	}
	return false
}

// plainDuals are the dual suffixes that are no ending of a plural case pair.
func plainDuals(duals []string, cases [][2]string) []string {
	var out []string
	for _, d := range foldAll(duals) {
		shared := false
		for _, c := range cases {
			shared = shared || foldCue(c[0]) == d || foldCue(c[1]) == d
		}
		if !shared {
			out = append(out, d)
		}
	}
	return out
}

// deadlineBefore: a deadline word (within, خلال, في غضون: lexicon value "deadline") ends right
// before the span at pos: "elections within six months" is when something is due, not how long
// the truce lasts.
func (ac *articleContext) deadlineBefore(si *sentInfo, pos int) bool {
	for _, c := range ac.cuesOf(si, refDuration) {
		if c.end == pos && ac.l.topicCue[c.idx].Value == "deadline" {
			return true
		}
	}
	return false
}

// spanOfFighting: a partitive and a fighting word follow the unit ending at end ("halt five days
// of fighting", "ثلاثة أيام من المواجهات"): the span measures the fighting, not the truce. Up to
// two words may qualify the fighting word before it ("eight days of border fighting", "a week of
// heavy cross-border shelling"; fightingModifiers).
func (ac *articleContext) spanOfFighting(si *sentInfo, end int) bool {
	fw := &ac.l.fw
	if end+1 >= len(si.toks) || !fw.partitives[si.tokText(end)] && !fw.prepositions[si.tokText(end)] {
		return false
	}
	return fw.fightingWords[fw.withoutConjunction(si.tokText(end+1))] || ac.fightingAfterModifiers(si, end+1)
}

// extensionBefore: an extension cue (status cue of object "extension": "extend", "تمديد") ends
// at most eight tokens before the span at start, with no comma between: "دعت إلى تمديد وقف إطلاق النار
// لمدة شهر", "extend the truce by another thirty days" give the extension's length, not the
// truce's term ("thirty days, renewable" puts the extension after the span).
func (ac *articleContext) extensionBefore(si *sentInfo, start int) bool {
	for _, c := range ac.cuesOf(si, refStatus) {
		if ac.l.topicCue[c.idx].Object == "extension" && c.end <= start && start-c.end <= 8 && !si.boundaryIn(c.end, start) && !commaIn(si, c.end, start) {
			return true
		}
	}
	return false
}
