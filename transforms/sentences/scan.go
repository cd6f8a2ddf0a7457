package sentences

import (
	"strings"
)

// Look-behind bounds keep every decision local, so Split stays linear on pathological input
// (a megabyte of "a, " or "a.a.a").
const (
	maxWordBytes  = 64  // longest word worth checking as an abbreviation or glued pair
	maxLookBehind = 256 // how far back a rule looks for a URL, a lead phrase or an opener
)

// minRuleBytes is the shortest run of "_", "-", "=" or "*" read as a separator rule; "--"
// is as often a dash in prose ("if -- wonder of wonders --").
const minRuleBytes = 5

// scanBytes marks the bytes the scanner must look at; all others are skipped at once.
var scanBytes = func() (t [256]bool) {
	for _, c := range []byte("\n\".!?hwMm0123456789),>:,_-=*") {
		t[c] = true
	}
	t[0xD8], t[0xDB] = true, true // ؟ (D8 9F), ۔ (DB 94)
	for c := 0xE2; c <= 0xFF; c++ {
		t[c] = true // … and other three- or four-byte punctuation
	}
	return t
}()

// scanner walks a text once and records where sentences end.
type scanner struct {
	text        string
	hardWrapped bool  // single newlines are wrapping, not structure
	cuts        []int // byte offsets between sentences
	lastCut     int
	quotes      int // straight double quotes seen since the last cut
}

func (s *scanner) cut(at int) {
	s.cuts = append(s.cuts, at)
	s.lastCut = at
	s.quotes = 0
}

func (s *scanner) scan() {
	text := s.text
	for i := 0; i < len(text); {
		c := text[i]
		if c&0xFE == 0xD8 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 && uint(c)<<8|uint(text[i+1]) != 0xD89F {
			// A letter of U+0600–067F other than ؟: most of an Arabic text. Its continuation
			// byte is no scan byte either. Taking both bytes here, whatever the lead, spares
			// the branch on D8 (scanned) against D9 (skipped), which the letters of a word
			// take at random. The letters after it in the word are taken in a loop of their
			// own, the same test on two bytes read once.
			for i += 2; i < len(text)-1; i += 2 {
				if c, d := text[i], text[i+1]; c&0xFE != 0xD8 || d&0xC0 != 0x80 || c == 0xD8 && d == 0x9F {
					break
				}
			}
			continue
		}
		if !scanBytes[c] {
			i++
			continue
		}
		if c == 0xD8 && (i+1 >= len(text) || text[i+1] != 0x9F) {
			i++ // an Arabic letter, not ؟
			continue
		}
		switch {
		case c == '\n':
			if s.newlineEnds(i) {
				s.cut(i)
			}
			i++
		case c == '"':
			s.quotes++
			i++
		case c == 'h' || c == 'w':
			if e := urlEnd(text, i); e > i {
				if urlEndsSentence(text, i, e) {
					s.cut(e)
				}
				i = e
				continue
			}
			i++
		case c >= '0' && c <= '9' && (i == 0 || isSpace(rune(text[i-1]))):
			if e := dateTimeEnd(text, i); e > 0 {
				s.headerDate(i, e)
				i = e
				continue
			}
			i++
		case (c == '_' || c == '-' || c == '=' || c == '*') && (i == 0 || isSpace(rune(text[i-1]))):
			e := i
			for e < len(text) && text[e] == c {
				e++
			}
			if e-i >= minRuleBytes && (e == len(text) || isSpace(rune(text[e]))) {
				// A rule line flattened into the text ("_____", "-----") separates sentences.
				s.cut(i)
				s.cut(e)
			}
			i = e
		case c == ')':
			i++
			if s.sourceLabelEnd(i) {
				s.cut(i)
			}
		case c == '>':
			i++
			if addressEndsHeader(text, i) {
				s.cut(i)
			}
		case c == ',' || c == ':':
			if s.softEnd(i) {
				s.cut(i + 1)
			}
			i++
		case c == 'M' || c == 'm':
			i++
			if s.clockEnd(i) {
				s.cut(i)
			}
		case c == '.' || c == '!' || c == '?' || c >= 0xE2 ||
			c == 0xD8 && i+1 < len(text) && text[i+1] == 0x9F || c == 0xDB && i+1 < len(text) && text[i+1] == 0x94:
			// Only these bytes can start a terminator (؟ is D8 9F, ۔ DB 94, … E2 80 A6).
			r, size := runeAt(text, i)
			if !isTerminator(r) {
				i += size
				continue
			}
			runEnd := terminatorRunEnd(text, i)
			after := s.closersEnd(runEnd)
			if s.endsSentence(i, runEnd, after) {
				after = trailerEnd(text, after)
				s.cut(after)
			}
			i = after
		default:
			i++
		}
	}
}

// terminatorRunEnd returns the end of the run of terminators starting at i ("?!", "...").
func terminatorRunEnd(text string, i int) int {
	for i < len(text) {
		r, size := runeAt(text, i)
		if !isTerminator(r) {
			break
		}
		i += size
	}
	return i
}

// closersEnd absorbs closing quotes and brackets (and terminators after them: `?")."`) that
// follow a sentence end, so they stay with the sentence they close.
func (s *scanner) closersEnd(i int) int {
	text := s.text
	for i < len(text) {
		r, size := runeAt(text, i)
		switch {
		case isCloser(r), isTerminator(r):
		case r == '"':
			if !s.closesQuote(i + size) {
				return i
			}
			s.quotes++
		case r == '\'':
			next, _ := runeAt(text, i+size)
			if i+size < len(text) && !isSpace(next) && !isCloser(next) && !isTerminator(next) {
				return i
			}
		default:
			return i
		}
		i += size
	}
	return i
}

// closesQuote decides whether a straight double quote right after a sentence end closes a
// quotation: it does when one is open in this sentence, or when it is followed by space,
// punctuation or the end (the quotation opened in an earlier sentence).
func (s *scanner) closesQuote(next int) bool {
	if s.quotes%2 == 1 {
		return true
	}
	if next >= len(s.text) {
		return true
	}
	r, _ := runeAt(s.text, next)
	return isSpace(r) || isCloser(r) || isTerminator(r)
}

// endsSentence decides whether the terminators text[start:runEnd], followed by closers up to
// after, end a sentence.
func (s *scanner) endsSentence(start, runEnd, after int) bool {
	text := s.text
	if after >= len(text) {
		return true
	}
	next, _ := runeAt(text, after)
	prev, _ := runeBefore(text, start)
	period := runEnd-start == 1 && text[start] == '.'
	if !isSpace(next) {
		return s.gluedEnd(start, runEnd, after, period, prev, next)
	}
	// Followed by space: look at the next word.
	k, sawNewline := skipSpace(text, after)
	if k >= len(text) || sawNewline {
		return true
	}
	nw, _ := runeAt(text, k)
	if period {
		word, afterNumber := wordBefore(text, start)
		if isListNumber(text, start, word) {
			return false
		}
		switch classifyAbbrev(word, afterNumber) {
		case titleAbbrev:
			return false
		case numberAbbrev:
			if isDigit(nw) {
				return false
			}
			return startsSentence(text, k)
		case nocaseAbbrev:
			return startsSentence(text, k)
		}
		return true
	}
	if isEllipsis(text[start:runEnd]) {
		// An ellipsis trails off inside a sentence more often than it ends one: "وما تفعله...
		// في الواقع", "em ... no ... the", "lol... Kolkata is".
		return startsSentence(text, k) && isUpperLatin(nw)
	}
	if isLowerLatin(nw) && after > runEnd {
		// "Stop!" he said.
		return false
	}
	return true
}

// isEllipsis reports "…" or a run of two or more periods.
func isEllipsis(run string) bool {
	if run == "…" {
		return true
	}
	for i := 0; i < len(run); i++ {
		if run[i] != '.' {
			return false
		}
	}
	return len(run) >= 2
}

// gluedEnd decides a sentence end with no space after it.
func (s *scanner) gluedEnd(start, runEnd, after int, period bool, prev, next rune) bool {
	text := s.text
	if inURL(text, start) {
		return false
	}
	if period && after == runEnd {
		switch {
		case isDigit(prev) && isDigit(next): // 3.5, 10.30, 2016.12.16
			return false
		case isArabicLetter(next): // الأربعاء.توصلت, but not ق.م or ص.ب
			word, _ := wordBefore(text, start)
			return !isLatinLetter(prev) && (word == "" || runeCount(word) > 1)
		case isOpener(next): // الاستقرار.“فصائل
			r, _ := runeAt(text, after+len(string(next)))
			return isArabicLetter(r) || isUpperLatin(r)
		case isUpperLatin(next):
			return missingSpace(text, start, after)
		}
		return false
	}
	// After closers or a run of terminators ("?!", "....", `."`).
	switch {
	case isArabicLetter(next), isUpperLatin(next):
		return true
	case isOpener(next):
		r, _ := runeAt(text, after+len(string(next)))
		return isArabicLetter(r) || isUpperLatin(r)
	}
	return false
}

// missingSpace reports "word.Word" where a space was lost, as opposed to U.S.A, example.Com
// or file names: a lower-case word of two letters or more on the left, a capitalised word on
// the right, and no further period, @ or slash in either.
func missingSpace(text string, period, after int) bool {
	left := period
	lower := 0
	for left > 0 {
		if period-left > maxWordBytes {
			return false
		}
		r, size := runeBefore(text, left)
		if !isLatinLetter(r) {
			if r == '.' || r == '@' || r == '/' || r == ':' || r == '_' || isDigit(r) {
				return false
			}
			break
		}
		if isLowerLatin(r) {
			lower++
		}
		left -= size
	}
	if lower < 2 {
		return false
	}
	right := after
	for right < len(text) {
		if right-after > maxWordBytes {
			return false
		}
		r, size := runeAt(text, right)
		if isSpace(r) {
			break
		}
		if r == '.' && right+1 < len(text) && !isSpace(rune(text[right+1])) || r == '@' || r == '/' || r == '_' {
			return false
		}
		right += size
	}
	r2, _ := runeAt(text, after+1)
	return isLowerLatin(r2) && !topLevelDomains[strings.ToLower(text[after:right])]
}

// topLevelDomains keeps "Newsfeeds.Com" together.
var topLevelDomains = map[string]bool{"com": true, "org": true, "net": true, "edu": true, "gov": true, "info": true, "biz": true}

// skipSpace returns the first non-space position from i and whether a newline was crossed.
func skipSpace(text string, i int) (int, bool) {
	newline := false
	for i < len(text) {
		r, size := runeAt(text, i)
		if !isSpace(r) {
			break
		}
		if r == '\n' {
			newline = true
		}
		i += size
	}
	return i, newline
}

// wordBefore returns the letters, digits and inner periods just before byte i (the period),
// and whether the word before that one is a number.
func wordBefore(text string, i int) (string, bool) {
	j := i
	for j > 0 {
		if i-j > maxWordBytes {
			return "", false // too long for an abbreviation
		}
		r, size := runeBefore(text, j)
		if !(isLatinLetter(r) || isArabicLetter(r) || isDigit(r) || r == '.' || r >= 0x0300 && r < 0x0370 || r >= 0x064B && r <= 0x0652) {
			break
		}
		j -= size
	}
	word := text[j:i]
	k := j
	for k > 0 && j-k < maxWordBytes {
		r, size := runeBefore(text, k)
		if !isSpace(r) {
			break
		}
		k -= size
	}
	prev, _ := runeBefore(text, k)
	return word, k < j && isDigit(prev)
}

// isListNumber reports "1." or "12." opening a line: a list marker, not a sentence end.
func isListNumber(text string, period int, word string) bool {
	if word == "" || len(word) > 3 {
		return false
	}
	for _, r := range word {
		if !isDigit(r) {
			return false
		}
	}
	j := period - len(word)
	for j > 0 {
		r, size := runeBefore(text, j)
		if r == '\n' {
			return true
		}
		if !isSpace(r) {
			return false
		}
		j -= size
	}
	return true
}

// inURL reports whether byte i lies in a token that is a URL or e-mail address.
func inURL(text string, i int) bool {
	j := i
	for j > 0 && i-j < maxLookBehind {
		r, size := runeBefore(text, j)
		if isSpace(r) || r == '(' || r == '<' || r == '"' {
			break
		}
		j -= size
	}
	tok := text[j:i]
	return strings.Contains(tok, "://") || strings.HasPrefix(tok, "www.") || strings.Contains(tok, "@")
}

// startsSentence reports whether the word at k, after an abbreviation such as "etc." or
// "U.S.", begins a new sentence: it is a common sentence starter (The, He, But...) or not a
// Latin word at all. A capitalised name after U.S. (U.S. Army) does not.
func startsSentence(text string, k int) bool {
	for start := k; k < len(text) && k-start < maxWordBytes; {
		r, size := runeAt(text, k)
		if !isOpener(r) {
			break
		}
		k += size
	}
	r, _ := runeAt(text, k)
	if !isLatinLetter(r) {
		return !isDigit(r)
	}
	e := k
	for e < len(text) && e-k <= maxWordBytes {
		r, size := runeAt(text, e)
		if !isLatinLetter(r) && r != '\'' {
			break
		}
		e += size
	}
	return sentenceStarters[text[k:e]]
}

// emoticons stay with the sentence they follow: "bacon! :)".
var emoticons = map[string]bool{
	":)": true, ":-)": true, ":(": true, ":-(": true, ":D": true, ":-D": true, ";)": true,
	";-)": true, ":P": true, ":p": true, ":-P": true, "XD": true, "xD": true, ":/": true, "<3": true,
	":o": true, ":O": true, "=)": true, ":]": true,
}

// trailerEnd extends a sentence end at i over a following emoticon or stray terminators
// ("parrots? ?") that belong to it.
func trailerEnd(text string, i int) int {
	k, newline := skipSpace(text, i)
	if newline || k >= len(text) || k == i {
		return i
	}
	e := k
	for e < len(text) {
		r, size := runeAt(text, e)
		if isSpace(r) {
			break
		}
		e += size
	}
	tok := text[k:e]
	if emoticons[tok] || terminatorRunEnd(tok, 0) == len(tok) {
		return e
	}
	return i
}

// urlEnd returns the end of a URL starting at i ("http://", "https://", "www."), or i.
func urlEnd(text string, i int) int {
	if i > 0 && !isSpace(rune(text[i-1])) && text[i-1] != '(' && text[i-1] != '<' && text[i-1] != '"' {
		return i
	}
	rest := text[i:]
	if !strings.HasPrefix(rest, "http://") && !strings.HasPrefix(rest, "https://") && !strings.HasPrefix(rest, "www.") {
		return i
	}
	e := i
	for e < len(text) {
		r, size := runeAt(text, e)
		if isSpace(r) || r == '>' || r == '"' {
			break
		}
		e += size
	}
	// A final period or closing bracket belongs to the sentence, not the address.
	for e > i {
		r, size := runeBefore(text, e)
		if r != '.' && r != ',' && r != ')' && r != '!' && r != '?' {
			break
		}
		e -= size
	}
	return e
}

// urlEndsSentence reports a bare address followed by a capitalised word: links pasted on
// their own ("restaurants: http://x.com/ The latest spot...") end a sentence.
func urlEndsSentence(text string, start, end int) bool {
	k, newline := skipSpace(text, end)
	if newline || k >= len(text) || k == end {
		return false
	}
	r, _ := runeAt(text, k)
	return isUpperLatin(r)
}

// maxLabelBytes bounds a parenthesised source label such as "(Space.com)" or "(ZD Net)".
const maxLabelBytes = 40

// sourceLabelEnd reports a short parenthesis that opens the sentence and is followed by a
// capitalised word: a source label ("(ZD Net) It looks like..."), a sentence of its own.
func (s *scanner) sourceLabelEnd(i int) bool {
	text := s.text
	if i-s.lastCut > maxLabelBytes+maxLookBehind {
		return false
	}
	start, _ := skipSpace(text[:i], s.lastCut)
	if start >= i || text[start] != '(' || i-start > maxLabelBytes {
		return false
	}
	inner := text[start+1 : i-1]
	if strings.ContainsAny(inner, "()!?") {
		return false
	}
	k, newline := skipSpace(text, i)
	if newline || k >= len(text) || k == i {
		return false
	}
	r, _ := runeAt(text, k)
	return isUpperLatin(r)
}
