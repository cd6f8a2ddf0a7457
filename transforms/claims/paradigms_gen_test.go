package claims

import (
	"strings"
)

// The paradigm generator writes, by rule, the forms a news writer gives a cue listed once in the
// lexicon: Arabic clitics, the article, person and number of verbs, pronoun suffixes, ta
// marbuta, weak final letters and hamza seats; English -s/-ed/-ing with e-dropping and
// doubling, irregular verbs and noun plurals. It knows nothing of the matcher's morphology:
// TestLexiconParadigms runs its forms through the matcher and lists those no longer read as
// their cue. The rules work on folded text (ة → ه, ى → ي, hamza on alef → ا).

// cueList is one lexicon list the rules read as content cues, with how its words inflect.
type cueList struct {
	name  string
	class wordKind // what the list's words are, when the list says (else guessed per word)
	cues  []cueEntry
}

type cueEntry struct {
	text    string  // as listed
	meaning string  // what a hit of it means (category, topic and value): forms must keep it
	p       payload // the payload the cue was registered with
}

type wordKind uint8

const (
	kindGuess wordKind = iota
	kindVerb
	kindNoun
)

// phraseForms returns the forms of a listed cue phrase (folded, words joined by spaces), the
// phrase itself excluded. Arabic: the first word takes clitics and inflection; English: the
// first word its verb or noun forms and the last word of a longer phrase its plural.
func phraseForms(lang, cue string, kind wordKind) []string {
	f := foldCue(cue)
	stem := strings.HasSuffix(f, "*")
	f = strings.TrimSuffix(f, "*")
	ws := strings.Fields(f)
	if len(ws) == 0 {
		return nil
	}
	seen := map[string]bool{f: true}
	var out []string
	emit := func(k int, form string) {
		if form == "" {
			return
		}
		c := append([]string(nil), ws...)
		c[k] = form
		s := strings.Join(c, " ")
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	if lang == "ar" {
		raw := strings.Fields(strings.TrimSpace(cue))
		listedTaMarbuta := len(raw) > 0 && strings.HasSuffix(strings.TrimSuffix(raw[0], "*"), "ة")
		if strings.HasSuffix(ws[0], heh) && !listedTaMarbuta {
			return nil // listed with a pronoun (امله، مدته): already a form
		}
		for _, form := range arabicForms(ws[0], kind, len(ws) == 1, stem) {
			emit(0, form)
		}
		return out
	}
	for _, form := range englishForms(ws[0], kind, len(ws) == 1) {
		emit(0, form)
	}
	if n := len(ws); n > 1 && !englishFunctionWord(ws[n-1]) {
		for _, form := range englishNounForms(ws[n-1]) {
			emit(n-1, form)
		}
		// Irregular verbs anywhere: "the truce began" → "the truce has begun".
		for k := 1; k < n; k++ {
			if forms, ok := englishIrregularSiblings(ws[k]); ok {
				for _, form := range forms {
					emit(k, form)
				}
			}
		}
	}
	// A hyphenated compound is also written as one word and as two (cease-fire, ceasefire,
	// cease fire); a verb and its particle also as the compound noun (pull back → pullback,
	// pull-back).
	if strings.Contains(f, " - ") {
		emit(0, "") // no-op: keep emit's closure used uniformly
		for _, alt := range []string{strings.ReplaceAll(f, " - ", " "), strings.ReplaceAll(f, " - ", "")} {
			if !seen[alt] {
				seen[alt] = true
				out = append(out, alt)
			}
		}
	}
	if len(ws) == 2 && englishParticle(ws[1]) && englishCompoundVerb(ws[0]) {
		for _, alt := range []string{ws[0] + " - " + ws[1], ws[0] + ws[1]} {
			if !seen[alt] {
				seen[alt] = true
				out = append(out, alt)
			}
		}
	}
	return out
}

// ---- English ----

func englishFunctionWord(w string) bool {
	switch w {
	case "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into", "as",
		"its", "their", "his", "her", "any", "all", "no", "not", "is", "was", "are", "were", "be",
		"been", "has", "have", "had", "will", "would", "does", "do", "did", "than", "and", "or",
		"under", "there", "it", "that", "this", "both", "two", "still", "now", "since", "only",
		"out", "up", "down", "off", "back", "over", "again", "through", "between", "towards", "toward",
		"-", "'s":
		return true
	}
	return false
}

func englishParticle(w string) bool {
	switch w {
	case "back", "out", "off", "down", "up", "over":
		return true
	}
	return false
}

// englishNounOnly: derivational endings of nouns and adjectives that take no verb forms.
func englishNounOnly(w string) bool {
	for _, s := range []string{"tion", "sion", "ment", "ance", "ence", "ity", "ness", "ship", "ism", "ist",
		"ive", "ous", "ic", "al", "ible", "able", "wide", "ful", "ary", "ory", "ly", "phase", "stage"} {
		if strings.HasSuffix(w, s) && len(w) > len(s)+2 {
			return true
		}
	}
	return false
}

// englishInflected: the word as listed is already a form (said, holding, talks), not a lemma.
func englishInflected(w string) bool {
	if _, ok := englishIrregularLemma(w); ok {
		return true
	}
	if strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
		return false
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s")
}

// englishForms are the forms of the first word of a cue.
func englishForms(w string, kind wordKind, alone bool) []string {
	if englishFunctionWord(w) || len(w) < 3 {
		return nil
	}
	if forms, ok := englishIrregularSiblings(w); ok {
		return forms
	}
	if englishInflected(w) {
		return nil
	}
	var out []string
	if kind != kindNoun && !englishNounOnly(w) {
		out = append(out, englishVerbForms(w)...)
	}
	if kind != kindVerb || alone {
		out = append(out, englishNounForms(w)...)
	}
	return out
}

func englishNounForms(w string) []string {
	if englishInflected(w) || englishFunctionWord(w) || len(w) < 3 || strings.HasSuffix(w, "wide") ||
		strings.HasSuffix(w, "al") || strings.HasSuffix(w, "ive") || strings.HasSuffix(w, "ly") {
		return nil
	}
	if p, ok := englishIrregularPlurals[w]; ok {
		return []string{p}
	}
	return []string{englishS(w)}
}

var englishIrregularPlurals = map[string]string{"memorandum": "memoranda", "criterion": "criteria"}

const vowels = "aeiou"

func isVowel(b byte) bool { return strings.IndexByte(vowels, b) >= 0 }

// englishS is the -s form: es after sibilants and o, ies after a consonant and y.
func englishS(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"),
		strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"), w == "go", w == "do", w == "undergo", w == "forgo":
		return w + "es"
	case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return w[:n-1] + "ies"
	}
	return w + "s"
}

// doublesFinal: a final consonant after one short vowel doubles before -ed/-ing (stop,
// stopped), in one-syllable words and in words stressed on the last syllable.
func doublesFinal(w string) bool {
	n := len(w)
	if n < 3 || isVowel(w[n-1]) || strings.IndexByte("wxy", w[n-1]) >= 0 || !isVowel(w[n-2]) || isVowel(w[n-3]) {
		return false
	}
	syllables := 0
	for i := 0; i < n; i++ {
		if isVowel(w[i]) && (i == 0 || !isVowel(w[i-1])) {
			syllables++
		}
	}
	if syllables == 1 {
		return true
	}
	for _, s := range []string{"mit", "fer", "pel", "gret", "trol", "cur", "bed", "gin"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// englishVerbForms: -s, -ed and -ing of a lemma, or its irregular forms.
func englishVerbForms(w string) []string {
	out := []string{englishS(w)}
	n := len(w)
	if irr, ok := englishIrregular[w]; ok {
		out = append(out, irr...)
	} else {
		switch {
		case strings.HasSuffix(w, "e"):
			out = append(out, w+"d")
		case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
			out = append(out, w[:n-1]+"ied")
		case doublesFinal(w):
			out = append(out, w+w[n-1:]+"ed")
		default:
			out = append(out, w+"ed")
		}
	}
	switch {
	case strings.HasSuffix(w, "ie"):
		out = append(out, w[:n-2]+"ying")
	case strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "ee") && !strings.HasSuffix(w, "ye") && !strings.HasSuffix(w, "oe"):
		out = append(out, w[:n-1]+"ing")
	case doublesFinal(w):
		out = append(out, w+w[n-1:]+"ing")
	default:
		out = append(out, w+"ing")
	}
	return append([]string{w}, out...)
}

// englishIrregular: past and participle of the irregular verbs news writers use (the generator's
// own table, written apart from the lexicon's irregular_forms so that the test checks the data).
var englishIrregular = map[string][]string{
	"arise": {"arose", "arisen"}, "bear": {"bore", "borne"}, "become": {"became"}, "begin": {"began", "begun"},
	"break": {"broke", "broken"}, "bring": {"brought"}, "build": {"built"}, "buy": {"bought"},
	"choose": {"chose", "chosen"}, "come": {"came"}, "do": {"did", "done"}, "draw": {"drew", "drawn"},
	"drive": {"drove", "driven"}, "fight": {"fought"}, "find": {"found"}, "forbid": {"forbade", "forbidden"},
	"foresee": {"foresaw", "foreseen"}, "freeze": {"froze", "frozen"}, "get": {"got", "gotten"},
	"give": {"gave", "given"}, "go": {"went", "gone"}, "hold": {"held"}, "keep": {"kept"},
	"know": {"knew", "known"}, "lay": {"laid"}, "lead": {"led"}, "leave": {"left"}, "lose": {"lost"},
	"make": {"made"}, "mean": {"meant"}, "meet": {"met"}, "oversee": {"oversaw", "overseen"},
	"overtake": {"overtook", "overtaken"}, "pay": {"paid"}, "rise": {"rose", "risen"}, "run": {"ran"},
	"say": {"said"}, "see": {"saw", "seen"}, "seek": {"sought"}, "sell": {"sold"}, "send": {"sent"},
	"shoot": {"shot"}, "speak": {"spoke", "spoken"}, "stand": {"stood"}, "strike": {"struck"},
	"swear": {"swore", "sworn"}, "take": {"took", "taken"}, "tell": {"told"}, "think": {"thought"},
	"throw": {"threw", "thrown"}, "undergo": {"underwent", "undergone"}, "understand": {"understood"},
	"undertake": {"undertook", "undertaken"}, "uphold": {"upheld"}, "win": {"won"},
	"withdraw": {"withdrew", "withdrawn"}, "withhold": {"withheld"}, "write": {"wrote", "written"},
	"broker": nil, "forgo": {"forwent", "forgone"}, "overrun": {"overran"}, "shake": {"shook", "shaken"},
	"spread": nil, "set": nil, "put": nil, "let": nil, "cut": nil, "hit": nil, "shut": nil, "quit": nil,
}

// englishCompoundVerb: verbs whose particle phrase is also a compound noun (pull back,
// pullback, pull-back).
func englishCompoundVerb(w string) bool {
	switch w {
	case "pull", "draw", "roll", "stand", "walk", "cease", "break":
		return true
	}
	return false
}

// englishIrregularSiblings returns, for an irregular past or participle, the other forms of the
// same tense (took: taken; began: begun): a cue listed in the past says the event happened,
// so its lemma forms (take, takes) are not its forms. The lemma of a listed lemma form gives
// its full paradigm through englishVerbForms instead.
func englishIrregularSiblings(w string) ([]string, bool) {
	lemma, ok := englishIrregularLemma(w)
	if !ok {
		return nil, false
	}
	var out []string
	for _, f := range englishIrregular[lemma] {
		if f != w && f != lemma {
			out = append(out, f)
		}
	}
	return out, true
}

// englishIrregularLemma returns the lemma of an irregular past or participle (took → take).
func englishIrregularLemma(w string) (string, bool) {
	for lemma, forms := range englishIrregular {
		for _, f := range forms {
			if f == w {
				return lemma, true
			}
		}
	}
	return "", false
}

// ---- Arabic (folded) ----

const (
	alef    = "ا"
	yeh     = "ي"
	waw     = "و"
	teh     = "ت"
	heh     = "ه" // also ta marbuta, folded
	hamza   = "ء"
	hamzaY  = "ئ"
	hamzaW  = "ؤ"
	article = "ال"
)

func arRunes(w string) []rune { return []rune(w) }

// arabicKind guesses whether a listed word is a verb (perfect or imperfect) or a noun.
func arabicKind(w string, kind wordKind) wordKind {
	r := arRunes(w)
	n := len(r)
	if strings.HasPrefix(w, "م") && n >= 4 || n >= 4 && r[1] == 'ا' && r[0] != 'ا' && r[0] != 'ت' {
		return kindNoun // a participle (مؤكدا، قائل، نافي), whatever its list
	}
	if n == 3 && r[0] == 'ي' {
		return kindVerb // يصر، يصف، يري: a perfect seldom starts with ي
	}
	if kind != kindGuess {
		return kind
	}
	switch {
	case strings.HasPrefix(w, article), strings.HasSuffix(w, heh), strings.HasSuffix(w, "ات"),
		strings.HasSuffix(w, "ين") && n > 4, strings.HasSuffix(w, "ون") && n > 4, strings.HasPrefix(w, "م") && n >= 4,
		strings.HasSuffix(w, hamza):
		return kindNoun
	case n >= 4 && (r[0] == 'ي' || r[0] == 'ت' || r[0] == 'ن') && !(r[0] == 'ت' && r[n-2] == 'ي'):
		return kindVerb // يعلن، تشمل (not تمديد، توقيع)
	case n >= 5 && r[n-2] == 'ا':
		return kindNoun // اتفاق، انسحاب، اعلان: masdars
	}
	return kindNoun // in a mixed list a short bare word is mostly a noun (ممر، اسير، جثث)
}

// arabicClitics: the proclitics written before any word (conjunctions, and before nouns the
// prepositions).
func arabicClitics(noun bool) []string {
	if noun {
		return []string{"و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"}
	}
	return []string{"و", "ف"}
}

// arabicForms are the forms of the first word of an Arabic cue. alone: the cue is one word
// (a multi-word cue's first word is in construct or governs what follows: only clitics and
// person inflection). stem: listed with * (prefix match): only prefixes vary.
func arabicForms(w string, kind wordKind, alone, stem bool) []string {
	if runeLen(w) < 3 {
		return nil
	}
	if arabicFunctionWord(w) {
		return nil
	}
	var forms []string
	switch arabicKind(w, kind) {
	case kindVerb:
		forms = arabicVerbForms(w, alone, stem)
	default:
		forms = arabicNounForms(w, alone, stem)
	}
	return forms
}

func arabicFunctionWord(w string) bool {
	switch w {
	case "ليس", "ليست", "بين", "مع", "في", "من", "علي", "الي", "عن", "حتي", "منذ", "خلال", "ضد", "لدي", "عند", "بعد", "قبل",
		"كل", "جميع", "كامل", "اي", "ما", "لا", "لم", "لن", "قد", "ان", "بان", "الذي", "التي", "هذا", "هذه",
		"غير", "سوي", "الا", "عدا", "فقط", "حصرا", "ربما", "خارج", "داخل", "بما", "فيها", "فيه", "بدون", "دون":
		return true
	}
	return false
}

// arabicNounForms: the article with every clitic, pronoun suffixes (ة → ت before them), dual
// and plural, tanwin alif.
func arabicNounForms(w string, alone, stem bool) []string {
	base := strings.TrimPrefix(w, article)
	definite := base != w
	var bodies []string // the word without clitics
	bodies = append(bodies, article+base)
	if !definite {
		bodies = append(bodies, base)
	}
	if alone && !stem && !definite {
		taMarbuta := strings.HasSuffix(base, heh) && runeLen(base) >= 3
		plural := strings.HasSuffix(base, "ات") || strings.HasSuffix(base, "ون") || strings.HasSuffix(base, "ين")
		switch {
		case taMarbuta:
			t := strings.TrimSuffix(base, heh) + teh
			bodies = append(bodies, t+"ه", t+"ها", t+"هم", t+"ان", t+"ين", strings.TrimSuffix(base, heh)+"ات")
		case plural:
			bodies = append(bodies, base+"ه", base+"ها", base+"هم")
		case strings.HasSuffix(base, hamza):
			// استثناء: the hamza sits on ي or و before a suffix (استثنائه، استثناؤه).
			s := strings.TrimSuffix(base, hamza)
			bodies = append(bodies, s+hamzaY+"ه", s+hamzaY+"ها", s+hamzaW+"ه", s+hamzaW+"ها", base+"ات", base+"ا")
		default:
			bodies = append(bodies, base+"ه", base+"ها", base+"هم", base+"ان", base+"ين", base+"ات", base+"ا")
			if strings.HasPrefix(base, "م") {
				bodies = append(bodies, base+"ون", base+heh)
			}
		}
	}
	var out []string
	for _, b := range bodies {
		out = append(out, b)
		for _, c := range arabicClitics(true) {
			if strings.HasPrefix(b, article) && (c == "ل" || c == "ول" || c == "فل") {
				out = append(out, c+"ل"+strings.TrimPrefix(b, article)) // لل: ل + ال
				continue
			}
			out = append(out, c+b)
		}
	}
	return out
}

// arabicVerbForms: perfect 3ms/3fs/3mp/3fd/1p, imperfect with ي ت ن and plural/dual suffixes,
// future س, weak final letters, object pronouns, و/ف before all.
func arabicVerbForms(w string, alone, stem bool) []string {
	r := arRunes(w)
	n := len(r)
	if strings.HasSuffix(w, "وا") || strings.HasSuffix(w, "نا") || n >= 3 && strings.HasSuffix(w, "ت") && !strings.HasPrefix(w, "ت") ||
		strings.HasSuffix(w, "ون") || strings.HasSuffix(w, "ان") || strings.HasSuffix(w, "اه") {
		return nil // listed inflected (حذروا، دعت، يصرون، ترعاه): the list keeps its own forms
	}
	if strings.HasSuffix(w, "ها") || strings.HasSuffix(w, "هم") || n > 4 && strings.HasSuffix(w, alef) {
		return nil // with an object pronoun or tanwin (تولاها، تشكيلا)
	}
	// A stem (تعهد*, تمسك*) starting with ت is a perfect of form V or VI, not an imperfect.
	imperfect := (n >= 4 || r[0] == 'ي') && (r[0] == 'ي' || r[0] == 'ت' && !stem || r[0] == 'ن')
	var bodies []string
	if imperfect {
		body := string(r[1:])
		bodies = append(bodies, imperfectForms(body, stem)...)
	} else {
		bodies = append(bodies, perfectForms(w, stem)...)
		if imp, ok := imperfectOf(w); ok {
			bodies = append(bodies, imperfectForms(imp, stem)...)
		}
	}
	if alone && !stem {
		// Object pronouns on the 3ms forms: the perfect as listed and the singular imperfect.
		n := len(bodies)
		for _, b := range bodies[:n] {
			if b != w && !(imperfect || strings.HasPrefix(b, "ي") || strings.HasPrefix(b, "ت") || strings.HasPrefix(b, "ن")) ||
				strings.HasPrefix(b, "س") || strings.HasSuffix(b, "ون") || strings.HasSuffix(b, "ان") {
				continue
			}
			if strings.HasSuffix(b, alef) { // دعا → دعاه
				bodies = append(bodies, b+"ه", b+"ها")
				continue
			}
			bodies = append(bodies, b+"ه", b+"ها", b+"هم")
		}
	}
	var out []string
	for _, b := range bodies {
		out = append(out, b)
		for _, c := range arabicClitics(false) {
			out = append(out, c+b)
		}
	}
	return out
}

// perfectForms: 3ms (as listed), 3fs, 3mp, 3fd, 1p.
func perfectForms(w string, stem bool) []string {
	if stem {
		return []string{w}
	}
	switch {
	case strings.HasSuffix(w, yeh) && runeLen(w) >= 3: // نفي (نفى), استثني: نفت، نفوا، نفتا، نفينا
		s := strings.TrimSuffix(w, yeh)
		return []string{w, s + "ت", s + "وا", s + "تا", w + "نا"}
	case strings.HasSuffix(w, alef) && runeLen(w) >= 3: // دعا: دعت، دعوا، دعتا، دعونا
		s := strings.TrimSuffix(w, alef)
		return []string{w, s + "ت", s + "وا", s + "تا", s + "ونا"}
	case strings.HasSuffix(w, teh): // listed 3fs (دعت): the list keeps its own forms
		return []string{w}
	}
	return []string{w, w + "ت", w + "وا", w + "تا", w + "نا"}
}

// imperfectOf derives the 3ms imperfect stem (without ي) of a perfect: forms IV, VII, VIII and X
// drop the alef (اعلن → علن, انسحب → نسحب, استثني → ستثني), forms II, III, V, VI keep the word
// (شدد → شدد, تابع → تابع). Hollow (قال) and hamza-initial roots are left out: their
// imperfect changes letters.
func imperfectOf(w string) (string, bool) {
	r := arRunes(w)
	n := len(r)
	switch {
	case n == 3 && r[2] == 'ا':
		return string(r[:2]) + waw, true // دعا → يدعو
	case n == 3 && r[1] != 'ا' && r[0] != 'ا' && r[0] != 'و':
		return w, true // ذكر → يذكر (unvocalized)
	case n == 4 && r[0] == 'ا' && r[2] == 'ا':
		return string(r[1]) + yeh + string(r[3]), true // اشار → يشير (hollow IV)
	case n == 4 && r[0] == 'ا':
		return string(r[1:]), true // اعلن → يعلن
	case n >= 5 && r[0] == 'ا':
		s := string(r[1:])
		if strings.HasSuffix(s, alef) {
			s = strings.TrimSuffix(s, alef) + yeh
		}
		return s, true // انسحب، استثني، اتفق
	case n == 4 && (r[0] == 'ت' || r[2] == 'ا' || r[2] == r[3]):
		return w, true // تعهد، تابع، شدد
	}
	return "", false
}

// imperfectForms: ي ت ن with the body, plural and dual, and the future prefix.
func imperfectForms(body string, stem bool) []string {
	var out []string
	persons := []string{"ي", "ت", "ن"}
	for _, p := range persons {
		out = append(out, p+body)
	}
	if !stem {
		switch {
		case strings.HasSuffix(body, yeh): // يستثني: يستثنون، يستثنيان
			s := strings.TrimSuffix(body, yeh)
			out = append(out, "ي"+s+"ون", "ت"+s+"ون", "ي"+body+"ان", "ت"+body+"ان")
		case strings.HasSuffix(body, waw): // يدعو: يدعون، يدعوان
			s := strings.TrimSuffix(body, waw)
			out = append(out, "ي"+s+"ون", "ي"+body+"ان", "ت"+body+"ان")
		default:
			out = append(out, "ي"+body+"ون", "ت"+body+"ون", "ي"+body+"ان", "ت"+body+"ان")
		}
	}
	n := len(out)
	for _, f := range out[:n] {
		out = append(out, "س"+f)
	}
	return out
}
