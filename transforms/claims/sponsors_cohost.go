package claims

import (
	"slices"
	"strings"
)

// coSponsorAfterObject: a word of hosting or convening talks whose subject or agent shares the
// role with a body named after it by a phrase of doing together ("Nairobi stands ready to host
// the next round, alongside IGAD", "UNAMI, which convenes the committee together with the U.S.
// embassy", "negotiations hosted by the State of Qatar in partnership with the African Union",
// «تستضيفها قطر بالتعاون مع الاتحاد الأفريقي»), by a bare "with" right after its agent ("The
// talks, convened by the AU with IGAD, ..."), or by an absolute phrase whose participle is itself
// the shared role ("with the African Union co-chairing"): that body sponsors the talks too.
// A phrase of taking part ("with the participation of", «بمشاركة», "with U.N. participation")
// names who attends, a bare
// «مع»/"with" after the talks noun whom they are held with ("hosted talks with the Taliban"),
// and the sides of the truce and armed groups are whom the talks are between: none of them is a
// sponsor.
func (ac *articleContext) coSponsorAfterObject(si *sentInfo, h hit, ms []mention, named func(mention) bool) []mention {
	partner := func(m mention) bool {
		armed := m.e.Type == "armed_group" || m.e.Type == "military"
		return named(m) && !m.demonym && !armed && !slices.Contains(ac.truceSides(), ac.memberID(m))
	}
	if a, ok := ac.alongsideAfter(si, h, ms); ok && !ac.alongsidePronoun(si, a) && !ac.participationPhrase(si, a) {
		if add := ac.alongsideAfterObject(si, h, ms, partner); len(add) > 0 {
			if ac.conjoinedAlongside(si, add[0].start) || ac.conjoinedAlongside(si, add[0].start-1) {
				return nil // "برعاية قطرية، وبالتعاون مع مصر": a coordinated phrase of its own
			}
			return add
		}
	}
	// A bare "with" right after the agent named after the cue ("convened by the AU with IGAD").
	last := -1
	for _, m := range ms {
		if m.start >= h.end {
			last = max(last, m.end)
		}
	}
	if last < 0 || !si.tokIn(last, classComitative, ac.l.fw.comitatives) {
		return ac.coRoleAbsolute(si, h, partner)
	}
	p := last + 1
	if _, ok := si.mentionAt(p); !ok && p < len(si.toks) && ac.l.fw.definiteArticles[si.tokText(p)] {
		p++
	}
	m, ok := si.mentionAt(p)
	if !ok || m.start != p || !partner(m) || m.context && !m.qualified {
		return nil
	}
	if ac.participleAfter(si, m.end) && !coRoleParticipleAfter(si, m.end) {
		return nil // "hosted by Qatar with Jordan attending": another's doing
	}
	if ac.l.fw.participationWords[si.tokText(m.end)] {
		return nil // "convened by Oman with U.N. participation": the name qualifies a taking part
	}
	return coordinatedRun(ac, si, collectForward(si, m.start, 2, partner, nil))
}

// participationPhrase: the phrase of doing together at a is one of taking part ("with the
// participation of", «بمشاركة») or a bare «مع»/"with" (lexicon participation_words,
// comitatives).
func (ac *articleContext) participationPhrase(si *sentInfo, a hit) bool {
	if a.end-a.start == 1 && si.tokIn(a.start, classComitative, ac.l.fw.comitatives) {
		return true
	}
	for k := a.start; k < a.end; k++ {
		if ac.l.fw.participationWords[si.tokText(k)] {
			return true
		}
	}
	return false
}

// coRoleParticipleAfter: within three words after pos, a participle or noun of a shared role
// ("co-chairing", "co-hosting", "attending as co-facilitator"): a word "co-" opens.
func coRoleParticipleAfter(si *sentInfo, pos int) bool {
	for k := pos; k < len(si.toks) && k <= pos+3; k++ {
		t := si.tokText(k)
		if si.toks[k].punct && t != "-" {
			return false
		}
		if t == "co" && k+1 < len(si.toks) || strings.HasPrefix(t, "co-") {
			return true
		}
	}
	return false
}

// coRoleAbsolute: an absolute phrase later in the cue's clause whose participle is the shared
// role ("Qatar will host the next round in Doha on November 8, with the African Union
// co-chairing"): its subject sponsors too. Any other participle ("with Jordan attending") is
// another's doing.
func (ac *articleContext) coRoleAbsolute(si *sentInfo, h hit, partner func(mention) bool) []mention {
	for k := h.end; k < len(si.toks) && k <= h.end+24; k++ {
		if t := &si.toks[k]; t.punct && !isComma(t.text) {
			return nil
		}
		if !si.tokIn(k, classComitative, ac.l.fw.comitatives) {
			continue
		}
		p := k + 1
		if _, ok := si.mentionAt(p); !ok && p < len(si.toks) && ac.l.fw.definiteArticles[si.tokText(p)] {
			p++
		}
		if m, ok := si.mentionAt(p); ok && m.start == p && partner(m) && (!m.context || m.qualified) && coRoleParticipleAfter(si, m.end) {
			return []mention{m}
		}
	}
	return nil
}
