package claims

import (
	"strings"
	"testing"
)

func TestHashWordsIgnoresSpaceRuns(t *testing.T) {
	base := hashWords(hashSeed, "the truce holds in idlib")
	for _, s := range []string{"the  truce holds in idlib", " the truce holds in idlib ", "the truce   holds in  idlib   "} {
		if got := hashWords(hashSeed, s); got != base {
			t.Errorf("hashWords(%q) = %x, want %x as for single spaces", s, got, base)
		}
	}
	for _, s := range []string{"the truce holds in idli", "thetruce holds in idlib", "the truce holds in idlib b"} {
		if hashWords(hashSeed, s) == base {
			t.Errorf("hashWords(%q) collides with a different sentence", s)
		}
	}
}

func TestHashFieldDelimitsFields(t *testing.T) {
	pairs := [][2]string{{"ab", "c"}, {"a", "bc"}, {"abcdefgh", ""}, {"", "abcdefgh"}, {"abcdefg", "h"}}
	seen := map[uint64][2]string{}
	for _, p := range pairs {
		h := hashField(hashField(hashSeed, p[0]), p[1])
		if q, ok := seen[h]; ok {
			t.Errorf("fields %q and %q hash alike", p, q)
		}
		seen[h] = p
	}
}

// TestClaimIDIsStable pins one id: ids are keys users join on across runs, so the hash must not
// change by accident (a deliberate change updates this value and says so in the README).
func TestClaimIDIsStable(t *testing.T) {
	c := Claim{ArticleID: "ye_001", SentenceIndex: 3, Topic: "ceasefire.exclusions", Subject: "aqap", Value: "excluded", Rule: "exclusion"}
	if got, want := claimID(&c), "6e5a751de6bf8718"; got != want {
		t.Errorf("claimID = %s, want %s", got, want)
	}
	if got := accountOf("وقف  اطلاق النار "); len(got) != 16 {
		t.Errorf("accountOf gives %q, want 16 hex digits", got)
	}
}

// TestHashWordsIsHashFieldPerWord holds the one-pass hashWords equal to hashing each word with
// hashField (account keys must not change), around the eight-byte steps.
func TestHashWordsIsHashFieldPerWord(t *testing.T) {
	perWord := func(s string) uint64 {
		h := hashSeed
		for _, w := range strings.Fields(s) {
			h = hashField(h, w)
		}
		return h
	}
	words := []string{"a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "وقف", "اطلاق النار", "الإتفاق", "x7"}
	seps := []string{" ", "  ", "   "}
	for i := 0; i < 2000; i++ {
		var b strings.Builder
		k := i
		if i%3 == 0 {
			b.WriteString(seps[i%len(seps)])
		}
		for n := 0; n < 1+i%6; n++ {
			if n > 0 {
				b.WriteString(seps[(k/7)%len(seps)])
			}
			b.WriteString(words[k%len(words)])
			k = k*31 + 7
		}
		if i%4 == 1 {
			b.WriteString(seps[i%len(seps)])
		}
		s := b.String()
		if got, want := hashWords(hashSeed, s), perWord(s); got != want {
			t.Errorf("hashWords(%q) = %x, want %x", s, got, want)
		}
	}
	for _, s := range []string{"", " ", "        ", "abcdefgh ", " abcdefgh", "abcdefgh abcdefgh"} {
		if got, want := hashWords(hashSeed, s), perWord(s); got != want {
			t.Errorf("hashWords(%q) = %x, want %x", s, got, want)
		}
	}
}
