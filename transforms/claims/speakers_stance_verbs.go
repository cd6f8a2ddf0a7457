package claims

// A verb of stance with an object and a role marker states its subject's reading of the terms,
// as a verb of saying does: "The army reads the text as covering the city and the camps",
// "Islamabad reads the truce as confined to the merged districts", "Cotabato City also counts
// Malaysia and the OIC as guarantors". Alone the verbs (lexicon stance_verbs: read, count,
// regard, see, view, treat, interpret) say nothing ("read out the statement", "counts the
// dead", "the truce is seen as fragile", "did not read the text"), so one attributes only in
// that frame: a name right before it as its subject (no copula: not a passive), then, with no
// punctuation between, an object that is the deal, a name or a pronoun, then a role marker
// ("as", role_markers). Elsewhere its hit is dropped.

// stanceVerbIdx marks the payload of a stance verb's hit (catAttrVerb hits are otherwise 0).
const stanceVerbIdx = 1

const (
	maxStanceSubjectGap = 2 // words between the subject's name and the verb ("also", "now")
	maxStanceObject     = 6 // words of the object before the role marker
)

// settleStanceVerbs drops the stance verbs' hits outside their frame.
func settleStanceVerbs(l *language, si *sentInfo, hits []hit) {
	for k, h := range hits {
		if h.cat == catAttrVerb && h.idx == stanceVerbIdx && !stanceFrame(l, si, hits, h) && !stanceCountFrame(l, si, hits, h) {
			hits[k].cat = catDropped
		}
	}
}

// stanceFrame: the stance verb h has a name before it as subject, and an object then a role
// marker after it, in one clause.
func stanceFrame(l *language, si *sentInfo, hits []hit, h hit) bool {
	if h.start == 0 || copulaBefore(l, si, h.start) || !nameSubjectBefore(si, hits, h.start) {
		return false
	}
	for k := h.end; k < len(si.toks) && k <= h.end+maxStanceObject; k++ {
		if si.toks[k].punct {
			return false
		}
		if k > h.end && l.fw.roleMarkers[si.tokText(k)] {
			return stanceObject(l, si, hits, h.end, k) && termAfterMarker(si, hits, k+1)
		}
	}
	return false
}

// copulaBefore: a copula stands among the maxStanceSubjectGap words before pos: the verb is a
// passive ("is seen as") also past an adverb ("is widely regarded as", "is now viewed by X as").
func copulaBefore(l *language, si *sentInfo, pos int) bool {
	for k := pos - 1; k >= 0 && k >= pos-maxStanceSubjectGap; k-- {
		if l.fw.copulas[si.tokText(k)] {
			return true
		}
	}
	return false
}

// nameSubjectBefore: a name ends at most maxStanceSubjectGap words before pos, with no
// punctuation between.
func nameSubjectBefore(si *sentInfo, hits []hit, pos int) bool {
	for _, o := range hits {
		if o.cat != catEntity || o.end > pos || o.end < pos-maxStanceSubjectGap {
			continue
		}
		if !punctBetween(si, o.end, pos) {
			return true
		}
	}
	return false
}

// stanceObject: tokens [from, to) hold the deal (a ceasefire or agreement noun), a name or a
// pronoun standing for a thing ("reads it as").
func stanceObject(l *language, si *sentInfo, hits []hit, from, to int) bool {
	for _, o := range hits {
		if o.start >= from && o.start < to && (o.cat == catEntity || o.cat == catCeasefire || o.cat == catAgreement) {
			return true
		}
	}
	for k := from; k < to; k++ {
		if l.fw.thingPronouns[si.tokText(k)] {
			return true
		}
	}
	return false
}

// maxStanceTerm: words between the role marker and the term it opens ("as the sole guarantor").
const maxStanceTerm = 3

// termAfterMarker: a cue of the terms (a role, a coverage or an exclusion: "as guarantors", "as
// covering", "as confined to") opens within a few words of pos, right after the role marker.
// "Washington regards Qatar as a key partner", "Israel regards Hamas as a terrorist
// organisation" read no term: a verb of stance there says nothing of the truce, and what the
// sentence goes on to say is not its subject's.
func termAfterMarker(si *sentInfo, hits []hit, pos int) bool {
	for _, o := range hits {
		if o.start < pos || o.start > pos+maxStanceTerm || punctBetween(si, pos, o.start) {
			continue
		}
		switch o.cat {
		case catTopicCue, catInclusion, catExclusion, catOnly:
			return true
		}
	}
	return false
}
