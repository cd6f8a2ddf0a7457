package claims

// A live blog's entry opens on its time stamp and a dash ("13:55 — TTP spokesman Qari
// Anwarullah Mehsud, in a voice message: \"We had no role. The ceasefire is intact ...\"", "16:00
// IST - ..."): the subject that introduces a quotation after a colon stands right after the
// stamp, as it would stand first in a plain sentence (colonQuotation), and the quotation's
// later sentences are then that subject's too (quotesClosedLater).

// stampEnd: where the sentence's words start after a leading time stamp and its dash (a
// number first, then only numbers, clock colons and words that name nothing, up to a dash
// among the first six tokens); 0 when it opens otherwise.
func (ac *articleContext) stampEnd(si *sentInfo) int {
	if len(si.toks) == 0 || !si.toks[0].number {
		return 0
	}
	for k := 1; k < len(si.toks) && k <= 6; k++ {
		t := si.toks[k]
		if _, named := si.mentionAt(k); named {
			return 0
		}
		switch {
		case isDash(t.text):
			return k + 1
		case t.punct && t.text != ":":
			return 0
		}
	}
	return 0
}
