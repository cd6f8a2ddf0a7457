package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word, number or punctuation mark of a sentence's matching form. Offsets are
// bytes of the matching form; variants are the forms the matcher compares (clitics stripped,
// inflections undone), computed once per token and shared by every lexicon category.
type token struct {
	text       string
	start, end int32
	punct      bool
	number     bool
	w          *wordInfo // variants and candidate phrases, shared by all occurrences
}

// variants are the forms the matcher compares, the word as written first.
func (t *token) variants() []string {
	if t.w == nil {
		return []string{t.text}
	}
	return t.w.variants
}

// tokenize splits a matching form into words (letters, digits, marks, inner apostrophes),
// numbers (digits with inner , or . such as 62,000 and 3.5) and single punctuation marks.
func tokenize(s string) []token {
	return appendTokens(make([]token, 0, len(s)/8+4), s) // about one token per 8 bytes
}

// appendTokens appends the tokens of s to out.
func appendTokens(out []token, s string) []token {
	first, openSingle := len(out), false
	i := 0
	for i < len(s) {
		// Most tokens of an Arabic matching form are words opening with a basic Arabic letter
		// (D8 A1 … D9 8A) after one space: they go straight to the word case below.
		if s[i] == ' ' && i+1 < len(s) {
			i++
		}
		if k := uint(s[i]) - 0xD8; k <= 1 && i+1 < len(s) && arabicLetterPair[k<<8|uint(s[i+1])] {
			j := wordEnd(s, i+2)
			if j < len(s) && (s[j] == '\'' || s[j] == 0xE2 && strings.HasPrefix(s[j:], "’")) {
				i = tokenizeWord(s, i, &out)
				continue
			}
			out = append(out, token{text: s[i:j], start: int32(i), end: int32(j)})
			i = j
			continue
		}
		var r rune
		var w int
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			r, w = rune(c), 1
		case c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80: // two bytes: Arabic
			r, w = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2
		default:
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r == '\r':
			i += w
		case r >= 0x0621 && r <= 0x064A, r >= 'a' && r <= 'z':
			j := wordEnd(s, i+w)
			if j < len(s) && (s[j] == '\'' || s[j] == 0xE2 && strings.HasPrefix(s[j:], "’")) {
				// Inner apostrophes (don't, Syria's) are handled by the general case.
				i = tokenizeWord(s, i, &out)
				continue
			}
			out = append(out, token{text: s[i:j], start: int32(i), end: int32(j)})
			i = j
		case r >= 0x80 && unicode.IsSpace(r):
			i += w
		case r >= '0' && r <= '9' || (r >= 0x80 && unicode.IsDigit(r)):
			j := i + w
			for j < len(s) {
				r2, w2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsDigit(r2) {
					j += w2
					continue
				}
				if (r2 == ',' || r2 == '.' || r2 == '٬' || r2 == '٫') && j+w2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+w2:])
					if unicode.IsDigit(r3) {
						j += w2
						continue
					}
				}
				break
			}
			out = append(out, token{text: s[i:j], start: int32(i), end: int32(j), number: true})
			i = j
		case isWordRune(r):
			i = tokenizeWord(s, i, &out)
		case r == '\'' || r == '‘' || r == '’':
			// A single mark is a plural's possessive ("the Houthis' claim"), a word, or a
			// single quotation mark, punctuation (singleQuoteMark).
			punct := singleQuoteMark(s, i, w, out[first:], &openSingle)
			out = append(out, token{text: s[i : i+w], start: int32(i), end: int32(i + w), punct: punct})
			i += w
		default:
			out = append(out, token{text: s[i : i+w], start: int32(i), end: int32(i + w), punct: true})
			i += w
		}
	}
	return out
}

// singleQuoteMark tells a lone single mark at byte i (width w) of s apart: right after a
// plural ending in s, before a space and a word, it is the plural's possessive ("the Houthis'
// claim that", "the rebels' figure", "both sides' fighters"), which governs its noun as "'s"
// does, no punctuation (false); elsewhere it is a single quotation mark (true). A mark after
// a space before a word opens a quotation ("'we will not withdraw,' he said"); a mark after a
// plural while one is open closes it ("called it 'a win for the rebels' and left"). prev holds
// the sentence's tokens so far; open tracks an unclosed opening mark.
func singleQuoteMark(s string, i, w int, prev []token, open *bool) bool {
	var before byte = ' '
	if i > 0 {
		before = s[i-1]
	}
	next, _ := utf8.DecodeRuneInString(s[i+w:])
	if before == ' ' || before == '\n' || before == '(' || i == 0 {
		if unicode.IsLetter(next) || unicode.IsDigit(next) {
			*open = true
		}
		return true
	}
	if *open {
		*open = false
		return true
	}
	if len(prev) == 0 || i+w+1 >= len(s) || s[i+w] != ' ' {
		return true
	}
	p := prev[len(prev)-1]
	if p.punct || p.number || int(p.end) != i || len(p.text) < 3 || p.text[len(p.text)-1] != 's' {
		return true
	}
	after, _ := utf8.DecodeRuneInString(s[i+w+1:])
	return !(after >= 'a' && after <= 'z' || after >= 'A' && after <= 'Z')
}

// wordEnd returns the end of the run of word runes starting at byte j. ASCII and two-byte
// runes (Arabic) are decoded inline; a basic Arabic letter, most of an Arabic word, is told by
// one table load (arabicLetterPair) before any decoding.
func wordEnd(s string, j int) int {
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' {
				j++
				continue
			}
			return j
		}
		if k := uint(c) - 0xD8; k <= 1 && j+1 < len(s) && arabicLetterPair[k<<8|uint(s[j+1])] {
			j += 2
			continue
		}
		if c >= 0xC2 && c < 0xE0 && j+1 < len(s) && s[j+1]&0xC0 == 0x80 {
			if r := rune(c&0x1F)<<6 | rune(s[j+1]&0x3F); !(r >= 0x0621 && r <= 0x064A) && !isWordRune(r) {
				return j
			}
			j += 2
			continue
		}
		r, w := utf8.DecodeRuneInString(s[j:])
		if !isWordRune(r) {
			return j
		}
		j += w
	}
	return j
}

// arabicLetterPair reports, by (lead byte - D8) << 8 | second byte, the two-byte encodings of
// the basic Arabic letters U+0621–064A (D8 A1 … D9 8A).
var arabicLetterPair = func() (t [512]bool) {
	for r := 0x0621; r <= 0x064A; r++ {
		t[(0xC0|r>>6-0xD8)<<8|(0x80|r&0x3F)] = true
	}
	return t
}()

func isWordRune(r rune) bool {
	switch {
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= 0x0621 && r <= 0x064A, r == '_':
		return true
	case r < 0x80:
		return false
	case uint32(r) < wordRuneTableSize:
		return wordRuneTable[r>>6]&(1<<(r&63)) != 0
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// wordRuneTableSize bounds the runes wordRuneTable answers for: Latin, Greek, Cyrillic, Arabic
// with its marks and supplements, and the general punctuation (dashes, typographic quotes),
// the runes of news text that are not ASCII.
const wordRuneTableSize = 0x3000

// wordRuneTable has bit r set for each rune r below wordRuneTableSize that is a letter or a
// non-spacing mark, isWordRune's answer past its fast cases: one load instead of a search of
// two range tables (a typographic quote took about 200 instructions).
var wordRuneTable = func() (t [wordRuneTableSize / 64]uint64) {
	for r := rune(0); r < wordRuneTableSize; r++ {
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			t[r>>6] |= 1 << (r & 63)
		}
	}
	return t
}()

// isArabicWord reports whether a token is written in Arabic script.
func isArabicWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 0x0600 && r <= 0x06FF
}

// clauseBreakPunct are marks that end the scope of a cue (lists with commas are handled apart).
func clauseBreakPunct(s string) bool {
	switch s {
	case ".", "؛", ";", ":", "!", "?", "؟", "\n":
		return true
	}
	return false
}

func isComma(s string) bool { return s == "،" || s == "," }

// pluralPossessive: token k is a plural's possessive apostrophe ("the Houthis' claim", "both
// sides' fighters"), a word as "'s" is, where a single quotation mark is punctuation
// (singleQuoteMark).
func (si *sentInfo) pluralPossessive(k int) bool {
	if k < 0 || k >= len(si.toks) || si.toks[k].punct {
		return false
	}
	t := si.toks[k].text
	return t == "'" || t == "’"
}

// isQuote reports a quotation mark in s. Rules ask it of every token they walk past: a byte
// scan finds that most hold no byte a mark can start with (" and the lead bytes C2, E2 of « » “
// ” „) without the rune-by-rune ContainsAny.
func isQuote(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"':
			return true
		case 0xC2, 0xE2:
			return strings.ContainsAny(s[i:], "“”«»„")
		}
	}
	return false
}

// quoteAt is isQuote(si.toks[k].text), from the token's word's classes when it has one: rules
// ask it of most tokens they walk past (negatedAt, of the token before every cue it tests).
func (si *sentInfo) quoteAt(k int) bool {
	if w := si.toks[k].w; w != nil {
		return w.classes&classQuote != 0
	}
	return isQuote(si.toks[k].text)
}

// hasQuoteMark reports whether s holds a quotation mark (" “ ” „ « »). It runs on every
// sentence, so it looks for the marks' lead bytes with IndexByte: strings.ContainsAny with
// non-ASCII marks decodes every rune of the sentence.
func hasQuoteMark(s string) bool {
	if strings.IndexByte(s, '"') >= 0 {
		return true
	}
	return hasMarkAfterLead(s, 0xE2, func(rest string) bool { // “ ” „: E2 80 9C..9E
		return len(rest) >= 2 && rest[0] == 0x80 && rest[1] >= 0x9C && rest[1] <= 0x9E
	}) || hasMarkAfterLead(s, 0xC2, func(rest string) bool { // « »: C2 AB, C2 BB
		return len(rest) >= 1 && (rest[0] == 0xAB || rest[0] == 0xBB)
	})
}

// hasMarkAfterLead reports whether some occurrence of the lead byte is followed by bytes that
// complete a mark.
func hasMarkAfterLead(s string, lead byte, completes func(rest string) bool) bool {
	for i := strings.IndexByte(s, lead); i >= 0; {
		if completes(s[i+1:]) {
			return true
		}
		j := strings.IndexByte(s[i+1:], lead)
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// tokenizeWord appends the word starting at byte i (with inner apostrophes: don't, Syria's) and
// returns the byte after it.
func tokenizeWord(s string, i int, out *[]token) int {
	_, w := utf8.DecodeRuneInString(s[i:])
	j := i + w
	for j < len(s) {
		r2, w2 := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r2) {
			j += w2
			continue
		}
		if (r2 == '\'' || r2 == '’') && j+w2 < len(s) {
			r3, _ := utf8.DecodeRuneInString(s[j+w2:])
			if unicode.IsLetter(r3) && r3 < 0x0600 {
				j += w2
				continue
			}
		}
		break
	}
	*out = append(*out, token{text: s[i:j], start: int32(i), end: int32(j)})
	return j
}
