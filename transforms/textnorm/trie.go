package textnorm

import (
	"cmp"
	"slices"
	"strings"
)

// trieKey is a base to index (a form, or the article and a form) with the index of its form
// in the sorted forms.
type trieKey struct {
	key  string
	form int32
}

// denseEdges is the fan-out from which a node gets a lookup table instead of a scan.
const denseEdges = 8

// frozenTrie is the trie of bases laid out for lookups (buildFrozenTrie). A pointer trie
// of 40-byte nodes with their edges in separate allocations, millions of them for the published
// vocabulary, missed the cache two or three times at every byte of a walk. Here nodes are
// numbered breadth-first and take 16 bytes, and the edges of a node sit together in two flat
// arrays.
//
// The inner cuts sit in flat arrays too, not in a map of slices: the map held one small
// allocation per multiword terminal, live for the whole batch, which the garbage collector
// marked on every cycle. The arrays hold no pointers, so the collector skips them.
type frozenTrie struct {
	nodes    []frozenNode
	labels   []byte  // edge bytes; the edges of a node are contiguous
	next     []int32 // edge targets
	dense    [][256]int32
	cutNodes []int32  // the terminals that have inner cuts, ascending
	cutStart []uint32 // cuts of cutNodes[k] are cutVals[cutStart[k]:cutStart[k+1]]
	cutVals  []int
}

type frozenNode struct {
	firstEdge uint32
	edges     uint16
	dense     int16 // index in dense, or -1
	form      int32 // a terminal's first form (the lowest index of the forms making its key)
	terminal  bool
	hasCuts   bool // a terminal with an entry in cutNodes
}

// sortBases sorts bases by key and then form: the first entry of a key is its first form.
func sortBases(bases []trieKey) {
	slices.SortFunc(bases, func(a, b trieKey) int {
		if c := strings.Compare(a.key, b.key); c != 0 {
			return c
		}
		return cmp.Compare(a.form, b.form)
	})
}

// buildFrozenTrie lays out the trie of bases directly in its frozen form, breadth-first, from
// the bases sorted by key and form (sortBases): a node is a run of sorted keys sharing its
// prefix, its children the sub-runs by the next byte. A terminal keeps the first form of its key
// (the lowest index) and that form's inner cuts (formCuts, nil for none), shifted by what the
// base adds before the form (formLens: the forms' lengths). It also returns the length of the
// shortest key.
//
// The bases alone are indexed: the lead clitics are tried at lookup (glueRepair.split). A trie
// of every clitic + base held eleven copies of this one, one under each clitic: 2.7 million
// nodes for the published vocabulary, most of the extractor's setup and of its memory.
func buildFrozenTrie(bases []trieKey, formCuts [][]int, formLens []int) (f *frozenTrie, shortest int) {
	// The keys' bytes in one buffer, in sorted order, each once (with its first form): each
	// level's pass reads them in order.
	size := 0
	for _, b := range bases {
		size += len(b.key)
	}
	buf := make([]byte, 0, size)
	start := make([]int32, 0, len(bases)+1)
	forms := make([]int32, 0, len(bases))
	nodes := 1 // a node is a distinct prefix: each key adds those its predecessor does not share
	for _, b := range bases {
		from := len(buf)
		buf = append(buf, b.key...)
		common := 0
		if n := len(start); n > 0 {
			prev := buf[start[n-1]:from]
			for common < len(prev) && from+common < len(buf) && buf[from+common] == prev[common] {
				common++
			}
			if common == len(prev) && from+common == len(buf) {
				buf = buf[:from] // the same key from a later form
				continue
			}
		}
		nodes += len(buf) - from - common
		start = append(start, int32(from))
		forms = append(forms, b.form)
	}
	keys := int32(len(start))
	start = append(start, int32(len(buf)))

	type run struct{ lo, hi, depth int32 } // keys[lo:hi] share the node's prefix of depth bytes
	queue := make([]run, 1, nodes)
	queue[0] = run{0, keys, 0}
	f = &frozenTrie{nodes: make([]frozenNode, 0, nodes), labels: make([]byte, 0, nodes-1), next: make([]int32, 0, nodes-1)}
	for i := 0; i < len(queue); i++ {
		r := queue[i]
		fn := frozenNode{firstEdge: uint32(len(f.labels)), dense: -1}
		if r.lo < r.hi && start[r.lo+1]-start[r.lo] == r.depth { // the prefix itself is a key: it sorts first
			fn.terminal = true
			if r.depth > 0 && shortest == 0 {
				shortest = int(r.depth)
			}
			fn.form = forms[r.lo]
			if form := forms[r.lo]; formCuts[form] != nil {
				fn.hasCuts = true
				f.cutNodes = append(f.cutNodes, int32(i))
				f.cutStart = append(f.cutStart, uint32(len(f.cutVals)))
				shift := int(r.depth) - formLens[form]
				for _, c := range formCuts[form] {
					f.cutVals = append(f.cutVals, c+shift)
				}
			}
			r.lo++
		}
		for lo := r.lo; lo < r.hi; {
			b := buf[start[lo]+r.depth]
			hi := lo + 1
			for hi < r.hi && buf[start[hi]+r.depth] == b {
				hi++
			}
			f.labels = append(f.labels, b)
			f.next = append(f.next, int32(len(queue)))
			queue = append(queue, run{lo, hi, r.depth + 1})
			lo = hi
		}
		fn.edges = uint16(len(f.labels) - int(fn.firstEdge))
		if fn.edges >= denseEdges {
			var table [256]int32
			for e := fn.firstEdge; e < uint32(len(f.labels)); e++ {
				table[f.labels[e]] = f.next[e] + 1
			}
			fn.dense = int16(len(f.dense))
			f.dense = append(f.dense, table)
		}
		f.nodes = append(f.nodes, fn)
	}
	f.cutStart = append(f.cutStart, uint32(len(f.cutVals)))
	return f, shortest
}

// cuts returns the inner cuts of terminal n (nil when it has none). The result is capped so
// that appending to it cannot overwrite the cuts of the next terminal.
func (f *frozenTrie) cuts(n int) []int {
	k, found := slices.BinarySearch(f.cutNodes, int32(n))
	if !found {
		return nil
	}
	lo, hi := f.cutStart[k], f.cutStart[k+1]
	return f.cutVals[lo:hi:hi]
}

// child returns the node reached from n by byte b, or -1.
func (f *frozenTrie) child(n int, b byte) int {
	nd := &f.nodes[n]
	if nd.dense >= 0 {
		return int(f.dense[nd.dense][b]) - 1
	}
	end := nd.firstEdge + uint32(nd.edges)
	for i := nd.firstEdge; i < end; i++ {
		if f.labels[i] == b {
			return int(f.next[i])
		}
	}
	return -1
}
