package claims

// A truce said to remain in force for a span states its term, as "will last" does: "shall
// remain in force for three months", "is to remain in force for 60 days", "وسيظل الاتفاق
// ساري المفعول لمدة ستين يوماً", "ويبقى الاتفاق ساري المفعول لمدة ثلاثة أشهر". Only the
// state reached so far ("has remained in force for ten days", "ساري المفعول منذ أسبوع") measures
// the time elapsed (elapsedSpan).

// stateToCome: the in-force status cue c is a state to come: a modal auxiliary governs it
// ("shall remain in force", "will remain in effect"), an infinitive marker stands right before
// it ("is to remain in force"), or an imperfect remain verb, bare or with the future prefix,
// leads it with at most its subject between ("يبقى الاتفاق ساري المفعول", "سيظل ساري المفعول").
func (ac *articleContext) stateToCome(si *sentInfo, c hit) bool {
	fw := &ac.l.fw
	if ac.foreseenAt(si, c.start) || fw.infinitiveMarkers[si.tokText(c.start-1)] {
		return true
	}
	for k := c.start - 1; k >= 0 && k >= c.start-3 && !si.boundaryIn(k, c.start); k-- {
		w := fw.withoutConjunction(si.tokText(k))
		for _, p := range fw.futurePrefixes {
			if len(w) > len(p) && w[:len(p)] == p && fw.remainVerbs[w[len(p):]] {
				return true
			}
		}
		if fw.remainVerbs[w] {
			return true
		}
	}
	return false
}
