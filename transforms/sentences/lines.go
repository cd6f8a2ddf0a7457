package sentences

import (
	"strings"
)

// newlineEnds decides whether the line break at i ends a sentence. Lines are structure in news
// pages (headlines, captions, bylines, list items, paragraphs), so a break ends a sentence
// unless the text is hard-wrapped prose, where only blank lines and line-final punctuation do.
func (s *scanner) newlineEnds(i int) bool {
	if !s.hardWrapped {
		return true
	}
	k, _ := skipSpace(s.text, i)
	if k >= len(s.text) {
		return true
	}
	// A blank line, or a next line that starts a list item, ends the sentence.
	if blank := countNewlines(s.text[i:k]) > 1; blank {
		return true
	}
	r, _ := runeAt(s.text, k)
	return r == '-' || r == '•' || r == '*'
}

func countNewlines(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			n++
		}
	}
	return n
}

// isHardWrapped reports prose wrapped at a fixed width: most lines but the last of each
// paragraph are between 55 and 100 code points and end without sentence punctuation.
func isHardWrapped(text string) bool {
	lines, wrapped := 0, 0
	for start := 0; start < len(text); {
		end := len(text)
		if k := strings.IndexByte(text[start:], '\n'); k >= 0 {
			end = start + k
		}
		s, e := trimSpan(text, start, end)
		if s < e {
			lines++
			// The line's end first: most lines of news end a sentence, and then their length,
			// a count over most of the text, does not matter. Fewer than 55 bytes are fewer than
			// 55 code points; more than 400 are more than 100 of up to four bytes.
			last, _ := runeBefore(text, e)
			if !isTerminator(last) && !isCloser(last) && last != '"' && last != ':' && e-s >= 55 && e-s <= 400 {
				if n := runeCount(text[s:e]); n >= 55 && n <= 100 {
					wrapped++
				}
			}
		}
		start = end + 1
	}
	return lines >= 4 && wrapped*2 >= lines
}
