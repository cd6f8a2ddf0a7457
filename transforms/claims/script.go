package claims

import (
	"unicode"
	"unicode/utf8"
)

// scriptCounts counts the Arabic-block and Latin letters of the runes that start at or before
// byte limit. It reads bytes, not runes: ASCII bytes and the lead bytes D8..DB (U+0600..U+06FF
// when a continuation byte follows) always start a rune, so only the rare leads of other
// two-byte Latin letters (C2..C9) need decoding.
func scriptCounts(text string, limit int) (arabic, latin int) {
	end := min(len(text), limit+1)
	rare := uint8(0)
	// Branch-free: a byte's class and whether the next byte continues it are table lookups.
	for i := 0; i < end; i++ {
		next := byte(0)
		if i+1 < len(text) {
			next = text[i+1]
		}
		k := byteClass[text[i]]
		latin += int(k & classASCIILetter)
		arabic += int(k >> 1 & continuation[next])
		rare |= k
	}
	if rare&classLatinLead == 0 {
		return arabic, latin
	}
	for i := 0; i < end; i++ {
		if byteClass[text[i]] == classLatinLead && i+1 < len(text) && continuation[text[i+1]] == 1 {
			if r, _ := utf8.DecodeRuneInString(text[i:]); unicode.IsLetter(r) && r < 0x0250 {
				latin++
			}
		}
	}
	return arabic, latin
}

const (
	classASCIILetter = 1
	classArabicLead  = 2
	classLatinLead   = 4
)

// byteClass says what a byte of UTF-8 can start, for scriptCounts.
var byteClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = classASCIILetter, classASCIILetter
	}
	for c := 0xD8; c <= 0xDB; c++ {
		t[c] = classArabicLead
	}
	for c := 0xC2; c <= 0xC9; c++ {
		t[c] = classLatinLead
	}
	return t
}()

// continuation is 1 for the continuation bytes of UTF-8 (10xxxxxx).
var continuation = func() (t [256]uint8) {
	for c := 0x80; c <= 0xBF; c++ {
		t[c] = 1
	}
	return t
}()
