package claims

// "as agreed" tells how a term is carried out, not that the truce was concluded: "the truce
// started at midnight, as agreed", "The ceasefire began at midnight, as agreed in Cairo",
// «مؤكدة أنها ستُعقد في جوبا «كما اتُّفق عليه»»: the agreement is presupposed, as a participle
// of a term of this truce presupposes it (the gold README's presupposed-agreement convention),
// and the sentence asserts only the term. A verb with its own subject ("كما اتفقنا مع الوسطاء
// الأتراك", "as we agreed with the mediators") is the speaker telling its own agreement and stays.

// asAgreed: an as-marker (lexicon as_reported_markers: as, كما, حسبما) stands right before the
// agreeing cue h, and the cue carries no pronoun suffix (first_person_plural_affixes: «اتفقنا»;
// object_suffixes) and has no subject of its own right after it, where the verb comes first
// («كما اتفق الطرفان في جدة», «كما اتفقت الحكومة والحركة»: the sides agreed).
func (ac *articleContext) asAgreed(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	if h.start == 0 || !fw.asReportedMarkers[si.tokText(h.start-1)] {
		return false
	}
	if _, named := si.mentionAt(h.end); named {
		return false
	}
	if at, _ := ac.bothSidesIn(si, h.end, min(h.end+3, len(si.toks))); at == h.end {
		return false
	}
	return !fw.pronounSuffixed(si, h) && !(h.end-h.start == 1 && hasAnySuffix(si.tokText(h.start), fw.weVerbSuffixes))
}
