package textnorm

import (
	"encoding/binary"
	"sync"
)

// Words repeat: a day of news uses a few thousand distinct words again and again. Almost none
// of them splits, yet each occurrence walked the trie of first parts (a fifth of the extractor's
// time on a claim-dense corpus). A noSplitCache remembers recent tokens that do not split, in a
// small table of two-way sets holding the token bytes themselves, so a hit is exact and costs one
// hash and one or two comparisons. (hash/maphash stalled the fuzzer's workers here.) One table per goroutine: a sync.Pool lends them to Normalize calls.
// Direct-mapped, the same 4096 slots sent 7.8% of the tokens of the generated corpus on to the
// trie (two hot words of one slot evicting each other); as 2048 sets of two, 2.5%.

const (
	noSplitSlotBits = 12
	noSplitSlots    = 1 << noSplitSlotBits // 128 KB a table
	noSplitMaxBytes = 31                   // longer tokens are not remembered
)

type noSplitCache struct {
	sets [noSplitSlots / 2]noSplitSet
	// seen remembers, for up to seenWords tokens, where each splits: nil for the tokens that
	// do not (the words the table evicted or could not hold), the cuts for those that do (a
	// glued pair recurs as often as its words do). Without it the tokens the table missed, 2.7%
	// on the generated corpus, and every glued token each walked the trie of first parts, ten
	// nodes deep on average and a cache miss at each. A lookup by the token's bytes builds no
	// string; only a token met for the first time is copied.
	seen map[string][]int
}

// seenWords bounds noSplitCache.seen (a few MB): a day of news has fewer distinct words; past
// the bound the map starts afresh.
const seenWords = 1 << 16

// noSplitSet is two slots of one hash, a cache line: a token remembered goes first and moves
// the one there second, so two hot tokens of one hash no longer evict each other.
type noSplitSet [2]noSplitSlot

type noSplitSlot struct {
	n     uint8
	bytes [noSplitMaxBytes]byte
}

func newNoSplitCache() *noSplitCache { return &noSplitCache{seen: map[string][]int{}} }

// lookup returns where tok splits (nil: nowhere) when seen remembers it; a token that does not
// split goes back into slot.
func (c *noSplitCache) lookup(slot *noSplitSet, tok []byte) (cuts []int, ok bool) {
	cuts, ok = c.seen[string(tok)]
	if ok && cuts == nil {
		slot.remember(tok)
	}
	return cuts, ok
}

// learn remembers where tok splits (nil: nowhere; then in slot too).
func (c *noSplitCache) learn(slot *noSplitSet, tok []byte, cuts []int) {
	if cuts == nil {
		slot.remember(tok)
	}
	if len(c.seen) >= seenWords {
		clear(c.seen)
	}
	c.seen[string(tok)] = cuts
}

func newNoSplitPool() *sync.Pool {
	return &sync.Pool{New: func() any { return newNoSplitCache() }}
}

// slot returns the set where tok would be remembered, or nil when it is too long to be. The hash reads
// the token eight bytes at a time (the first, the middle and the last eight, which overlap up
// to 24 bytes) rather than one, as the FNV hash it replaces did: a multiply per byte of every
// Arabic token.
func (c *noSplitCache) slot(tok []byte) *noSplitSet {
	n := len(tok)
	if n > noSplitMaxBytes {
		return nil
	}
	h := uint64(n)
	switch {
	case n >= 8:
		h = mixWord(h, binary.LittleEndian.Uint64(tok))
		if n > 16 {
			h = mixWord(h, binary.LittleEndian.Uint64(tok[n/2-4:]))
		}
		h = mixWord(h, binary.LittleEndian.Uint64(tok[n-8:]))
	case n >= 4:
		h = mixWord(h, uint64(binary.LittleEndian.Uint32(tok))<<32|uint64(binary.LittleEndian.Uint32(tok[n-4:])))
	case n > 0:
		h = mixWord(h, uint64(tok[0])<<16|uint64(tok[n/2])<<8|uint64(tok[n-1]))
	}
	return &c.sets[h>>(64-noSplitSlotBits+1)]
}

// mixWord folds v into h (a multiply and xor-shift, as in splitmix64's finalizer).
func mixWord(h, v uint64) uint64 {
	h ^= v
	h *= 0xbf58476d1ce4e5b9
	return h ^ h>>31
}

// holds reports whether the slot remembers tok.
func (s *noSplitSlot) holds(tok []byte) bool {
	return int(s.n) == len(tok) && string(s.bytes[:s.n]) == string(tok)
}

// holds reports whether either slot of the set remembers tok.
func (s *noSplitSet) holds(tok []byte) bool {
	return s != nil && (s[0].holds(tok) || s[1].holds(tok))
}

// remember stores tok first in the set; the token first there moves second, replacing the
// one second.
func (s *noSplitSet) remember(tok []byte) {
	if s != nil {
		s[1] = s[0]
		s[0].n = uint8(copy(s[0].bytes[:], tok))
	}
}
