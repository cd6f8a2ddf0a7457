package claims

// alongsideAppositiveMembers: the appositive skipped between the subject and the cue (its
// opening comma at from, the cue at to) opens with a phrase of doing together ("قطر، إلى جانب
// مصر، تضمن تنفيذ الاتفاق", "Qatar, together with Egypt, guarantees the deal"): the names in it
// share the role with the subject. A bare conjunction or "with", a phrase of taking part
// (participation_words) and a negation in the appositive («لن تتوليا، إلى جانب الأمم المتحدة،»
// is read by subjectBeforeAlongsideAppositive) add no one.
func (ac *articleContext) alongsideAppositiveMembers(si *sentInfo, from, to int, member func(mention) bool) []mention {
	a, ok := si.hitAt(catAlongside, from+1)
	if !ok || a.start != from+1 || ac.participationPhrase(si, a) || ac.l.fw.conjunctions[si.tokText(a.start)] || ac.negationBetween(si, from, to) {
		return nil
	}
	p := a.end
	if _, named := si.mentionAt(p); !named && p < to && ac.l.fw.definiteArticles[si.tokText(p)] {
		p++
	}
	m, named := si.mentionAt(p)
	if !named || m.start != p || !member(m) {
		return nil
	}
	var out []mention
	for _, o := range coordinatedRun(ac, si, collectForward(si, p, 2, member, nil)) {
		if o.end <= to {
			out = append(out, o)
		}
	}
	return out
}
