package claims

// nearCeasefirePastNames: nearCeasefire with every name between the cue and the noun counted as
// one word. A verb-first sentence puts its subject between the verb and the truce it signed,
// and a long name with its own punctuation ("وقّع الجيش السوداني والحركة الشعبية لتحرير
// السودان – شمال (جناح الحلو) مساء اليوم في جوبا اتفاقاً لوقف العدائيات", "the Sudanese Armed
// Forces (SAF) and the Sudan People's Liberation Movement-North (SPLM-N)") stands for one
// word of the clause, not eight. Only nouns within twice the window are looked at (nounWithin);
// whatever nearCeasefire finds, this finds too.
func (ac *articleContext) nearCeasefirePastNames(si *sentInfo, pos, window int) bool {
	return ac.nounWithin(si, si.hitsOf(catCeasefire), pos, 2*window, window, true) ||
		ac.ceasefire && ac.nounWithin(si, si.hitsOf(catAgreement), pos, 2*window, window, true)
}

// gapPastNames: the tokens in [a, b), a name lying wholly inside counting as one.
func gapPastNames(si *sentInfo, a, b int) int {
	gap := b - a
	for _, m := range si.ents[si.firstMentionFrom(a):] {
		if m.start >= b {
			break
		}
		if m.end <= b {
			gap -= m.end - m.start - 1
		}
	}
	return gap
}
