package claims

// A bare midnight a span of elapsed time reaches back to is the midnight that has passed: "ساد
// هدوء حذر صباح اليوم السبت ...، بعد ساعات من دخول وقف إطلاق النار في شمال النيجر حيز التنفيذ
// عند منتصف الليل" (agadez ag_017, filed at 11:00: the start is a verbal noun, no tense), "hours
// after the start of the truce at midnight". The span is a posterior word and a unit joined to
// the start by a measure connector ("بعد ساعات من", "بعد يومين من"), or a unit right before the
// posterior word ("hours after", "two days after"): the start lies behind the time of writing.
// Not: a comma or clause boundary between the span and the midnight ("بعد ساعات من إعلان الاتفاق،
// تبدأ الهدنة عند منتصف الليل"), nor a verb in the future before the midnight.

// elapsedSpanBefore: a span of elapsed time ends at most 14 tokens before the midnight te, in its
// clause, with a start cue or a ceasefire noun between.
func (ac *articleContext) elapsedSpanBefore(si *sentInfo, te timeExpr) bool {
	if !te.midnight || !te.tonight || te.thisNight || te.weekday >= 0 || te.weekday2 >= 0 || te.relDay != nil || te.eve || te.dayOfMonth > 0 {
		return false
	}
	fw := &ac.l.fw
	for _, u := range si.hitsOf(catDurUnit) {
		if u.end > te.start || te.start-u.end > 14 || si.boundaryIn(u.start, te.start) || commaBetween(si, u.end, te.start) {
			continue
		}
		after := u.end
		switch {
		case after < te.start && anyVariantIn(&si.toks[after], fw.posteriorWords):
			after++ // "hours after the truce began"
		case after < te.start && fw.measureConnectors[si.tokText(after)] && posteriorLeadBefore(si, fw, u.start):
			after++ // "بعد ساعات من دخول"
		default:
			continue
		}
		if !ac.startOrTruceIn(si, after, te.start) {
			continue
		}
		return !ac.futureVerbBefore(si, te.start) && !ac.subjunctiveStartBefore(si, te.start)
	}
	return false
}

// posteriorLeadBefore: a posterior word ("بعد", "عقب") stands right before the unit at start, or
// before a number of at most two tokens that counts it ("بعد ثلاث ساعات").
func posteriorLeadBefore(si *sentInfo, fw *functionWords, start int) bool {
	for k := start - 1; k >= 0 && k >= start-3; k-- {
		if anyVariantIn(&si.toks[k], fw.posteriorWords) {
			return true
		}
		if si.toks[k].punct {
			return false
		}
	}
	return false
}

// commaBetween: a comma stands in [from, to).
func commaBetween(si *sentInfo, from, to int) bool {
	for k := from; k < to; k++ {
		if isComma(si.tokText(k)) {
			return true
		}
	}
	return false
}

// startOrTruceIn: a start cue or a ceasefire noun starts in [from, to).
func (ac *articleContext) startOrTruceIn(si *sentInfo, from, to int) bool {
	for _, h := range si.hitsOf(catCeasefire) {
		if h.start >= from && h.start < to {
			return true
		}
	}
	for _, h := range ac.cuesOf(si, refStartTime) {
		if h.start >= from && h.start < to {
			return true
		}
	}
	return false
}
