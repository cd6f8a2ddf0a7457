package claims

import "slices"

// coBrokerSpeaker: a cue of brokering or guaranteeing that carries its object pronoun, no
// agent named after it, and its partner right after "with" ("دعم المملكة للهدنة التي يسّرتها مع
// الولايات المتحدة", "الاتفاق الذي رعته مع قطر"): the verb's unnamed subject is who speaks, a
// member (its state) beside the partner. The outlet speaking, or no state behind the speaker,
// adds no one.
func (ac *articleContext) coBrokerSpeaker(si *sentInfo, h hit, t string, ms []mention, members []string) []string {
	if t != "ceasefire.mediators" && t != "ceasefire.guarantors" {
		return members
	}
	if len(ms) == 0 || ms[0].start != h.end+1 || !ac.withBefore(si, ms[0].start) || !ac.l.fw.pronounSuffixed(si, h) {
		return members
	}
	st := ac.speakerState(si, h.start)
	if st == "" || slices.Contains(members, st) {
		return members
	}
	return appendSorted(members, st)
}
