package claims

import "math/bits"

// Ids and account keys are 64-bit hashes written as 16 hex digits. They are computed for every
// claim and every claim-bearing sentence, so they mix eight bytes per step rather than one (a
// byte-at-a-time FNV took 5% of Analyze). The mixing is fixed, so ids are the same in every run
// and on every machine.

const hashSeed uint64 = 0x9e3779b97f4a7c15

// mix64 folds one word into h (a multiply and xor-shift, as in splitmix64's finalizer).
func mix64(h, v uint64) uint64 {
	h ^= v
	h *= 0xbf58476d1ce4e5b9
	return h ^ h>>31
}

// hashField folds s into h. The last step carries the length of the tail, so fields are
// delimited: ("ab", "c") and ("a", "bc") hash apart.
func hashField(h uint64, s string) uint64 {
	for len(s) >= 8 {
		v := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		h = mix64(h, v)
		s = s[8:]
	}
	v := uint64(len(s)) << 56 // the tail is at most 7 bytes: the top byte is free
	for i := 0; i < len(s); i++ {
		v |= uint64(s[i]) << (8 * i)
	}
	return mix64(h, v)
}

// hashWords folds the space-separated words of s into h: runs of spaces, and spaces at either
// end, do not change it. (The matching form has turned every white space into a space.)
// It is hashField over each word, without a byte search per word (see hashWordAt).
func hashWords(h uint64, s string) uint64 {
	for i := 0; ; {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i == len(s) {
			return h
		}
		h, i = hashWordAt(h, s, i)
	}
}

// hashWordAt is hashField(h, word) for the word starting at byte i of s; it also returns the
// word's end. Each eight bytes read from the word's start are tested for a space at once: the
// first space found ends the word, and the bytes before it are the tail.
func hashWordAt(h uint64, s string, i int) (uint64, int) {
	const ones, highs, spaces = 0x0101010101010101, 0x8080808080808080, 0x2020202020202020
	for i+8 <= len(s) {
		b := s[i : i+8] // of known length: the compiler makes one load of the eight bytes
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		t := x ^ spaces
		m := (t - ones) &^ t & highs // its lowest bit marks the first space exactly
		if m == 0 {
			h = mix64(h, x)
			i += 8
			continue
		}
		n := bits.TrailingZeros64(m) / 8
		return mix64(h, x&(1<<(8*n)-1)|uint64(n)<<56), i + n
	}
	// Fewer than eight bytes are left: the tail ends at a space or at the end.
	v, n := uint64(0), 0
	for i < len(s) && s[i] != ' ' {
		v |= uint64(s[i]) << (8 * n)
		n++
		i++
	}
	return mix64(h, v|uint64(n)<<56), i
}

// hex16 writes h as 16 lowercase hex digits.
func hex16(h uint64) string {
	const hexDigits = "0123456789abcdef"
	var b [16]byte
	for i := 15; i >= 0; i-- {
		b[i] = hexDigits[h&15]
		h >>= 4
	}
	return string(b[:])
}
