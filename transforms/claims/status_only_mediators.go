package claims

// onlyOfMediators: every exhaustive word in [from, to) closes a list of mediators: a mediators
// cue ("brokered by", "وساطة") ends at most eight tokens before it in its clause ("brokered by
// Egypt and Qatar only", "ثمرة وساطة الاتحاد الأفريقي والإيغاد وحدهما"). The word says who
// mediated, not who signed.
func (ac *articleContext) onlyOfMediators(si *sentInfo, from, to int) bool {
	found := false
	for _, o := range si.hitsOf(catOnly) {
		if o.start < from || o.start >= to || si.trap[o.start] {
			continue
		}
		closes := false
		for _, c := range ac.cuesOf(si, refMediators) {
			if c.end <= o.start && o.start-c.end <= 8 && !si.boundaryIn(c.end, o.start) {
				closes = true
				break
			}
		}
		if !closes {
			return false
		}
		found = true
	}
	return found
}
