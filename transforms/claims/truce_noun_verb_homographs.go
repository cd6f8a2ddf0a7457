package claims

import "strings"

// verbHomographAt: the one-word truce noun hit h is a verb spelled alike (lexicon
// verb_homographs: قلد, the Beja truce, is also قلّد "decorated, imitated, appointed"), told by
// its form: an ending only the verb takes (lexicon verb_endings: "قلّدت الميليشيات", "قلّدته
// الدولة"), or the stem opening the sentence, bare or with an object pronoun, before a definite
// noun or a name, the verb before its subject ("قلّد الرئيس قائد الجيش وساماً", "وقلّده البرهان
// وساماً"). The noun opens a sentence only with its article (القلد) or before a measure or a
// place ("قلد لمدة عام بين القبيلتين", a headline); "قلدهم صامد" (their qalad holds) and a
// clause after a comma ("وبحسب الوالي، قلد السندراب والهدلاب صامد") keep the noun.
func verbHomographAt(l *language, si *sentInfo, hits []hit, h hit) bool {
	fw := &l.fw
	if len(fw.verbHomographs) == 0 || h.end-h.start != 1 {
		return false
	}
	t := si.toks[h.start].text
	for _, c := range fw.conjunctionPrefixes {
		if rest, ok := strings.CutPrefix(t, c); ok && fw.verbHomographs[rest] {
			t = rest
			break
		}
	}
	if !fw.verbHomographs[t] {
		for _, e := range fw.verbEndings {
			if stem, ok := strings.CutSuffix(t, e); ok && fw.verbHomographs[stem] {
				return true
			}
		}
		if !fw.verbHomographs[trimObjectSuffix(fw, t)] {
			return false
		}
	}
	if h.start > 0 || h.end >= len(si.toks) {
		return false
	}
	if fw.hasArticle(si.toks[h.end].text) {
		return true
	}
	for _, o := range hitsStartingAt(hits, h.end) {
		if o.cat == catEntity {
			return true
		}
	}
	return false
}

// trimObjectSuffix is t without a pronoun ending a verb's object and a noun's owner share
// (lexicon verb_object_endings: ه, ها, هم).
func trimObjectSuffix(fw *functionWords, t string) string {
	for _, e := range fw.verbObjectEndings {
		if stem, ok := strings.CutSuffix(t, e); ok {
			return stem
		}
	}
	return t
}
