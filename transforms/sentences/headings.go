package sentences

import (
	_ "embed"
	"strings"
	"unicode/utf8"

	"github.com/tanaqud/tanaqud/transforms/textnorm"
)

// Subheadings that scraping glued to the sentence after them, with no punctuation between:
// "خلافات حادة يأتي ذلك، بعد جولة..." or "لا عمليات مشتركة نفى وزير...". Arabic news
// sentences open with a verb; a heading is a short nominal phrase. So at the start of a
// sentence, two or three bare words (no article, no punctuation, no digits) followed by a
// sentence-opening verb from openers.txt, with a full clause after it, are cut off.

//go:embed openers.txt
var openerData string

var openerVerbs = foldedWords(openerData)

//go:embed particles.txt
var particleData string

var particles = foldedWords(particleData)

func foldedWords(data string) map[string]bool {
	m := map[string]bool{}
	for w := range parseWords(data) {
		m[textnorm.Fold(w)] = true
	}
	return m
}

const (
	minHeadingWords    = 2
	maxHeadingWords    = 3
	minClauseAfterVerb = 5 // words after the verb, so a short heading-verb pair is left alone
)

// headingCuts returns cuts before sentence-opening verbs preceded by a glued subheading, for
// the sentences between cuts.
func headingCuts(text string, cuts []int) []int {
	var out []int
	start := 0
	for k := 0; k <= len(cuts); k++ {
		end := len(text)
		if k < len(cuts) {
			end = cuts[k]
		}
		if c := headingCut(text, start, end); c > 0 {
			out = append(out, c)
		}
		start = end
	}
	return out
}

// headingCut returns the offset of the verb that follows a glued heading in [start, end),
// or -1.
func headingCut(text string, start, end int) int {
	i := start
	for word := 0; word <= maxHeadingWords; word++ {
		i, _ = skipSpace(text[:end], i)
		w := i
		for i < end {
			r, size := runeAt(text, i)
			if isSpace(r) {
				break
			}
			if !isArabicLetter(r) && !(r >= 0x064B && r <= 0x0652) && r != 0x0640 {
				return -1 // punctuation or digits: not a bare heading
			}
			i += size
		}
		if i == w || i >= end {
			return -1
		}
		token := text[w:i]
		if word > 0 && openerFollows(text, i, end) && !adjectiveEnding(token) {
			return -1 // "فلاديمير بوتين قال": a name, not a heading (noun + adjective: خلافات حادة)
		}
		var scratch [64]byte
		folded := foldArabicWord(scratch[:0], token)
		if word >= minHeadingWords && openerVerbs[string(folded)] {
			if countWords(text[i:end], minClauseAfterVerb) >= minClauseAfterVerb {
				return w
			}
			return -1
		}
		if strings.HasPrefix(string(folded), "ال") || particles[string(folded)] || runeCount(token) < 2 {
			return -1 // a definite subject (الرئيس ... قال) or a particle: a sentence, not a heading
		}
	}
	return -1
}

// openerFollows reports whether the word after byte i is a sentence-opening verb.
func openerFollows(text string, i, end int) bool {
	k, _ := skipSpace(text[:end], i)
	e := k
	for e < end && !isSpace(rune(text[e])) {
		e++
	}
	var scratch [64]byte
	return e > k && openerVerbs[string(foldArabicWord(scratch[:0], text[k:e]))]
}

// adjectiveEnding reports the endings of the adjective or feminine noun that closes a nominal
// heading (حادة، مشتركة، روسي، مفاوضات), which person names rarely have (بوتين، لافروف).
func adjectiveEnding(word string) bool {
	for _, suffix := range []string{"ة", "ي", "ات"} {
		if strings.HasSuffix(word, suffix) {
			return true
		}
	}
	return false
}

// countWords counts space-separated words in s, stopping at limit.
func countWords(s string, limit int) int {
	n, inWord := 0, false
	for i := 0; i < len(s) && n < limit; i++ {
		if c := s[i]; c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			inWord = false
		} else if !inWord {
			inWord = true
			n++
		}
	}
	return n
}

// foldArabicWord appends the matching form of an Arabic word (as textnorm.Fold computes it
// for these letters: alef variants → ا, ى → ي, ة → ه, harakat and tatweel dropped) to dst
// without allocating. A two-byte rune (every Arabic letter) is decoded inline, as the range
// loop's runtime call would decode it.
func foldArabicWord(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		var r rune
		if c := w[i]; c >= 0xC2 && c < 0xE0 && i+1 < len(w) && w[i+1]&0xC0 == 0x80 {
			r = rune(c&0x1F)<<6 | rune(w[i+1]&0x3F)
			i += 2
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(w[i:])
			i += size
		}
		if r, keep := foldArabicRune(r); keep {
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst
}

// foldArabicRune folds one rune as foldArabicWord does: hamza seats and alif madda to bare alif,
// alif maqsura to ya, ta marbuta to ha; diacritics and tatweel are dropped (keep false).
func foldArabicRune(r rune) (rune, bool) {
	switch {
	case r == 'أ' || r == 'إ' || r == 'آ':
		return 'ا', true
	case r == 'ى':
		return 'ي', true
	case r == 'ة':
		return 'ه', true
	case r >= 0x064B && r <= 0x0652, r == 0x0640:
		return r, false
	}
	return r, true
}
