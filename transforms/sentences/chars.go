package sentences

import (
	"unicode"
	"unicode/utf8"
)

// isTerminator reports runes that may end a sentence.
func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', '؟', '…', '۔', '。', '！', '？', '‼', '⁇', '⁈', '⁉':
		return true
	}
	return false
}

// isCloser reports punctuation that closes a quotation or parenthesis and stays with the
// sentence before it. Straight quotes are decided by context (see closesQuote).
func isCloser(r rune) bool {
	switch r {
	case ')', ']', '}', '”', '’', '»', '›', '」', '』', '﴿':
		return true
	}
	return false
}

// isOpener reports punctuation that opens a quotation or parenthesis.
func isOpener(r rune) bool {
	switch r {
	case '(', '[', '{', '“', '‘', '«', '‹', '„', '「', '『', '﴾', '"', '\'':
		return true
	}
	return false
}

func isArabicLetter(r rune) bool {
	if r >= 0x0621 && r <= 0x064A {
		return true
	}
	return r >= 0x0600 && unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r)
}

func isLatinLetter(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r >= 0xC0 && r < 0x250 && unicode.IsLetter(r)
}

func isLowerLatin(r rune) bool { return isLatinLetter(r) && unicode.IsLower(r) }
func isUpperLatin(r rune) bool { return isLatinLetter(r) && unicode.IsUpper(r) }

func isDigit(r rune) bool {
	return '0' <= r && r <= '9' || r >= 0x0660 && r <= 0x0669 || r >= 0x06F0 && r <= 0x06F9
}

// isSpace is unicode.IsSpace with the common cases first.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f'
	}
	switch {
	case r < 0x2000:
		return r == 0x85 || r == 0xA0 || r == 0x1680
	case r <= 0x200A, r == 0x2028, r == 0x2029, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return false
}

// runeAt decodes the rune starting at byte i (utf8.RuneError, 0 past the end).
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2 // two bytes, always valid: all of Arabic
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runeBefore decodes the rune ending at byte i.
func runeBefore(s string, i int) (rune, int) {
	if i <= 0 {
		return utf8.RuneError, 0
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s[:i])
}
