package claims

// especiallyMembers: after a coverage predicate, a comma and an "especially" marker open the
// named members its generic subject or object stands for: "operations continue against the
// groups not covered by the peace deal, especially Dogo Maikwana's gang" («ضد الجماعات غير
// المشمولة باتفاق السلام ...، ولا سيما عصابة دوغو مايكوانا»), "ولا يشمل وقف إطلاق النار عصابات
// التهريب والخارجين عن القانون، وفي مقدمتها عصابة الرقيعي". The members take the predicate's
// value, and a generic name the predicate was read of ("الجماعات", a context alias) gives way to
// them. The marker must follow the predicate's last word within fourteen tokens of its clause,
// with no other coverage cue or verb of saying before it; the first member follows the marker
// within one token (not "تسهيل وصول المساعدات، لا سيما إلى النازحين في بوركو": where aid goes).
func (ac *articleContext) especiallyMembers(si *sentInfo, from int, stop func(int) bool) []mention {
	markers := ac.l.fw.especiallyMarkers
	if len(markers) == 0 {
		return nil
	}
	end := min(clauseEnd(si, from), from+14, len(si.toks))
	for k := from; k < end; k++ {
		if k > from && (si.startsAt(catExclusion, k) || si.startsAt(catInclusion, k) || si.startsAt(catAttrVerb, k)) {
			return nil
		}
		if !isComma(si.tokText(k)) {
			continue
		}
		n := phraseAt(si, k+1, markers)
		if n == 0 {
			continue
		}
		start := k + 1 + n
		if t := si.tokText(start); ac.l.fw.prepositions[t] || ac.l.fw.goalPrepositions[t] || ac.l.fw.placingPrepositions[t] {
			return nil // "aid deliveries, especially to Gusau": where the aid goes
		}
		subs := collectForward(si, start, 6, exclusionSubject, stop)
		if len(subs) == 0 || ac.gapTokens(si, start, subs[0].start) > 1 {
			return nil
		}
		return subs
	}
	return nil
}

// withoutGenericNames drops the mentions read through a context alias ("the groups",
// "الجماعات"): named members stand for them.
func withoutGenericNames(ms []mention) []mention {
	out := ms[:0:0]
	for _, m := range ms {
		if !m.context {
			out = append(out, m)
		}
	}
	return out
}
