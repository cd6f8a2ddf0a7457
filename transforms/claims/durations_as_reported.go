package claims

// reportedSpanAt: a span the sentence sets aside is another's account of the truce's length when
// a clause of report names whose it is right after it: «ستة أشهر كاملة، لا ثلاثة كما تروّج
// الحكومة», «ثلاثة أشهر "لا ثلاثون يوماً كما يروّج إعلام الجيش"», "six months, not ninety days as
// the state government announced". The unit may be left out when it is that of the span set
// against it ("not three"). The speaker denies the span; the one named stated it
// (asReportedAgent, as for a start time: time_as_reported.go).
func (ac *articleContext) reportedSpanAt(si *sentInfo, ne numExpr) (draft, bool) {
	// The sentence speaks of the truce's length before the span ("مدة الهدنة ستة أشهر"): a span
	// of anything else set aside is no account of it ("The displaced have been in camps not three
	// months, as Kinshasa claims, but a year"; durations_rival_account.go).
	if !ac.ceasefire || !negatedAt(si, ne.start) || !ac.truceLengthBefore(si, ne.start) {
		return draft{}, false
	}
	unit := ne.end
	if si.tokText(unit) == "-" {
		unit++
	}
	days, end := 0.0, ne.end
	if h, ok := si.hitAt(catDurUnit, unit); ok {
		days, end = ac.l.durUnits[h.idx], h.end
	} else if d, ok := ac.contrastedUnitBefore(si, ne.start); ok {
		days = d
	} else {
		return draft{}, false
	}
	agent, ok := ac.asReportedAgent(si, end)
	if !ok {
		return draft{}, false
	}
	d := durationDraft(ne.low, ne.high, days, ne.start)
	d.rule, d.agent = "duration.as_reported", agent
	return d, true
}

// contrastedUnitBefore is the unit (in days) of a counted span that ends right before the
// negation leading to pos: "six months, not three", «ستة أشهر كاملة، لا ثلاثة». Between the unit
// and pos stand only commas, quotes, the negation and at most one word (an adjective: كاملة).
func (ac *articleContext) contrastedUnitBefore(si *sentInfo, pos int) (float64, bool) {
	for _, h := range si.hitsOf(catDurUnit) {
		if h.end > pos || pos-h.end > 5 || !ac.quantityBefore(si, h.start) {
			continue
		}
		words := 0
		for k := h.end; k < pos; k++ {
			t := si.tokText(k)
			switch {
			case isComma(t) || isQuote(t):
			case si.startsAt(catNegation, k):
				if n, ok := si.hitAt(catNegation, k); ok {
					k = n.end - 1
				}
			default:
				words++
			}
		}
		if words <= 1 {
			return ac.l.durUnits[h.idx], true
		}
	}
	return 0, false
}

// reportedBareSpanAt is reportedSpanAt for a unit that carries its own count (an Arabic dual:
// «لا شهران كما يزعم الحوثيون», taiz tz_036; "not a month, as the rebels claim"): set aside by
// a negation, after the truce's length is spoken of, with a clause of report naming whose
// account it is right after it.
func (ac *articleContext) reportedBareSpanAt(si *sentInfo, start int, h hit, count float64) (draft, bool) {
	if !ac.ceasefire || count <= 0 || !negatedAt(si, start) || !ac.truceLengthBefore(si, start) {
		return draft{}, false
	}
	agent, ok := ac.asReportedAgent(si, h.end)
	if !ok {
		return draft{}, false
	}
	d := durationDraft(count, count, ac.l.durUnits[h.idx], h.start)
	d.rule, d.agent = "duration.as_reported", agent
	return d, true
}
