package claims

import (
	"slices"
	"strings"
)

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

// coBrokerAfterObject: a brokering verb's subject or agent shares the brokering with a body
// named after the deal by a phrase of doing together ("UNAMI brokered the deal with Washington
// at its side", "church leaders, who helped broker the SoO together with the United Naga
// Council", "Governor al-Kinani, who brokered the deal with the sheikhs' committee", "reached
// through Qatari mediation in close cooperation with the United States"): that body is a
// member too, as alongsideAfterObject reads guarantors and monitors. Such a phrase itself
// coordinated ("بوساطة قطرية، وبمشاركة الولايات المتحدة") adds who took part, not a broker; the sides the
// article names for its truce, and an armed force the article does not show brokering
// (brokerGroup), are whom it was made with ("mediated a deal with the Houthis").
func (ac *articleContext) coBrokerAfterObject(si *sentInfo, h hit, ms []mention, named func(mention) bool) []mention {
	partner := func(m mention) bool {
		armed := m.e.Type == "armed_group" || m.e.Type == "military"
		return named(m) && !(armed && !ac.brokerGroup(m)) && !slices.Contains(ac.truceSides(), ac.memberID(m))
	}
	add := ac.alongsideAfterObject(si, h, ms, partner)
	if len(add) > 0 && ac.contactWithName(si, add[0].start) {
		return nil // "عبر اتصالات مع دمشق": whom the broker spoke to (sets_contacts_with.go)
	}
	if len(add) > 0 && (ac.conjoinedAlongside(si, add[0].start) || ac.conjoinedAlongside(si, add[0].start-1)) {
		return nil // "بوساطة قطرية، وبمشاركة الولايات المتحدة": who took part (coordinatedRun)
	}
	if len(add) > 0 {
		return add
	}
	return ac.withAfterObject(si, h, ms, partner)
}

// withAfterObject: a bare "with" (مع) after the brokering cue, past its object (the deal, a
// truce noun) and a few words of manner ("in close cooperation"), with no name, mark or clause
// break between, names a partner right after it (past an article). An absolute phrase ("with
// Jordan hosting") tells what another did, not who brokered; a state's adjective qualifies
// another noun ("brokered by UNSMIL with Egyptian and Turkish support": support, no brokering).
func (ac *articleContext) withAfterObject(si *sentInfo, h hit, ms []mention, partner func(mention) bool) []mention {
	last := h.end
	for _, m := range ms {
		last = max(last, m.end)
	}
	for k := last; k < len(si.toks) && k <= last+5; k++ {
		if si.toks[k].punct || si.boundary[k] && k > last {
			return nil
		}
		if _, ok := si.mentionAt(k); ok {
			return nil
		}
		if !si.tokIn(k, classComitative, ac.l.fw.comitatives) {
			continue
		}
		if ac.contactNounBefore(si, k) {
			return nil // "brokered the deal through contacts with Damascus" (sets_contacts_with.go)
		}
		p := k + 1
		if _, named := si.mentionAt(p); !named && p < len(si.toks) && ac.l.fw.definiteArticles[si.tokText(p)] {
			p++
		}
		m, ok := si.mentionAt(p)
		if !ok || m.demonym || !partner(m) || m.context && !m.qualified || ac.participleAfter(si, m.end) {
			return nil
		}
		return coordinatedRun(ac, si, collectForward(si, m.start, 2, partner, nil))
	}
	return nil
}

// participleAfter: an English present participle follows the name at pos ("with Jordan
// hosting", "with Oman quietly facilitating"): an absolute phrase.
func (ac *articleContext) participleAfter(si *sentInfo, pos int) bool {
	for k := pos; k < len(si.toks) && k <= pos+1; k++ {
		if t := si.tokText(k); len(t) > 4 && strings.HasSuffix(t, "ing") {
			return true
		}
	}
	return false
}
