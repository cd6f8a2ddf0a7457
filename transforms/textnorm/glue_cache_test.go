package textnorm

import (
	"strings"
	"testing"
)

// TestNoSplitCacheIsExact: repeated tokens give the same matching form on every occurrence,
// warm or cold, whether they split or not, and a token is only ever recognized by its bytes.
func TestNoSplitCacheIsExact(t *testing.T) {
	text := strings.Repeat("بين روسياوتركيا، وروسيا بتركيا والاستعدادات روسياوالصين. ", 50)
	want := strings.Repeat("بين روسيا وتركيا، وروسيا بتركيا والاستعدادات روسياوالصين. ", 50)
	n := New(testVocabulary)
	for round := range 3 {
		if got := n.Normalize(text).Match; strings.TrimSpace(got) != strings.TrimSpace(want) {
			t.Fatalf("round %d:\n got %q\nwant %q", round, got, want)
		}
	}
}

func TestNoSplitSlot(t *testing.T) {
	c := newNoSplitCache()
	a, b := []byte("الاستعدادات"), []byte("الاستعدادان")
	s := c.slot(a)
	if s.holds(a) {
		t.Fatal("an empty slot holds a token")
	}
	s.remember(a)
	if !s.holds(a) || s.holds(b) || s.holds(a[:len(a)-2]) {
		t.Error("a slot must hold exactly the remembered bytes")
	}
	if long := []byte(strings.Repeat("ب", 20)); c.slot(long) != nil || c.slot(long).holds(long) {
		t.Error("tokens over noSplitMaxBytes are not remembered")
	}
}

// TestNoSplitSet: a set keeps the last two tokens remembered in it; a third evicts the older.
func TestNoSplitSet(t *testing.T) {
	var s noSplitSet
	a, b, c := []byte("روسيا"), []byte("تركيا"), []byte("الصين")
	s.remember(a)
	s.remember(b)
	if !s.holds(a) || !s.holds(b) || s.holds(c) {
		t.Fatal("a set must hold its last two tokens and no other")
	}
	s.remember(c)
	if s.holds(a) || !s.holds(b) || !s.holds(c) {
		t.Error("a third token must evict the older of the two")
	}
}

// TestSeenTokens: a token evicted from its set is still known not to split (noSplitCache.seen),
// and knowing it puts it back in the set; a token that splits is known with its cuts and never
// held by a set; a token never learned is not known.
func TestSeenTokens(t *testing.T) {
	c := newNoSplitCache()
	a := []byte("الاستعدادات")
	s := c.slot(a)
	c.learn(s, a, nil)
	s.remember([]byte("روسيا"))
	s.remember([]byte("تركيا")) // two more tokens in a's set evict it
	if s.holds(a) {
		t.Fatal("a third token must evict the older of the two")
	}
	if cuts, ok := c.lookup(s, a); !ok || cuts != nil || !s.holds(a) {
		t.Error("an evicted token must be known not to split and put back in its set")
	}
	g := []byte("روسياوتركيا")
	c.learn(c.slot(g), g, []int{10})
	if cuts, ok := c.lookup(c.slot(g), g); !ok || len(cuts) != 1 || cuts[0] != 10 || c.slot(g).holds(g) {
		t.Errorf("a glued token must be known with its cuts and held by no set: %v %v", cuts, ok)
	}
	if b := []byte("الاستعدادان"); func() bool { _, ok := c.lookup(c.slot(b), b); return ok }() {
		t.Error("a token never learned is not known")
	}
}
