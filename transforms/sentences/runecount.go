package sentences

import (
	"math/bits"
	"unicode/utf8"
)

// runeCount is utf8.RuneCountInString with inline paths for ASCII and two-byte runes (all of
// basic Arabic), which the standard one decodes through a runtime call per rune. It counts
// invalid bytes the same way (one each), so the result is identical for any input.
//
// Eight bytes holding only ASCII and whole two-byte runes (most of an Arabic or English text)
// are counted at once, by bit masks: a branch per rune on whether it is a letter or a space
// cost more than the counting.
func runeCount(s string) int {
	const highs = 0x8080808080808080
	n := 0
	for i := 0; i < len(s); n++ {
		for i+8 <= len(s) {
			q := s[i : i+8] // of known length: one load of the eight bytes
			x := uint64(q[0]) | uint64(q[1])<<8 | uint64(q[2])<<16 | uint64(q[3])<<24 |
				uint64(q[4])<<32 | uint64(q[5])<<40 | uint64(q[6])<<48 | uint64(q[7])<<56
			if x&highs == 0 { // ASCII
				n += 8
				i += 8
				continue
			}
			// The high bit of each byte says what the byte is: cont 10xxxxxx, lead 110xxxxx
			// but not C0 or C1 (whose bits 4–1 are all zero); other is any other non-ASCII.
			cont := x &^ (x << 1) & highs
			lead := x & (x << 1) &^ (x << 2) & (x&0x1E1E1E1E1E1E1E1E + 0x7F7F7F7F7F7F7F7F) & highs
			other := x & highs &^ cont &^ lead
			size := 8
			if lead>>56 != 0 {
				size = 7 // the last byte leads a rune that ends past these eight (lead<<8 drops it)
			}
			// Whole runes only: every lead is followed by a continuation byte and every
			// continuation byte follows a lead (the lead bits one byte up are the
			// continuation bits), and nothing else is beyond ASCII.
			if other != 0 || lead<<8 != cont {
				break
			}
			n += size - bits.OnesCount64(cont)
			i += size
		}
		if i == len(s) {
			break
		}
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			i++
		case c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			i += 2
		default:
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	return n
}
