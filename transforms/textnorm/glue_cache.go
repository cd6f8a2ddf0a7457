package textnorm

import "sync"

// Words repeat: a day of news uses a few thousand distinct words again and again. Almost none
// of them splits, yet each occurrence walked the trie of first parts (a fifth of the extractor's
// time on a claim-dense corpus). A noSplitCache remembers recent tokens that do not split, in a
// small direct-mapped table holding the token bytes themselves, so a hit is exact and costs one
// FNV hash and one comparison. (hash/maphash stalled the fuzzer's workers here.) One table per goroutine: a sync.Pool lends them to Normalize calls.

const (
	noSplitSlots    = 1 << 12 // 128 KB a table
	noSplitMaxBytes = 31      // longer tokens are not remembered
)

type noSplitCache struct {
	slots [noSplitSlots]noSplitSlot
}

type noSplitSlot struct {
	n     uint8
	bytes [noSplitMaxBytes]byte
}

func newNoSplitCache() *noSplitCache { return &noSplitCache{} }

func newNoSplitPool() *sync.Pool {
	return &sync.Pool{New: func() any { return newNoSplitCache() }}
}

// slot returns where tok would be remembered, or nil when it is too long to be.
func (c *noSplitCache) slot(tok []byte) *noSplitSlot {
	if len(tok) > noSplitMaxBytes {
		return nil
	}
	h := uint32(2166136261) // FNV-1a
	for _, b := range tok {
		h = (h ^ uint32(b)) * 16777619
	}
	return &c.slots[h&(noSplitSlots-1)]
}

// holds reports whether the slot remembers tok.
func (s *noSplitSlot) holds(tok []byte) bool {
	return s != nil && int(s.n) == len(tok) && string(s.bytes[:s.n]) == string(tok)
}

// remember stores tok in the slot, replacing what it held.
func (s *noSplitSlot) remember(tok []byte) {
	if s != nil {
		s.n = uint8(copy(s.bytes[:], tok))
	}
}
