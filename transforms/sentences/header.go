package sentences

import "strings"

// E-mail and forum headers flattened into running text: "Andrew Edison@ENRON 06/02/2001
// 10:53 AM I have settled...". The date-time line is a sentence of its own when it follows a
// name (not "on" or "dated") and precedes a capitalised word.

// dateTimeEnd returns the end of "06/02/2001 10:53 AM" (or "07/06/2000 14:57") starting at
// i, or -1.
func dateTimeEnd(text string, i int) int {
	j := digitsEnd(text, i, 1, 2)
	if j < 0 || j >= len(text) || text[j] != '/' {
		return -1
	}
	if j = digitsEnd(text, j+1, 1, 2); j < 0 || j >= len(text) || text[j] != '/' {
		return -1
	}
	if j = digitsEnd(text, j+1, 2, 4); j < 0 || j >= len(text) || text[j] != ' ' {
		return -1
	}
	if j = digitsEnd(text, j+1, 1, 2); j < 0 || j >= len(text) || text[j] != ':' {
		return -1
	}
	if j = digitsEnd(text, j+1, 2, 2); j < 0 {
		return -1
	}
	if j+3 <= len(text) && text[j] == ':' {
		if k := digitsEnd(text, j+1, 2, 2); k > 0 {
			j = k
		}
	}
	if rest := text[j:]; strings.HasPrefix(rest, " AM") || strings.HasPrefix(rest, " PM") {
		j += 3
	}
	if j < len(text) && !isSpace(rune(text[j])) {
		return -1
	}
	return j
}

// digitsEnd returns the end of min..max ASCII digits at i, or -1.
func digitsEnd(text string, i, min, max int) int {
	j := i
	for j < len(text) && j-i < max && text[j] >= '0' && text[j] <= '9' {
		j++
	}
	if j-i < min || j < len(text) && text[j] >= '0' && text[j] <= '9' {
		return -1
	}
	return j
}

// headerDateCuts decides cuts around the date-time at [i, end): before it when a name or
// address precedes it, after it when a capitalised word follows.
func (s *scanner) headerDate(i, end int) {
	text := s.text
	j := i
	for j > s.lastCut && isSpace(rune(text[j-1])) {
		j--
	}
	if j > s.lastCut && j < i {
		w := j
		for w > s.lastCut && !isSpace(rune(text[w-1])) {
			w--
		}
		word := text[w:j]
		r, _ := runeAt(word, 0)
		if isUpperLatin(r) || strings.Contains(word, "@") {
			s.cut(i)
		}
	}
	k, newline := skipSpace(text, end)
	if !newline && k < len(text) && k > end {
		if r, _ := runeAt(text, k); isUpperLatin(r) {
			s.cut(end)
		}
	}
}

// maxAddressBytes bounds an address in angle brackets.
const maxAddressBytes = 120

// addressEndsHeader reports "<name@host>" (ending at i) followed by a capitalised word: the
// end of a From/Email header line ("Email: Roving Mouse <s...@tack.net> Groups: ...").
func addressEndsHeader(text string, i int) bool {
	from := max(0, i-maxAddressBytes)
	open := strings.LastIndexByte(text[from:i], '<')
	if open < 0 {
		return false
	}
	open += from
	if !strings.Contains(text[open:i], "@") || strings.ContainsAny(text[open+1:i-1], " \n<>") {
		return false
	}
	k, newline := skipSpace(text, i)
	if newline || k >= len(text) || k == i {
		return false
	}
	r, _ := runeAt(text, k)
	return isUpperLatin(r)
}
