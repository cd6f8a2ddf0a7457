package claims

// handoverSeen: the exchange cue h is the subject or object of a handover told in the past
// ("Bodies handed over at Chaman", "The bodies of four militants were handed to the Red Cross
// this morning", "The ELN has handed over four hostages to a church commission", «كما سلّمت
// الجمعية جثامين ستة قتلى إلى ذويهم», «أُفرج عن سبعة عشر رهينة»): a deed seen on the ground, as
// aidArrived says of aid, no term of the deal. A sentence that names the deal or the truce
// otherwise than as a time ("the first release under the Luanda agreement", "calling the
// exchange the first step under the ceasefire terms") tells the term the deed carries out, and
// so does an inclusion word ("as part of it"). A negated handover ("No prisoner is being released
// as part of it") is no deed seen.
func (ac *articleContext) handoverSeen(si *sentInfo, h hit) bool {
	return !si.has[catInclusion] && !negatedAt(si, h.start) && ac.deedSeen(si, h, ac.l.fw.handoverDeeds, true)
}
