package claims

// A coverage verb whose object is a quantifier over every group or place says its value of each
// member named after it: "the text does not exclude anyone, not even those Ankara calls PKK
// members", "excludes no one, including the PKK", "لا يستثني أحداً، ولا حتى من تصفهم أنقرة
// بعناصر حزب العمال", "لا يستثني أي جهة، «لا كوادر حزب العمال ولا غيرهم»". The members after "not
// even", "neither", "including", "ولا حتى", "لا" are what the whole is said of, not a contrast
// set against it, and "including" there is no cue of its own (in "excludes no one, including X"
// the negative quantifier would negate it). A negative quantifier ("no one", "nobody") negates
// the verb as "not" before it would. "any part of X" ("does not exclude any part of Sool",
// "لا يستثني أي جزء من أراضي سول") and "any faction of X" ("لا يستثني أي فصيل من المعارضة")
// are said of X; the "part of" is no cue either. Nothing when an
// except word follows the quantifier ("covers no one but X", "لا يستثني أحداً إلا X"): that
// is "only", read elsewhere.

// quantifiedObject: the object of the cue ending at from is a quantified phrase. It returns
// where the phrase ends, whether it negates the verb itself and whether it is a partitive
// ("any part of") whose object is the member.
func (ac *articleContext) quantifiedObject(si *sentInfo, from int) (end int, negative, partitive, ok bool) {
	fw := &ac.l.fw
	k := from
	if k < len(si.toks) && si.quoteAt(k) {
		k++ // 'does not exclude "anyone"'
	}
	if k >= len(si.toks) {
		return 0, false, false, false
	}
	if n := phraseAt(si, k, fw.quantifiedParts); n > 0 {
		return k + n, false, true, true
	}
	n := phraseAt(si, k, fw.negativeQuantifiers)
	negative = n > 0
	if n == 0 {
		n = phraseAt(si, k, fw.quantifiedObjects)
	}
	if n == 0 {
		return 0, false, false, false
	}
	end = k + n
	// "أي فصيل من المعارضة", "any faction of the opposition": the group after the partitive.
	if t := si.tokText(end); fw.partitives[t] || fw.departurePrepositions[t] {
		return end + 1, negative, true, true
	}
	// "covers no one but X", "لا يستثني أحداً إلا X": only.
	for j := end; j < end+2 && j < len(si.toks); j++ {
		if si.startsAt(catExceptOnly, j) && !si.trap[j] {
			return 0, false, false, false
		}
	}
	return end, negative, false, true
}

// quantifiedMembers are the members a quantified object ending at from is said of, and where
// they end: the place right after a partitive one; else a list after a comma or quote opened by
// a member marker ("not even", "neither", "ولا حتى", "لا") or "including". Nothing else: a name
// further on is no member ("excludes no one, the PKK said").
func (ac *articleContext) quantifiedMembers(si *sentInfo, from int, partitive bool, stop func(int) bool) ([]mention, int) {
	if partitive {
		// "any part of Sool", "أي جزء من أراضي سول": the place, maybe past an area noun.
		subs := collectForward(si, from, 2, exclusionSubject, stop)
		if len(subs) == 0 || subs[0].start > from+1 {
			return nil, from
		}
		return subs[:1], subs[0].end
	}
	k := from
	for n := 0; n < 2 && k < len(si.toks) && (isComma(si.tokText(k)) || si.quoteAt(k)); n++ {
		k++
	}
	if k == from || k >= len(si.toks) {
		return nil, from // the members stand apart, after a comma or a quote
	}
	start := k
	if n := phraseAt(si, k, ac.l.fw.memberMarkers); n > 0 {
		start = k + n
	} else if x, ok := si.hitAt(catIncluding, k); ok {
		start = x.end
	} else {
		return nil, from
	}
	if start < len(si.toks) && si.quoteAt(start) {
		start++
	}
	subs := collectForward(si, start, 6, exclusionSubject, stop)
	if len(subs) == 0 || ac.gapTokens(si, start, subs[0].start) > 4 {
		return nil, from
	}
	return subs, subs[len(subs)-1].end
}
