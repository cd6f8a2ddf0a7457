package claims

// saidThatBetween: a verb of saying followed by its complementizer stands between a name read
// back from a set cue and the cue ("غير أن والي البحر الأحمر ... أكد أن الوساطة كانت «حصراً»
// للجنة القومية", "the governor said that the mediation was the committee's alone"): the name
// is who says it, the subject of the verb before the clause, not a member of the set the clause
// names. (A pronoun of that clause standing for the speaker makes them one: withSpeakerPronoun.)
//
// The verb stands right after the name (its subject, maybe past an auxiliary): a name farther
// back belongs to an earlier clause ("ستتوليان، إلى جانب الأمانة العامة لرابطة آسيان، ضمان تنفيذ
// الاتفاق، لافتاً إلى أن فريق المراقبين ...").
func (ac *articleContext) saidThatBetween(si *sentInfo, from, to int) bool {
	for k := max(from, 0); k < to && k < len(si.toks) && k <= from+1; k++ {
		for _, v := range si.hitsOfAt(catAttrVerb, k) {
			for j := v.end; j < to && j <= v.end+1; j++ {
				if si.tokIn(j, classComplementizer, ac.l.fw.complementizers) {
					return true
				}
			}
		}
	}
	return false
}

// saidBeforeSubject: the verb-first order of saidThatBetween ("وقال رئيس المجلس الحاج مفتاح البوري
// لقناة البوسفور إن المبادرة ...", "قال مصدر في الاتحاد الإفريقي لـ«الرأي السوداني» إن الوساطة
// تدرس", "وقال مصدر دبلوماسي سوداني لمنصة الحدث إن الوساطة «سودانية خالصة»"): a verb of saying
// ends at most four words before the name read back, with no punctuation between (the name is in
// its subject), and its complementizer follows the name within five words, past at most the
// outlet addressed and quotation marks, with the cue's noun, or another role's ("إن «الوساطة
// ليبية والضمانة ليبية»"), first in what is said: the name is who says, not a member. A subject
// of the said clause taking the speaker up ("إن لجنتها «وحدها» ستتابع", "إن بلاده "ستكون
// ضامنة"", "إن المنظمة مستعدة لنشر مراقبين", "إنها توسطت") keeps it.
func (ac *articleContext) saidBeforeSubject(si *sentInfo, m mention, to int) bool {
	verb := false
	for _, v := range hitsStartingIn(si.hitsOf(catAttrVerb), m.start-5, m.start-1) {
		verb = verb || v.end <= m.start && m.start-v.end <= 4 && !punctIn(si, v.end, m.start)
	}
	if !verb {
		return false
	}
	for j := m.end; j < to && j <= m.end+5; j++ {
		if si.tokIn(j, classComplementizer, ac.l.fw.complementizers) {
			if ac.pronounOrCarrier(si.tokText(j)) {
				return false
			}
			k := j + 1
			for k < to && isQuote(si.tokText(k)) {
				k++
			}
			return k == to || ac.roleNounAt(si, k)
		}
		if t := si.tokText(j); si.toks[j].punct && !isQuote(t) {
			return false
		}
	}
	return false
}

// roleNounAt: a cue of brokering, guaranteeing, monitoring or sponsoring starts at pos.
func (ac *articleContext) roleNounAt(si *sentInfo, pos int) bool {
	for _, ref := range [...]topicRef{refMediators, refGuarantors, refMonitors, refTalksSponsors} {
		if ac.cueStartsAt(si, ref, hit{start: pos}) {
			return true
		}
	}
	return false
}

// demandBetween: a verb of calling or demanding (an attribution verb that is also a demand cue:
// «ودعا», «مطالباً», "urged") opens a clause after a comma between the name read back, ending at
// from, and the cue at to: "... يحيلها إلى اللجنة العسكرية المشتركة»، ودعا الوساطة إلى التحقيق",
// "... لدى الأجهزة الأمنية، مطالباً بإشراك ممثلين عن الفصائل في لجنة مشتركة لمراقبة التهدئة".
// The role is what the speaker calls for or whom it addresses; the name belongs to the clause
// before the comma.
func (ac *articleContext) demandBetween(si *sentInfo, from, to int) bool {
	comma := false
	for k := max(from, 0); k < to && k < len(si.toks); k++ {
		if isComma(si.tokText(k)) {
			comma = true
			continue
		}
		if !comma {
			continue
		}
		for _, v := range si.hitsOfAt(catAttrVerb, k) {
			for _, mh := range si.hitsOfAt(catModality, k) {
				if mh.end == v.end && ac.l.modality[mh.idx] == "demanded" {
					return true
				}
			}
		}
	}
	return false
}
