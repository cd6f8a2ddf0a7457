package claims

// agentsStartAfterCue: where the sides after a verb of reaching an agreement may start. Right
// after the verb as before, or past one word that only closes the verb: a resumptive pronoun of
// a relative clause on the deal ("التفاهم الذي توصلت إليه الأجهزة الأمنية وكتيبة جنين": إليه is
// the deal) or a passive agent ("the deal reached by the army and the RSF").
func (ac *articleContext) agentsStartAfterCue(si *sentInfo, h hit) int {
	if h.end >= len(si.toks) {
		return h.end
	}
	if _, named := si.mentionAt(h.end); named {
		return h.end
	}
	if ac.passiveAgentWord(si, h.end) {
		return h.end + 1
	}
	t := si.toks[h.end].text
	if h.start > 0 && si.startsAt(catRelPron, h.start-1) && !si.toks[h.end].punct && hasAnySuffix(t, ac.l.fw.pronounSuffixes) {
		return h.end + 1
	}
	return h.end
}
