// Package sentences splits Arabic and English news text into sentences with offsets into the
// original text. One rule-based splitter serves both languages: . ! ? ؟ … end sentences (with
// exceptions for abbreviations, numbers, dates, domains), a period glued to the next Arabic
// word still ends one (الأربعاء.توصلت), line breaks end headlines, captions and bylines, and
// list items (lines or inline " - " runs) are sentences of their own. Every non-space
// character of the text belongs to exactly one sentence.
package sentences

// Sentence is one sentence of a text. Start and End are byte offsets into the text; RuneStart
// and RuneEnd are the same span in Unicode code points (what users index with).
type Sentence struct {
	Index              int
	Start, End         int
	RuneStart, RuneEnd int
	Text               string
}

// Split returns the sentences of text in order, trimmed of surrounding space.
func Split(text string) []Sentence {
	cuts := cutPoints(text)
	out := make([]Sentence, 0, len(cuts)+1)
	runes, runeAtByte := 0, 0 // code points before byte runeAtByte
	countTo := func(b int) int {
		runes += runeCount(text[runeAtByte:b])
		runeAtByte = b
		return runes
	}
	start := 0
	for k := 0; k <= len(cuts); k++ {
		end := len(text)
		if k < len(cuts) {
			end = cuts[k]
		}
		s, e := trimSpan(text, start, end)
		start = end
		if s >= e {
			continue
		}
		rs := countTo(s)
		re := countTo(e)
		out = append(out, Sentence{Index: len(out), Start: s, End: e, RuneStart: rs, RuneEnd: re, Text: text[s:e]})
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// trimSpan shrinks [s, e) to exclude surrounding white space.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, size := runeAt(text, s)
		if !isSpace(r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := runeBefore(text, e)
		if !isSpace(r) {
			break
		}
		e -= size
	}
	return s, e
}
