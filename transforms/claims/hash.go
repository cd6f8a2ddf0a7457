package claims

import "strings"

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
func hashWords(h uint64, s string) uint64 {
	for len(s) > 0 {
		k := strings.IndexByte(s, ' ')
		if k < 0 {
			return hashField(h, s)
		}
		if k > 0 {
			h = hashField(h, s[:k])
		}
		s = s[k+1:]
	}
	return h
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
