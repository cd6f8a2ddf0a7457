package claims

// ledByBefore: the mention m follows a leader link ("the coalition led by Riyadh", «تحالف
// العدوان بقيادة الرياض», lexicon leader_links) within two tokens (an article or a title
// between): m names who leads the side before it, no side of its own.
func (ac *articleContext) ledByBefore(si *sentInfo, m mention) bool {
	for k := m.start - 1; k >= 0 && k >= m.start-4; k-- {
		if n := phraseAt(si, k, ac.l.fw.leaderLinks); n > 0 {
			return m.start-(k+n) <= 2
		}
		if si.toks[k].punct {
			return false
		}
	}
	return false
}

// betweenListStop: a list of sides after "between" ends at a complementizer ("between X and Y,
// and that Oman is the sole guarantor", «بين صنعاء وتحالف العدوان، وأن سلطنة عُمان»): a new
// clause opens there and its names are no sides.
func (ac *articleContext) betweenListStop(si *sentInfo, i int) bool {
	return si.tokIn(i, classComplementizer, ac.l.fw.complementizers)
}

// withoutLeaders: ms less the names that follow a leader link (ledByBefore).
func (ac *articleContext) withoutLeaders(si *sentInfo, ms []mention) []mention {
	var out []mention
	for _, m := range ms {
		if !ac.ledByBefore(si, m) {
			out = append(out, m)
		}
	}
	return out
}
