package claims

import "testing"

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
