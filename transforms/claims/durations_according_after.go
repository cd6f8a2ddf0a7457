package claims

// A span followed right away by "according to X" is X's account of the length, even inside a
// clause another speaker owns: «ويقول المحللون إن مدة الهدنة، ثلاثون يوماً بحسب موسكو، تبقى
// قصيرة» (Moscow's thirty days, not the analysts'), «بأن الهدنة، الممتدة اثنتين وسبعين ساعة بحسب
// الاتحاد الأفريقي، لم تمنع ...», «أما مدتها فثلاثون يوماً وفق الرواية الأميركية», "the truce,
// 72 hours according to the AU, has not stopped the shelling". The preposition (lexicon
// attribution_prepositions; not a bare one such as عن, which attributes only after a verb of
// transmission) opens at most a few plain words after the span, with no punctuation between,
// and names a side within three words (a body, a state, its adjective: "الرواية الأميركية").

// maxAccordingGap: words between the span and the preposition ("قابلة للتمديد بحسب أنقرة").
const maxAccordingGap = 3

// accordingAfterSpan: the id of the side an attribution preposition right after the span ending
// at end names, "" when none.
func (ac *articleContext) accordingAfterSpan(si *sentInfo, end int) string {
	for _, h := range si.hitsOf(catAttrPrep) {
		if h.idx == readingNounIdx || h.start < end || h.start > end+maxAccordingGap || punctIn(si, end, h.start) {
			continue
		}
		if h.end-h.start == 1 && ac.barePreposition(si, h.start) {
			continue
		}
		m, ok := ac.mentionWithin(si, h.end, 3, true)
		if !ok || punctBetween(si, h.end, m.start) {
			continue
		}
		if m.e.Type == "city" && m.e.SpeaksFor != "" && !m.place && !m.demonym {
			return m.e.SpeaksFor // «بحسب نيامي»: the state a capital speaks for
		}
		if e := ac.speakerOf(si, m); e != nil {
			return e.ID
		}
	}
	return ""
}
