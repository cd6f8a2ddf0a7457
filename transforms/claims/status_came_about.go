package claims

// cameAboutThrough reads a truce said to have come about through someone's mediation,
// sponsorship or efforts ("وجاء الاتفاق بوساطة من الاتحاد الأوروبي", "وأن الاتفاق جاء بوساطة
// مخابرات الجيش", "الصلح المؤقت بين العشيرتين تم برعاية مكتب رئيس الوزراء", "العطوة تحققت
// حصراً بجهود المحافظ"): it presupposes the truce was reached, an agreed claim, as "was reached
// through Russian mediation" and "جاء ثمرة اتصالات" are. A verb of coming about (lexicon
// coming_about_verbs) has the truce or, in an article about one, the deal for its subject,
// before it (truceSubjectOf) or right after it (truceSubjectAfter), and a manner word (lexicon
// mediation_manners) follows the verb, or the subject after it, an exhaustive word at most
// between. Not "جاء في البيان" (no manner), "تم تبادل الأسرى برعاية الصليب الأحمر" (no truce
// subject), nor a coming about negated, denied, asked for or foreseen ("لم يأتِ الاتفاق بوساطة
// مصرية", "نفى أن يكون الاتفاق جاء بوساطة تركية": who brokered it is what is denied).
func (ac *articleContext) cameAboutThrough(out []draft, si *sentInfo) []draft {
	fw := &ac.l.fw
	if len(fw.comingAboutVerbs) == 0 || !si.has[catCeasefire] && !(si.has[catAgreement] && ac.ceasefire) {
		return out
	}
	// The manner word is rarer than the verbs: without one in the sentence nothing comes about
	// (one lookup a token instead of two and a prefix strip).
	if !ac.anyMediationManner(si) {
		return out
	}
	// "وقالت موسكو إن اتفاق تبادل الأسرى جاء بوساطة إماراتية": a deal named by another provision
	// is that provision's, not the truce (as for its start, time_rules.go).
	if ac.onlyProvisionAgreements(si) {
		return out
	}
	for k := range si.toks {
		if w := si.toks[k].w; w != nil && w.classes&classComingAboutVerb == 0 {
			continue // the lookups below, answered once per distinct word
		}
		if !fw.comingAboutVerbs[si.tokText(k)] && !fw.comingAboutVerbs[fw.withoutConjunction(si.tokText(k))] {
			continue
		}
		v := hit{start: k, end: k + 1}
		after := k + 1
		switch {
		case ac.truceSubjectAfter(si, v):
			after = ac.subjectEndAfter(si, k+1)
		case ac.truceSubjectOf(si, v, false):
		default:
			continue
		}
		if !ac.mediationMannerAt(si, after) {
			continue
		}
		if negatedAt(si, k) || deniedAt(si, k) || deniedClause(si, k) || si.cond[k] || ac.yearOfEarlierTruce(si, v) {
			continue
		}
		if m, _ := ac.modalityCue(si, k); m != "asserted" {
			continue
		}
		out = append(out, draft{topic: "ceasefire.status", value: "agreed", pos: k, rule: "status.came_about"})
	}
	return out
}

// subjectEndAfter is the end of the truce or agreement noun starting at k.
func (ac *articleContext) subjectEndAfter(si *sentInfo, k int) int {
	end := k + 1
	for _, c := range [...]category{catCeasefire, catAgreement} {
		if n, ok := si.hitAt(c, k); ok {
			end = max(end, n.end)
		}
	}
	return end
}

// mediationMannerAt: a manner word of mediation (بوساطة, برعاية, بجهود) at k, or after one
// exhaustive word there ("تحققت حصراً بجهود المحافظ").
func (ac *articleContext) mediationMannerAt(si *sentInfo, k int) bool {
	manner := func(j int) bool {
		return j < len(si.toks) && !si.boundaryIn(k, j+1) && ac.l.fw.mediationManners[si.tokText(j)]
	}
	return manner(k) || si.startsAt(catOnly, k) && manner(k+1)
}

// anyMediationManner: some token of the sentence is a manner word of mediation.
func (ac *articleContext) anyMediationManner(si *sentInfo) bool {
	for k := range si.toks {
		if si.tokIn(k, classMediationManner, ac.l.fw.mediationManners) {
			return true
		}
	}
	return false
}
