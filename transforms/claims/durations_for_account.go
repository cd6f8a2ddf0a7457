package claims

// forAccountSpanAt reads rival accounts of the truce's length listed as spans each followed by
// whose account it is: "Even its length is disputed: thirty days for the mediators, three months
// for the Zuwaya council" (kufra kf_012), "How long? 40 days for the government, 60 for the BRN"
// (pattani pt_036), «ثلاثون يوماً عند الوسطاء، وثلاثة أشهر عند مجلس الزوية». The account word
// (lexicon account_prepositions: for, عند, لدى) stands right after the span and its name right
// after it, ending the clause; the sentence speaks of the truce's length before the span
// (truceLengthBefore, with a duration cue, a frame or the question just asked); and a second span
// in the sentence has an account of its own: "a truce of 30 days for the people of Gaza" is one
// span with a beneficiary, no list of accounts. A span after the first may leave its unit out
// ("60 for the BRN"): it counts in the first's. The named one says it (rule duration.for_account).
func (ac *articleContext) forAccountSpanAt(si *sentInfo, ne numExpr, nums []numExpr) (draft, bool) {
	if len(ac.l.fw.accountPreps) == 0 || len(nums) < 2 || questionSentence(si) {
		return draft{}, false
	}
	days, agent, ok := ac.spanForAccount(si, ne)
	if !ok {
		return draft{}, false
	}
	others, firstDays := 0, 0.0
	for _, o := range nums {
		if o.start == ne.start {
			continue
		}
		if d, _, ok := ac.spanForAccount(si, o); ok {
			others++
			if o.start < ne.start && firstDays == 0 {
				firstDays = d
			}
		}
	}
	if others == 0 {
		return draft{}, false
	}
	if days == 0 {
		if firstDays == 0 {
			return draft{}, false
		}
		days = firstDays // "60 for the BRN" after "40 days for the government"
	}
	if !ac.truceLengthBefore(si, ne.start) || !ac.durationCueBefore(si, ne.start) && !ac.durationFrame(si) && !ac.topicAnswered(si, refDuration) {
		return draft{}, false
	}
	d := durationDraft(ne.low, ne.high, days, ne.start)
	d.rule, d.agent = "duration.for_account", agent
	return d, true
}

// spanForAccount: the number ne, with its unit or none, is followed by an account word and a
// name that can speak, which ends its clause. It returns the unit's days (0 with no unit) and
// the name's entity id.
func (ac *articleContext) spanForAccount(si *sentInfo, ne numExpr) (float64, string, bool) {
	end := ne.end
	if si.tokText(end) == "-" {
		end++
	}
	days := 0.0
	if h, ok := si.hitAt(catDurUnit, end); ok {
		days, end = ac.l.durUnits[h.idx], h.end
	} else {
		end = ne.end
	}
	if end >= len(si.toks) || !ac.l.fw.accountPreps[si.tokText(end)] {
		return 0, "", false
	}
	at := end + 1
	if at < len(si.toks) && ac.l.fw.definiteArticles[si.tokText(at)] {
		if _, ok := si.mentionAt(at); !ok {
			at++ // "for the BRN": the article outside the name
		}
	}
	m, ok := si.mentionAt(at)
	if !ok || m.start != at || !ac.speakingMention(m) {
		return 0, "", false
	}
	if m.end < len(si.toks) && !si.toks[m.end].punct {
		return 0, "", false // "30 days for the people of Gaza to rebuild": the name is no account's end
	}
	return days, m.e.ID, true
}
