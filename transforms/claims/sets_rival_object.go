package claims

// A side's rival list for a set already told in the sentence, given as the bare object of its
// verb: "Guarantors: Qatar and the African Union, according to Doha; the FNRT names Qatar
// alone", "The African Union and the East African Community, according to Uganda's foreign
// ministry; CODECO names the AU only". The verb is one of listing (listing_verbs: names, lists,
// counts; not "saw only the army") or saying ("says"); its subject a name right before it (past two auxiliaries or
// adverbs); its object only names (joined by coordinators, commas and articles) with an "only"
// word before or after them, and the clause ends there. The topic is that of the set read
// before the verb in the same sentence; the list is the subject's (rule set.rival_object),
// exhaustive with its "only" word. Without an "only" word a bare list is left alone ("the FNRT
// names Qatar": as likely a party as a guarantor).

// rivalSetObjects adds such rival lists to the sentence's drafts.
func (ac *articleContext) rivalSetObjects(out []draft, si *sentInfo) []draft {
	if !ac.ceasefire || len(out) == 0 || len(si.ents) < 2 {
		return out
	}
	fw := &ac.l.fw
	n := len(out)
	// Only a verb after a set draft (with members, no agent of its own) can have one told
	// before it: the scan starts past the first such draft, and a sentence with none is done.
	first := -1
	for i := 0; i < n; i++ {
		if d := &out[i]; len(d.members) > 0 && d.agent == "" && isSetTopic(d.topic) && (first < 0 || d.pos < first) {
			first = d.pos
		}
	}
	if first < 0 {
		return out
	}
	for v := max(1, first+1); v < len(si.toks)-1; v++ {
		if h, ok := si.hitAt(catAttrVerb, v); !si.tokIn(v, classListingVerb, fw.listingVerbs) && !(ok && h.end == v+1) {
			continue
		}
		// The set told before the verb: the last set draft of the sentence before it.
		var told *draft
		for i := 0; i < n; i++ {
			if d := &out[i]; len(d.members) > 0 && d.pos < v && d.agent == "" && isSetTopic(d.topic) {
				told = d
			}
		}
		if told == nil {
			continue
		}
		members, only, end := ac.bareNameList(si, v+1)
		if len(members) == 0 || !only || (end < len(si.toks) && !si.toks[end].punct) {
			continue
		}
		agent := ac.rivalSubjectBefore(si, v)
		if agent == "" {
			continue
		}
		out = append(out, draft{topic: told.topic, subject: told.subject, members: members, exhaustive: true, pos: v + 1, rule: "set.rival_object", agent: agent})
	}
	return out
}

// isSetTopic: the topic holds a set of actors.
func isSetTopic(t string) bool {
	switch t {
	case "ceasefire.guarantors", "ceasefire.mediators", "ceasefire.monitors", "talks.sponsors":
		return true
	}
	return false
}

// bareNameList reads, from token from, a list of names joined by coordinators, commas and
// articles, with an "only" word before or after it ("only the AU", "Qatar alone", "the AU
// only"): the members' ids, whether an "only" word stands, and the token after the list.
func (ac *articleContext) bareNameList(si *sentInfo, from int) ([]string, bool, int) {
	fw := &ac.l.fw
	var members []string
	only := false
	k := from
	for k < len(si.toks) {
		if h, ok := si.hitAt(catOnly, k); ok {
			only = true
			k = h.end
			continue
		}
		t := si.tokText(k)
		if fw.definiteArticles[t] || fw.coordinators[t] || isComma(t) && len(members) > 0 && ac.mentionStartsAt(si, k+1) {
			k++
			continue
		}
		m, ok := si.mentionAt(k)
		if !ok || m.start != k || m.place || m.demonym || m.joint {
			break
		}
		members = append(members, m.e.ID)
		k = m.end
	}
	return members, only, k
}

// mentionStartsAt: a name starts at token k.
func (ac *articleContext) mentionStartsAt(si *sentInfo, k int) bool {
	m, ok := si.mentionAt(k)
	return ok && m.start == k
}
