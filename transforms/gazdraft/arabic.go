package gazdraft

import (
	"slices"
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/claims"
)

// foldAr is the form Arabic words are compared in here: no short vowels or tatweel, one alef,
// final yaa and taa marbuta folded.
func foldAr(w string) string {
	var b strings.Builder
	for _, r := range w {
		switch {
		case r >= 0x064B && r <= 0x0652, r == 0x0640, r == 0x0670:
			continue
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ى':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// arForm is one reading of a written Arabic word without its clitics.
type arForm struct {
	bare     string
	definite bool // the article was stripped
}

// arForms are the readings of a word: as written, without a conjunction (و, ف), then without a
// preposition (ب, ل, ك), then without the article (ال, or لل for ل + ال).
func arForms(w string) []arForm {
	f := foldAr(w)
	out := []arForm{{bare: f}}
	add := func(bare string, def bool) {
		if len([]rune(bare)) >= 2 {
			out = append(out, arForm{bare: bare, definite: def})
		}
	}
	stems := []string{f}
	for _, p := range []string{"و", "ف"} {
		if strings.HasPrefix(f, p) {
			stems = append(stems, strings.TrimPrefix(f, p))
		}
	}
	for _, s := range append([]string(nil), stems...) {
		for _, p := range []string{"ب", "ل", "ك"} {
			if strings.HasPrefix(s, p) {
				stems = append(stems, strings.TrimPrefix(s, p))
			}
		}
	}
	for i, s := range stems {
		if i > 0 {
			add(s, false)
		}
		if strings.HasPrefix(s, "ال") {
			add(strings.TrimPrefix(s, "ال"), true)
		}
		if strings.HasPrefix(s, "لل") {
			add(strings.TrimPrefix(s, "لل"), true)
		}
	}
	return out
}

// arCue is the cue starting at token k: its data, the token after it, its words as written.
// A cue that holds only with the article (Definite: «اللواء» a general) wins over a cue of the
// same word without that condition («لواء» a brigade) when the word has the article and a name
// of two words or more follows, the first without the article (a first name: «اللواء خالد
// المحجوب»; «اللواء الخامس», «إن اللواء سيبقى في» stay the brigade).
func arCue(lc *langCues, s *sentence, k int) (schemas.DraftCue, int, arForm, bool) {
	for _, f := range arForms(s.Tokens[k].Text) {
		cues := lc.before[f.bare]
		if f.definite && k+1 < len(s.Tokens) && !definite(s.Tokens[k+1].Text) && arNameWords(lc, s, k+1)-(k+1) >= 2 {
			cues = append(slices.Clip(slices.DeleteFunc(slices.Clone(cues), func(c schemas.DraftCue) bool { return !c.Definite })),
				slices.DeleteFunc(slices.Clone(cues), func(c schemas.DraftCue) bool { return c.Definite })...)
		}
		for _, c := range cues {
			if c.Definite && !f.definite {
				continue
			}
			for _, w := range c.Words {
				ws := strings.Fields(foldAr(w))
				if ws[0] != f.bare || k+len(ws) > len(s.Tokens) {
					continue
				}
				ok := true
				for j := 1; j < len(ws); j++ {
					if !hasForm(s.Tokens[k+j].Text, ws[j]) {
						ok = false
					}
				}
				if ok {
					return c, k + len(ws), f, true
				}
			}
		}
	}
	return schemas.DraftCue{}, 0, arForm{}, false
}

func hasForm(w, bare string) bool {
	for _, f := range arForms(w) {
		if f.bare == bare {
			return true
		}
	}
	return false
}

// definite: the word carries the article, after a conjunction or preposition or not.
func definite(w string) bool {
	for _, f := range arForms(w) {
		if f.definite {
			return true
		}
	}
	return false
}

// onlyCueCovered: the names covering token k lie within the cue [k, next): a title the
// gazetteer matches as a person's name («الشيخ» of one sheikh), still a title here.
func onlyCueCovered(s *sentence, k, next int) bool {
	for _, e := range s.Entities {
		if e.Start <= k && e.End > k && (e.Start < k || e.End > next) {
			return false
		}
	}
	return true
}

// isCueWord: some cue of the language starts with the word.
func isCueWord(lc *langCues, w string) bool {
	for _, f := range arForms(w) {
		if len(lc.before[f.bare]) > 0 {
			return true
		}
	}
	return false
}

// arNameWords are the name's words from token k on: at most three, ended by punctuation, a
// number, a known name, a stop or calendar word, a cue word or a verb of saying.
func arNameWords(lc *langCues, s *sentence, k int) int {
	end := k
	for end < len(s.Tokens) && end-k < 3 {
		t := s.Tokens[end]
		if t.Punct || s.covered[end] || isNumber(t.Text) || s.attributionAt(end, false) || end > k && isCueWord(lc, t.Text) {
			break
		}
		if newPhrase(t.Text) || end-k >= 2 && strings.HasPrefix(t.Text, "و") {
			break // «والتبو», «بالانسحاب», «نبيل السنكري وحضور»: a conjunction or preposition opens another phrase
		}
		stop := false
		for _, f := range arForms(t.Text) {
			if lc.stop[f.bare] || lc.calendar[f.bare] {
				stop = true
			}
		}
		if stop {
			break
		}
		end++
	}
	return end
}

func isNumber(w string) bool {
	for _, r := range w {
		if (r < '0' || r > '9') && (r < '٠' || r > '٩') {
			return false
		}
	}
	return w != ""
}

// allGeneric: every word of [a, b) is a generic word («الأمن», «المحلية»).
func allGeneric(lc *langCues, s *sentence, a, b int) bool {
	for k := a; k < b; k++ {
		g := false
		for _, f := range arForms(s.Tokens[k].Text) {
			if lc.generic[f.bare] {
				g = true
			}
		}
		if !g {
			return false
		}
	}
	return true
}

// arabicSpans finds the names after the cues of an Arabic sentence that no gazetteer name
// covers, and the unknown speakers right after a verb of saying in a sentence whose claim the
// extractor gave to the outlet.
func arabicSpans(lc *langCues, s *sentence, outletClaim bool) []occurrence {
	var out []occurrence
	var form arForm
	emit := func(a, b int, typ, cue, title string, from int, speaker bool) {
		if b <= a || allGeneric(lc, s, a, b) {
			return
		}
		o := occurrence{typ: typ, cue: cue, title: title, speaker: speaker, name: s.text(a, b)}
		for k := a; k < b; k++ {
			o.words = append(o.words, s.Tokens[k].Text)
		}
		if from < a {
			// The cue heads the name: keep it with its article, without conjunction or preposition.
			o.head = headWord(s.Tokens[from].Text, form, s.Tokens[from+1:a])
		}
		out = append(out, o)
	}
	for k := 0; k < len(s.Tokens); k++ {
		if s.Tokens[k].Punct {
			continue
		}
		c, next, f, ok := arCue(lc, s, k)
		if ok && (!s.covered[k] || onlyCueCovered(s, k, next)) {
			form = f
			cue := s.text(k, next)
			switch {
			case c.Honorific:
				emit(next, arNameWords(lc, s, next), c.Type, cue, cue, next, false)
			case c.Office:
				// «الناطق باسم المجلس الرئاسي نجوى المبروك»: past a known body, the holder.
				j := next
				for _, e := range s.Entities {
					if e.Start == next && e.End > j {
						j = e.End
					}
				}
				// The holder is a first name and more, without the article (a word with it is
				// an adjective or another noun: «مسؤول مصري رفيع», «الناطق باسم الوفد التوصل»).
				if end := arNameWords(lc, s, j); j > next && end-j >= 2 && !definite(s.Tokens[j].Text) && !isCueWord(lc, s.Tokens[j].Text) {
					emit(j, end, c.Type, cue, s.text(k, j), j, false)
				}
			case c.PartOfName:
				// «كتيبة سبل السلام»; with the article the head takes adjectives, which carry
				// it too («المجلس الاجتماعي», not «السوق مغلقاً»).
				end := arNameWords(lc, s, next)
				if f.definite {
					end = next
					for end < len(s.Tokens) && end-next < 3 && definite(s.Tokens[end].Text) && !s.covered[end] && arNameWords(lc, s, end) > end {
						end++
					}
				}
				emit(next, end, c.Type, cue, "", k, false)
			case !f.definite:
				// «قبيلة أولاد سليمان», «حي الشورى»: the head of a construct takes no article
				// («والأعيان المنبثقة» is a noun and its adjective).
				emit(next, arNameWords(lc, s, next), c.Type, cue, "", next, false)
			}
			k = next - 1
			continue
		}
		// «وقال فلان الفلاني إن ...»: an unknown speaker right after the verb.
		if !s.covered[k] && outletClaim && s.attributionAt(k, true) {
			end := arNameWords(lc, s, k)
			if end-k >= 2 && !isCueWord(lc, s.Tokens[k].Text) && end < len(s.Tokens) && arSpeakerEnds(s, end) {
				emit(k, end, "person", "", "", k, true)
			}
		}
	}
	return out
}

// arSpeakerEnds: what follows a speaker's name after the verb: a comma, «إن»/«أن», a title
// cue or a known body («رئيس المجلس ...»), a quote.
func arSpeakerEnds(s *sentence, end int) bool {
	t := s.Tokens[end]
	if t.Punct {
		return true
	}
	for _, f := range arForms(t.Text) {
		switch f.bare {
		case "ان", "بان", "انه", "انها":
			return true
		}
	}
	return s.covered[end]
}

// headWord is the cue word w heading a name, read as form (the reading the cue matched):
// without its conjunction and preposition but with its article («والمجلس» → «المجلس», «للجنة»
// → «اللجنة», «لجنة» stays), followed by the rest of a phrase cue.
func headWord(w string, form arForm, rest []claims.ReadToken) string {
	head := w
	r := []rune(w)
	if n := len([]rune(form.bare)); len([]rune(foldAr(w))) == len(r) && n <= len(r) {
		head = string(r[len(r)-n:]) // the bare word as written (hamzas kept)
		if form.definite {
			head = "ال" + head
		}
	}
	for _, t := range rest {
		head += " " + t.Text
	}
	return head
}

// newPhrase: the word carries a conjunction or preposition glued before an article («والتبو»,
// «بالانسحاب», «للقبيلة»): it opens another noun phrase, not the rest of a name.
func newPhrase(w string) bool {
	f := foldAr(w)
	for _, p := range []string{"وال", "فال", "بال", "كال", "لل", "وبال", "ولل"} {
		if strings.HasPrefix(f, p) && len([]rune(f)) > len([]rune(p))+1 {
			return true
		}
	}
	return false
}

// arabicLengths decides how many words after its cue each Arabic name has, by the corpus: a
// name goes on to its next word only when at least two occurrences and at least half of those
// of the shorter name go on with that same word («أولاد سليمان» in «قبيلة أولاد سليمان»
// everywhere, «أولاد سليمان سيشرفون» once; a body's name after its head noun needs no second
// occurrence). Persons keep two words when they have them, and
// a compound head («أم», «بني») keeps the word after it.
func arabicLengths(occs []occurrence, lc *langCues) func(occurrence) int {
	count := map[string]int{}
	for _, o := range occs {
		if o.lang != "ar" {
			continue
		}
		for n := 1; n <= len(o.words); n++ {
			count[prefixKey(o.words[:n])]++
		}
	}
	return func(o occurrence) int {
		// A body's name headed by its cue («كتيبة سبل السلام») is rarely cut short by a verb
		// or a second phrase: named once, it keeps its words.
		minNext := 2
		if o.head != "" {
			minNext = 1
		}
		n := 1
		for n < len(o.words) {
			next, cur := count[prefixKey(o.words[:n+1])], count[prefixKey(o.words[:n])]
			if next < minNext || 2*next < cur {
				break
			}
			n++
		}
		for n < len(o.words) && lc != nil && lc.compound[foldAr(o.words[n-1])] {
			n++ // «أم حزرة», «عبد الحميد»: never cut after the first word of a compound
		}
		if o.typ == "person" && n < 2 && len(o.words) >= 2 {
			n = 2
		}
		return min(n, len(o.words))
	}
}

func prefixKey(words []string) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(foldAr(w))
	}
	return b.String()
}
