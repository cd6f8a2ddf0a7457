package claims

// Some verbs of saying are spelled as an adjective: «تابع» (he went on) is also "affiliated",
// «فريق مراقبين تابع للمجموعة الاقتصادية», «فريق المراقبين العسكريين التابع للأمم المتحدة». Read
// as a verb, the body after it becomes a speaker of what follows ("مشيرةً إلى أن ...", "وأضافت أن
// ..." in the next sentence). Two readings are no verb of saying:
//   - the word with the definite article (Arabic verbs take none): «التابع للأمم المتحدة», «من
//     المؤكد أن» (it is certain that), «بالإضافة إلى» (in addition to);
//   - an adjective homograph (lexicon attribution_adjective_homographs: تابع) right before a
//     word carrying a preposition (clitics.prepositions: ل) that no reported content follows:
//     «تابع للمجموعة» (affiliated to), not «وتابع للصحفيين أن ...».

// adjectiveNotSaying: the verb-of-saying hit h is an adjective or noun, no verb. (A name
// written with the letter of the preposition, «وتابع لافروف», is the verb's subject.)
func adjectiveNotSaying(l *language, si *sentInfo, hits []hit, h hit) bool {
	t := si.tokText(h.start)
	if !h.exact && l.fw.hasArticlePrefix(t) {
		return true
	}
	if h.end-h.start != 1 || !l.fw.attrAdjHomographs[l.fw.withoutConjunction(t)] {
		return false
	}
	next := si.tokText(h.end)
	if runeLen(next) <= 2 || !hasAnyPrefix(next, l.fw.prepositionClitics) {
		return false
	}
	for _, o := range hits {
		if o.cat == catEntity && o.start == h.end && o.exact {
			return false
		}
	}
	return !reportFollows(l, si, h.end+1)
}

// maxToldWords bounds the words of whom a verb of saying addresses before what it reports
// ("وتابع للصحفيين في الخرطوم أن").
const maxToldWords = 4

// reportFollows: a complementizer, quote or colon opens reported content within maxToldWords
// of pos, before any other punctuation ("وتابع للصحفيين أن": he went on, to reporters, that).
func reportFollows(l *language, si *sentInfo, pos int) bool {
	for k := pos; k < len(si.toks) && k < pos+maxToldWords; k++ {
		t := si.toks[k]
		if t.punct {
			return isQuote(t.text) || t.text == ":"
		}
		if l.fw.complementizers[l.fw.withoutConjunction(t.text)] {
			return true
		}
	}
	return false
}
