package claims

import (
	"slices"
	"strings"
)

// leftOutPursued reads the right to keep fighting a group the sentence leaves out of the truce,
// told by a pursuit of it that goes on after the exclusion, through a relative or a pronoun:
// "The ceasefire does not extend to TJW and other splinter groups, against whom
// intelligence-based operations will continue", «ولا يشمل وقف العدائيات ميليشيا الدعم السريع،
// التي ستواصل قواتنا دحرها», «يستثني خلايا داعش ... وأن القوات الحكومية ستواصل ملاحقتها». The
// sentence's exclusion rule must have left an armed group out before; an ongoing verb (lexicon
// ongoing_verbs: will continue, ستواصل) after it, in the same account (no contrast opening
// another between), not negated, with a pursuit word (lexicon pursuit_stems: operations, ملاحقة,
// دحر) within three tokens either side, in its clause. Not what goes on without a pursuit
// ("talks will continue"), nor a pursuit told before the group is left out.
func (ac *articleContext) leftOutPursued(out []draft, si *sentInfo) []draft {
	fw := &ac.l.fw
	if len(fw.ongoingVerbs) == 0 || len(fw.pursuitStems) == 0 {
		return out
	}
	from := -1
	for _, d := range out {
		switch {
		case d.topic == "ceasefire.retained_rights" && d.subject == "fight_terrorism":
			return out // the sentence's cues have read the right already
		case d.topic == "ceasefire.exclusions" && d.value == "excluded" && from < 0 && ac.leftOutGroup(d.subject):
			from = d.pos
		}
	}
	if from < 0 || !ac.terrorTarget(si) {
		return out
	}
	account := contrastsBefore(si, from) // the account the exclusion is told in
	for k := from + 1; k < len(si.toks); k++ {
		n := phraseAt(si, k, fw.ongoingVerbs) // the ongoing verb phrase's length, or 0
		if n == 0 || negatedAt(si, k) || contrastsBefore(si, k) != account || !ac.pursuitNear(si, k, k+n) || !ac.pursuitOfGroup(si, from, k+n) {
			continue
		}
		return append(out, draft{topic: "ceasefire.retained_rights", subject: "fight_terrorism", value: "retained", pos: k, rule: "slot.fight_terrorism.left_out_pursued"})
	}
	return out
}

// terrorTarget: the sentence presents what the truce leaves out as terrorists, jihadists,
// militants or insurgents: a jihadist group named in it, a designation word ("terrorist",
// «الإرهابية») or an insurgent noun (lexicon insurgent_nouns: militants, insurgents, «المتشددين»).
// The pursuit of a rebel faction, a gang or bandits the text names without one («هذا الفصيل ...
// العمليات ضده ستتواصل», "the council is excluded and operations against it will go on", «مجموعة
// 3R التي ستواصل القوات الحكومية ملاحقتها») is its exclusion only (gold README, stop 25).
func (ac *articleContext) terrorTarget(si *sentInfo) bool {
	if si.has[catDesignation] || jihadistWithin(si, 0, len(si.toks)) {
		return true
	}
	fw := &ac.l.fw
	for k := range si.toks {
		t := fw.withoutConjunction(si.tokText(k))
		if hasAnyPrefix(t, fw.insurgentNouns) || hasAnyPrefix(fw.withoutArticlePrefix(t), fw.insurgentNouns) {
			return true
		}
	}
	return false
}

// leftOutGroup: the excluded subject is an armed group (not a place, a body or a person).
func (ac *articleContext) leftOutGroup(id string) bool {
	e := ac.x.data.Gazetteer.Entity(id)
	return e != nil && e.Type == "armed_group"
}

// pursuitNear: a pursuit word (without its conjunction and article prefix) starts within three tokens
// before from or after to, with no clause boundary between, and no aid word beside it (lexicon
// aid_adjectives: "humanitarian operations", "rescue operations", «عمليات الإغاثة»).
func (ac *articleContext) pursuitNear(si *sentInfo, from, to int) bool {
	fw := &ac.l.fw
	for k := max(from-3, 0); k < min(to+3, len(si.toks)); k++ {
		if k >= from && k < to {
			continue
		}
		t := fw.withoutConjunction(si.tokText(k))
		if !hasAnyPrefix(t, fw.pursuitStems) && !hasAnyPrefix(fw.withoutArticlePrefix(t), fw.pursuitStems) {
			continue
		}
		if ac.aidAdjectiveAt(si, k-1) || ac.aidAdjectiveAt(si, k+1) {
			continue // "humanitarian operations will continue", «عمليات الإغاثة»: no pursuit
		}
		if k < from && !si.boundaryIn(k, from) || k >= to && !si.boundaryIn(to, k) {
			return true
		}
	}
	return false
}

// pursuitOfGroup: the pursuit told after the exclusion points back at the group left out as its
// target: a target phrase (lexicon pursuit_target_phrases: "against whom", «ضدها») or a pursuit
// word carrying an object pronoun («ملاحقته», «دحرها») stands after the exclusion and at most
// three tokens past the ongoing verb. A pursuit the group itself carries out ("al-Shabaab, whose
// raids on villages continue", «حركة الشباب التي تواصل شن غارات على القرى») tells no right to
// fight it.
func (ac *articleContext) pursuitOfGroup(si *sentInfo, from, to int) bool {
	fw := &ac.l.fw
	for k := from + 1; k < min(to+3, len(si.toks)); k++ {
		if phraseAt(si, k, fw.pursuitTargetPhrases) > 0 {
			return true
		}
		if t := fw.withoutConjunction(si.tokText(k)); isArabicWord(t) && pursuitWithPronoun(fw, t) {
			return true
		}
	}
	return false
}

// pursuitWithPronoun: t is a pursuit stem with a pronoun glued after more of the word («دحرها»,
// «ملاحقته»: the ta marbuta opened before it); a lone final ه is the folded ta marbuta
// («ملاحقة»), no pronoun.
func pursuitWithPronoun(fw *functionWords, t string) bool {
	for _, p := range fw.pursuitStems {
		rest, ok := strings.CutPrefix(t, p)
		if !ok {
			continue
		}
		for _, s := range fw.pronounSuffixes {
			if strings.HasSuffix(rest, s) && len(rest) > len(s) || slices.Contains(fw.objectSuffixes, rest) {
				return true
			}
		}
	}
	return false
}
