package claims

// idleStayPlace: a verb of staying said of what a force will do, with its locative (lexicon
// object "stay_place": "would stay at", "will stay in", "to stay in", «ستبقى في»), refuses a
// withdrawal only when a place is named right after it, past an article at most ("ministry
// forces would stay at the crossing", "the special police units would stay in Zvečan and
// Leposavić", «قوات الوزارة ستبقى في أبو كماش»): the force stays where a pullback would take it
// from. Staying in anything else is no cue at all ("the truce will remain in force", "would
// remain in contact", "residents will stay in shelters"); who stays is found as for any staying
// cue, the force named before the verb. The cues hold the modal or the future: where a force
// is now ("the army remains in Makeen in violation of the agreement") tells a pullback owed,
// no refusal. "will remain in" is left out: as a cue it spoils the reading of "will remain in
// force" said of another deal (status_other_deal.go), which the test guards.
func (ac *articleContext) idleStayPlace(si *sentInfo, h hit) bool {
	if ac.l.topicCue[h.idx].Object != "stay_place" {
		return false
	}
	return !placeRightAfter(&ac.l.fw, si, h.end)
}

// placeRightAfter: a city, region or country is named from token k, past an article at most.
func placeRightAfter(fw *functionWords, si *sentInfo, k int) bool {
	for j := k; j < len(si.toks) && j <= k+1; j++ {
		if m, ok := si.mentionAt(j); ok && m.start == j && !m.demonym {
			switch m.e.Type {
			case "city", "region", "country":
				return true
			}
			return false
		}
		if !fw.definiteArticles[si.tokText(j)] {
			return false
		}
	}
	return false
}
