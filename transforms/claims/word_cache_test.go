package claims

import (
	"math/rand"
	"testing"
)

// TestWordKeyExact: up to maxKeyedWord bytes, two words with equal keys are the same word
// (language.word trusts the key without comparing the text), whatever their bytes.
func TestWordKeyExact(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	alphabet := []byte{'a', 'b', 0xD8, 0xA7, 0xD9, 0x84}
	seen := map[[3]uint64]string{}
	for i := 0; i < 200000; i++ {
		b := make([]byte, r.Intn(maxKeyedWord+1))
		for k := range b {
			b[k] = alphabet[r.Intn(len(alphabet))]
		}
		s := string(b)
		n, x, y := wordKey(s)
		k := [3]uint64{uint64(n), x, y}
		if prev, ok := seen[k]; ok && prev != s {
			t.Fatalf("wordKey(%q) == wordKey(%q)", s, prev)
		}
		seen[k] = s
	}
}
