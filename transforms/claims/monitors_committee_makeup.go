package claims

import "slices"

// committeeMakeup: a monitoring body the gazetteer knows (a joint body of role "monitor") told
// with its make-up, no monitoring word needed: "The Joint Monitoring Committee, chaired by IGAD
// and made up of officers from both sides, held its first meeting" (lasanod ls_009), "the joint
// monitoring team would be made up of ISOC officers and BRN representatives" (pattani pt_014),
// "a joint verification commission of FAA and FLEC-FAC officers" (cabinda cb_014), «فريق التحقق
// المشترك، الذي تقوده بعثة مونوسكو ويضم ضباطاً من الجيش الكونغولي وكوديكو» (ituri it_013). The
// body watches the truce by its role; the names of its membership phrase sit on it (the gold
// convention of monitors_committee_members.go), a side's own army or armed group among them: a
// joint body is made of the sides' officers. A set rule's monitors draft that already holds the
// body gains the names; a sentence with none gains a draft of the body and its names. Only with
// at least one name: the body alone, with no make-up, is left to the monitoring words.
func (ac *articleContext) committeeMakeup(out []draft, si *sentInfo) []draft {
	if !ac.ceasefire || len(si.ents) < 2 {
		return out
	}
	fw := &ac.l.fw
	for _, m := range si.ents {
		if m.e.Role != "monitor" || !jointBody(m.e) || ac.attributedTo(si, m) {
			continue
		}
		p := ac.membershipPhraseAt(si, m.end)
		if p < 0 {
			// "would be made up of", "ستضم": a modal or copula between the body and its make-up.
			k := m.end
			for k < len(si.toks) && k < m.end+3 && (fw.modalAuxiliaries[si.tokText(k)] || fw.copulas[si.tokText(k)]) {
				k++
			}
			if k > m.end {
				p = ac.membershipPhraseAt(si, k)
			}
		}
		if p < 0 || ac.negationBetween(si, clauseStart(si, m.start), p) {
			continue
		}
		sits := func(o mention) bool {
			// "ممثلين عن يونامي": inside the phrase the preposition names whose men sit on the
			// body, not a source (as in monitors_committee_members.go).
			if o.e == m.e || isSpeakerMention(si, o, ac.l.lex.Grammar.SubjectBeforeVerb, ac.l.longest) {
				return false
			}
			switch o.e.Type {
			case "military", "armed_group":
				return true
			}
			return setMember(o)
		}
		names := collectForward(si, p, 5, sits, func(i int) bool {
			t := &si.toks[i]
			return t.punct && !isComma(t.text) || si.startsAt(catLocative, i) || si.tokIn(i, classComplementizer, fw.complementizers)
		})
		body := ac.memberID(m)
		var kept []string
		for _, o := range names {
			id := ac.memberID(o)
			if o.e.Type == "person" && o.e.Affiliation != "" {
				id = o.e.Affiliation // "برئاسة الأمين العام للوزارة بختيار عمر": the chair's body
			}
			if id != body && id != ac.theater && !slices.Contains(kept, id) {
				kept = append(kept, id)
			}
		}
		if len(kept) == 0 {
			continue
		}
		amended := false
		for i := range out {
			d := &out[i]
			if d.topic != "ceasefire.monitors" {
				continue
			}
			if !slices.Contains(d.members, body) {
				// «التي يرأسها ممثل عن الكنيسة ستضم مراقبين من مجموعة سادك»: the observers the
				// set rule read sit on the body, every one named in its make-up.
				inside := len(d.members) > 0
				for _, id := range d.members {
					inside = inside && slices.Contains(kept, id)
				}
				if !inside {
					continue
				}
				d.members = appendSorted(d.members, body)
			}
			for _, id := range kept {
				if !slices.Contains(d.members, id) {
					d.members = appendSorted(d.members, id)
				}
			}
			amended = true
		}
		if amended {
			continue
		}
		for i := range out {
			if out[i].topic == "ceasefire.monitors" {
				amended = true // another set told in the sentence: its rule decides
			}
		}
		if amended || ac.negationBetween(si, p, len(si.toks)) {
			// "which brings together Russian and Turkish officers, will not monitor the truce":
			// a negation after the make-up may deny the watch itself (the set rule's business).
			continue
		}
		members := []string{body}
		for _, id := range kept {
			members = appendSorted(members, id)
		}
		out = append(out, draft{topic: "ceasefire.monitors", members: members, pos: m.start, rule: setRule("ceasefire.monitors")})
	}
	return out
}
