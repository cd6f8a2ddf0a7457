package claims

// gestureRelease reads a release said to be a gesture, or a matter for the courts, as a release
// outside the truce's terms ("The release of persons detained in connection with the conflict
// falls under the judicial authorities", «غير أن الحكومة تعتبره شأناً قضائياً»: lexicon
// judicial_phrases, read the same way as a gesture):
// "the government said the release was "a goodwill gesture, not a clause of the ceasefire"",
// "said the detainees had been released "as a goodwill gesture, not because the truce required
// it"", "released 12 detained bandit suspects, in what state officials described as a goodwill
// gesture", «الإفراج عن نحو أربعين محتجزاً اليوم «مبادرة حسن نية من القيادة الجنوبية»», «فيما
// يصفه الحوثيون بأنه "بادرة إنسانية منفصلة"». A gesture phrase (lexicon gesture_phrases), not
// negated, with a release or handover word or a captive noun of the exchange topic at most
// sixteen tokens before it in the sentence, takes the slot of the nearest captive noun before it;
// with none in the sentence, a release word at most six tokens before it ("called the release
// "a unilateral gesture"") takes the last captive noun of the sentence before. A gesture under the
// deal ("a humanitarian gesture under the understanding": a frame preposition right after it)
// carries a term out.
// The slot's claim from the sentence's cues, with no inclusion word between it and the gesture
// ("Chad freed 40 prisoners, but the government said the release was a goodwill gesture": the
// deed the gesture names), turns not included; told as a term before it ("Washington says the
// release is part of the deal, while the Houthis call it a separate gesture"), it stays, and the
// gesture is a second account.
// A release seen on the ground is no term (handoverSeen); the gesture is what makes it one the
// speaker keeps out of the deal.
func (ac *articleContext) gestureRelease(out []draft, si *sentInfo) []draft {
	fw := &ac.l.fw
	if len(fw.gesturePhrases) == 0 && len(fw.judicialPhrases) == 0 || !si.has[catTopicCue] {
		return out
	}
	for k := range si.toks {
		if !si.tokIn(k, classGestureFirst, fw.gestureFirst) {
			continue // phraseAt matches the first word as written: no phrase starts here
		}
		n, why := phraseAt(si, k, fw.gesturePhrases), ".gesture"
		if n == 0 {
			n, why = phraseAt(si, k, fw.judicialPhrases), ".judicial"
		}
		if n == 0 {
			continue
		}
		if negatedAt(si, k) || si.cond[k] {
			return out // "it was not a goodwill gesture"
		}
		for j := k + n; j < len(si.toks) && j <= k+n+2; j++ {
			if fw.framePrepositions[si.tokText(j)] {
				return out // "a humanitarian gesture under the understanding": a term carried out
			}
		}
		slot, released, near := "", false, false
		for j := k - 1; j >= 0 && j >= k-16; j-- {
			t := fw.withoutConjunction(si.tokText(j))
			if fw.termActions[t] || fw.handoverDeeds[t] || fw.termActions[fw.withoutArticlePrefix(t)] {
				released, near = true, near || j >= k-6
			}
		}
		at, headSlot, headAt := -1, "", -1
		for _, c := range ac.cuesOf(si, refExchange) {
			s := ac.l.topicCue[c.idx].Slot
			if s == "" || c.end > k {
				continue
			}
			if ac.l.topicCue[c.idx].Object == "head" {
				// "the release of", «الإفراج عن»: a release, whose slot a captive noun names
				released = true
				if c.start > headAt {
					headSlot, headAt = s, c.start
				}
			} else if c.start > at {
				slot, at = s, c.start
				if s == "prisoners" && ac.describesHostages(si, refExchange, c) {
					slot = "hostages" // «طاقم السفينة ... المحتجز»: the crew held, hostages
				}
			}
		}
		if slot == "" {
			slot, at = headSlot, headAt
		}
		if slot == "" && near && si.s.Index > 0 {
			// "The ELN has handed over four hostages ... In a short note the ELN called the
			// release "a unilateral gesture outside the agreement."": the release the sentence
			// before tells, its last captive noun.
			last := -1
			for _, c := range ac.cuesOf(ac.infos[si.s.Index-1], refExchange) {
				if s := ac.l.topicCue[c.idx].Slot; s != "" && ac.l.topicCue[c.idx].Object != "head" && c.start > last {
					slot, last = s, c.start
				}
			}
			at = k // the gesture is this sentence's
		}
		if slot == "" || !released && at < k-16 {
			return out
		}
		account := contrastsBefore(si, k)
		for i := range out {
			d := &out[i]
			if d.topic == "ceasefire.exchange" && d.subject == slot && d.value == "included" && !inclusionBetween(si, d.pos, k) {
				d.value, d.pos, d.rule = "not_included", k, "slot."+slot+why
				return out
			}
		}
		for _, d := range out {
			if d.topic == "ceasefire.exchange" && d.value == "not_included" && (d.subject == slot || contrastsBefore(si, d.pos) == account) {
				return out // told outside the deal already ("a goodwill gesture outside the truce")
			}
		}
		return append(out, draft{topic: "ceasefire.exchange", subject: slot, value: "not_included", pos: k, rule: "slot." + slot + why})
	}
	return out
}

// inclusionBetween: an inclusion word (part of, includes, يشمل) stands between tokens from and
// k: the sentence tells the release as a term before the gesture, another account of it.
func inclusionBetween(si *sentInfo, from, k int) bool {
	for _, h := range si.hitsOf(catInclusion) {
		if h.start >= from && h.start < k && !isTrapped(si, h) {
			return true
		}
	}
	return false
}
