package claims

// appositiveHeadList: right after the cue (and its agent word), a short noun phrase that names
// no one is set off by a comma from the list that it describes, which closes the phrase
// ("facilitated only by our brotherly countries, Qatar and Türkiye\"", afpak ap_002; "facilitated
// by \"only two friends of Pakistan, the United States and Saudi Arabia\"", kashmir ks_001;
// «بوساطة دولتين شقيقتين، قطر وتركيا»): the names after the comma are the members. The head
// holds at most five words, no member, verb of saying, complementizer, locative or other
// punctuation; the list ends the sentence or is closed by a quote or a comma. nil when not so.
func (ac *articleContext) appositiveHeadList(si *sentInfo, h hit, from int, member func(mention) bool) []mention {
	if ac.l.fw.agentWordAt(si, from) {
		from++
	}
	n := len(si.toks)
	comma := -1
	for k := from; k < n && k <= from+6; k++ {
		t := si.tokText(k)
		if isComma(t) {
			comma = k
			break
		}
		if isQuote(t) && k == from {
			continue // "by \"only two friends ...\""
		}
		if si.toks[k].punct || si.boundary[k] || si.startsAt(catAttrVerb, k) || si.startsAt(catLocative, k) || si.tokIn(k, classComplementizer, ac.l.fw.complementizers) {
			return nil
		}
		if m, ok := si.mentionAt(k); ok && member(m) {
			return nil // a name right there is read as the list itself
		}
	}
	if comma < 0 || comma-from < 2 {
		return nil
	}
	p := comma + 1
	if _, ok := si.mentionAt(p); !ok && p < n && ac.l.fw.definiteArticles[si.tokText(p)] {
		p++
	}
	m, ok := si.mentionAt(p)
	if !ok || m.start != p || !member(m) {
		return nil
	}
	ms := coordinatedRun(ac, si, collectForward(si, p, 2, member, nil))
	if len(ms) < 2 {
		return nil // one name after a comma may start another clause ("by its neighbours, Qatar said")
	}
	end := ms[len(ms)-1].end
	if end < n {
		if t := si.tokText(end); !isQuote(t) && !isComma(t) && !si.toks[end].punct {
			return nil
		}
	}
	return ms
}
