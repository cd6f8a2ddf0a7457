package claims

// A sitting of the truce's own monitoring committee is the truce at work, not its negotiation,
// and places no talks (README, stop 19: "The Joint Monitoring Committee ... held its first
// meeting in Las Anod", «اللجنة العسكرية المشتركة ستعقد اجتماعها الثالث في الدلنج», «تشكيل لجنة
// مشتركة لمراقبة وقف إطلاق النار ... على أن تعقد اجتماعاتها في كويه»). A committee that is a
// forum of negotiation (a border or delimitation commission) has no monitor role in the
// gazetteer and keeps its venue.

// monitorBodySitting: the talks noun h is a meeting owned by a pronoun (its, their, «اجتماعها»,
// «اجتماعاتها») and a committee the gazetteer knows as a monitor is named before it in the
// sentence, its owner.
func (ac *articleContext) monitorBodySitting(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	owned := hasAnySuffix(si.tokText(h.end-1), fw.objectSuffixes)
	for k := max(h.start-2, 0); k < h.start && !owned; k++ {
		owned = fw.possessiveDeterminers[si.tokText(k)]
	}
	if !owned {
		return false
	}
	for _, m := range si.ents[:si.mentionsEndingBy(h.start)] {
		if !m.demonym && m.e.Role == "monitor" && (m.e.Type == "organization" || m.e.Type == "coalition") {
			return true
		}
	}
	return false
}
