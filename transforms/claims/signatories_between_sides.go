package claims

// The sides a truce is "between" are whom it binds, not who put their names to it: "the
// ceasefire agreement signed in Doha between the Congolese government and the AFC/M23",
// «الاتفاق الموقّع في روما بين حكومة موزمبيق والمجلس العسكري», "The 60-day cessation between the
// SSPDF and the SPLA-IO was signed on Tuesday", "A truce between the Tebu and Zuwaya, signed by
// elders of both tribes". A participle or passive of signing beside such a pair says that the
// text was signed; the pair is the truce's parties (parties.between), and the signers are not
// named. A signer named in its own right ("signed by the KNO and the UPF") opens no "between".

// betweenPair: a mention of the run ms stands in the pair a "between" cue opens.
func (ac *articleContext) betweenPair(si *sentInfo, ms []mention) bool {
	for _, m := range ms {
		if ac.inBetweenPhrase(si, m) {
			return true
		}
	}
	return false
}

// inBetweenPhrase: m is one of the sides a "between" cue (بين) names: the run of coordinated
// names that opens right after it, an article aside ("between the SSPDF and the SPLA-IO"), a
// few words on and in its clause. A name past the pair is not in it ("the truce between Israel
// and Hezbollah was signed by Lebanon's government": the passive agent signed). «بينها فرقة
// الحمزة» (among them) carries a pronoun before the name: a list, not a pair.
func (ac *articleContext) inBetweenPhrase(si *sentInfo, m mention) bool {
	for _, c := range ac.cuesOf(si, refParties) {
		if ac.l.topicCue[c.idx].Object != "" || ac.l.fw.pronounSuffixed(si, c) || c.end > m.start || m.start-c.end > 12 || si.boundaryIn(c.end, m.start) {
			continue
		}
		k := si.firstMentionFrom(c.end)
		if k >= len(si.ents) || !(si.ents[k].start == c.end || si.ents[k].start == c.end+1 && ac.l.fw.definiteArticles[si.tokText(c.end)]) {
			continue
		}
		for _, side := range collectForward(si, si.ents[k].start, 2, func(mention) bool { return true }, nil) {
			if side.start == m.start {
				return true
			}
		}
	}
	return false
}
