package sentences

import "strings"

// Inline structure that scrapers flatten onto one line: bulleted summaries
// ("العنوان - بند - بند - بند"), bullets (•) and publication stamps ([نُشر في 2016/12/16]).

// minDashItems is how many " - " separators make a run an inline list rather than dashes
// used as parentheses or ranges ("تركية - روسية").
const minDashItems = 3

// maxWordsPerItem keeps long prose with dashes from being read as a list.
const maxWordsPerItem = 12

// listCuts returns cuts before every item of inline lists inside the sentences between cuts.
func listCuts(text string, cuts []int) []int {
	var out []int
	start := 0
	for k := 0; k <= len(cuts); k++ {
		end := len(text)
		if k < len(cuts) {
			end = cuts[k]
		}
		out = appendListCuts(out, text, start, end)
		start = end
	}
	return out
}

func appendListCuts(out []int, text string, start, end int) []int {
	var dashes []int
	seg := text[start:end]
	for k := 0; k < len(seg); {
		j := indexDashOrE2(seg[k:])
		if j < 0 {
			break
		}
		i := start + k + j
		r, size := runeAt(text, i)
		switch r {
		case '-', '–', '—':
			if spaceAround(text, i, size, start, end) {
				dashes = append(dashes, i)
			}
		case '•', '▪', '●', '■', '◦', '‣':
			if i > start {
				out = append(out, i)
			}
		}
		k += j + size
	}
	if len(dashes) >= minDashItems && countWords(seg, 1<<30)-len(dashes) <= maxWordsPerItem*(len(dashes)+1) &&
		!lowerCaseItem(text, dashes) {
		out = append(out, dashes...)
	}
	return out
}

// indexDashOrE2 finds the next '-' or 0xE2 byte (the lead byte of – — and the bullets).
func indexDashOrE2(s string) int {
	d := strings.IndexByte(s, '-')
	if d == 0 {
		return 0
	}
	limit := s
	if d > 0 {
		limit = s[:d]
	}
	if e := strings.IndexByte(limit, 0xE2); e >= 0 {
		return e
	}
	return d
}

// spaceAround reports a dash with white space on both sides within [start, end).
func spaceAround(text string, i, size, start, end int) bool {
	if i <= start || i+size >= end {
		return false
	}
	before, _ := runeBefore(text, i)
	after, _ := runeAt(text, i+size)
	return isSpace(before) && isSpace(after)
}

// maxStampBytes bounds a bracketed publication stamp.
const maxStampBytes = 80

// stampCuts isolates bracketed stamps that carry a date, such as [نُشر في 2016/12/16], which
// sit between a byline and a headline on scraped pages, and cuts before datelines glued to
// their dash ("طوكيو- صرح الرئيس").
func stampCuts(text string) []int {
	var out []int
	for i := 0; i < len(text); i++ {
		j := indexEither(text[i:], '[', '-')
		if j < 0 {
			break
		}
		i += j
		switch text[i] {
		case '[':
			j := i + 1
			for j < len(text) && j-i < maxStampBytes && text[j] != ']' && text[j] != '\n' {
				j++
			}
			if j < len(text) && text[j] == ']' && hasDate(text[i+1:j]) {
				out = append(out, i, j+1)
				i = j
			}
		case '-':
			if w := datelineStart(text, i); w >= 0 {
				out = append(out, w)
			}
		}
	}
	return out
}

// hasDate reports a date: three digit groups separated by / - or ., the middle one (month or
// day) of one or two digits and one outer group (the year) of four: 2016/12/16, 16-12-2016.
// Phone numbers (203-719-8385) have a three-digit middle group.
func hasDate(s string) bool {
	for i := 0; i < len(s); i++ {
		if i > 0 && isASCIIDigit(s[i-1]) || !isASCIIDigit(s[i]) {
			continue
		}
		var groups [3]int
		j, g := i, 0
		for ; g < 3; g++ {
			k := j
			for k < len(s) && isASCIIDigit(s[k]) {
				k++
			}
			groups[g] = k - j
			if groups[g] == 0 || g == 2 || k >= len(s) || (s[k] != '/' && s[k] != '-' && s[k] != '.') {
				j = k
				break
			}
			j = k + 1
		}
		if g == 2 && (j == len(s) || !isASCIIDigit(s[j])) && groups[1] <= 2 &&
			(groups[0] == 4 && groups[2] <= 2 || groups[2] == 4 && groups[0] <= 2) {
			return true
		}
	}
	return false
}

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

// datelineStart returns where a dateline ("طوكيو- ") whose dash is at i starts, or -1: an
// Arabic word of two letters or more, glued to the dash, with a space after the dash and a
// space (not a sentence start) before the word.
func datelineStart(text string, dash int) int {
	after, _ := runeAt(text, dash+1)
	if !isSpace(after) || dash+1 >= len(text) {
		return -1
	}
	w, letters := dash, 0
	for w > 0 {
		r, size := runeBefore(text, w)
		if !isArabicLetter(r) {
			if !isSpace(r) || letters < 2 || opensDashAside(text, w) {
				return -1
			}
			return w
		}
		letters++
		w -= size
	}
	return -1
}

// opensDashAside reports an opening dash ("زمنه -مصممي ... باس- الذين") earlier on the same
// line before byte i: the dash at hand then closes an aside instead of ending a dateline.
func opensDashAside(text string, i int) bool {
	for j := i - 1; j > 0 && i-j < maxLookBehind && text[j] != '\n'; j-- {
		if text[j] == '-' && isSpace(rune(text[j-1])) && j+1 < len(text) && !isSpace(rune(text[j+1])) {
			return true
		}
	}
	return false
}

// lowerCaseItem reports an item starting with a lower-case Latin word: English list items
// are capitalised, while " - " between lower-case clauses is a dash in running prose.
func lowerCaseItem(text string, dashes []int) bool {
	for _, d := range dashes {
		_, size := runeAt(text, d)
		k, _ := skipSpace(text, d+size)
		if r, _ := runeAt(text, k); isLowerLatin(r) {
			return true
		}
	}
	return false
}

// indexEither returns the first index of a or b in s, or -1 (two SIMD byte searches).
func indexEither(s string, a, b byte) int {
	i := strings.IndexByte(s, a)
	limit := s
	if i >= 0 {
		limit = s[:i]
	}
	if j := strings.IndexByte(limit, b); j >= 0 {
		return j
	}
	return i
}
