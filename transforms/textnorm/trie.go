package textnorm

import (
	"cmp"
	"slices"
	"strings"
)

// trieKey is a first part to index: key is clitic + base, form the index of the base's form in
// the sorted forms. A key can come from several forms (و + بX and وب + X); the first form, the
// lowest index, gives its cuts.
type trieKey struct {
	key  string
	form int32
}

// denseEdges is the fan-out from which a node gets a lookup table instead of a scan.
const denseEdges = 8

// frozenTrie is the trie of first parts laid out for lookups (buildFrozenTrie). A pointer trie
// of 40-byte nodes with their edges in separate allocations, millions of them for the published
// vocabulary, missed the cache two or three times at every byte of a walk. Here nodes are
// numbered breadth-first and take 12 bytes, and the edges of a node sit together in two flat
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
	terminal  bool
	hasCuts   bool // a terminal with an entry in cutNodes
}

// firstPartKeys returns every clitic + base as a key, sorted by key and then form. The keys of
// one clitic are the clitic before the sorted bases, already in order, so the clitics' lists
// are merged rather than the whole sorted again.
func firstPartKeys(bases []trieKey) []trieKey {
	slices.SortFunc(bases, compareKeys)
	lists := make([][]trieKey, 0, len(leadClitics))
	for _, c := range leadClitics {
		l := make([]trieKey, len(bases))
		for i, b := range bases {
			l[i] = trieKey{key: c + b.key, form: b.form}
		}
		lists = append(lists, l)
	}
	for len(lists) > 1 {
		var merged [][]trieKey
		for i := 0; i+1 < len(lists); i += 2 {
			merged = append(merged, mergeKeys(lists[i], lists[i+1]))
		}
		if len(lists)%2 == 1 {
			merged = append(merged, lists[len(lists)-1])
		}
		lists = merged
	}
	if len(lists) == 0 {
		return nil
	}
	return lists[0]
}

func compareKeys(a, b trieKey) int {
	if c := strings.Compare(a.key, b.key); c != 0 {
		return c
	}
	return cmp.Compare(a.form, b.form)
}

// mergeKeys merges two lists sorted by compareKeys.
func mergeKeys(a, b []trieKey) []trieKey {
	out := make([]trieKey, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if compareKeys(b[j], a[i]) < 0 {
			out = append(out, b[j])
			j++
		} else {
			out = append(out, a[i])
			i++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// buildFrozenTrie lays out the trie of keys directly in its frozen form, breadth-first, from the
// keys sorted by key and form (firstPartKeys): a node is a run of sorted keys sharing its prefix, its children the sub-runs by
// the next byte. A key's inner cuts are those of its first form (formCuts, nil for none),
// shifted by what the key adds before the form (formLens: the forms' lengths). It also
// returns the length of the shortest key and of the shortest key whose terminal has cuts (0
// when none does): lower bounds on the tokens the repair can split.
//
// Building a pointer trie first (a node struct per byte of every key, 2.7 million for the
// published vocabulary, each with its own edge slice) and then renumbering it took most of
// the extractor's setup: a second of CPU and 370 MB allocated per process.
func buildFrozenTrie(keys []trieKey, formCuts [][]int, formLens []int) (f *frozenTrie, shortest, shortestWithCuts int) {
	keys = slices.CompactFunc(keys, func(a, b trieKey) bool { return a.key == b.key }) // keeps the first form
	// The keys' bytes in one buffer, in sorted order: each level's pass reads them in order.
	// A node is a distinct prefix: each key adds those its predecessor does not share.
	size, nodes, prev := 0, 1, ""
	for _, k := range keys {
		size += len(k.key)
		common := 0
		for common < len(k.key) && common < len(prev) && k.key[common] == prev[common] {
			common++
		}
		nodes += len(k.key) - common
		prev = k.key
	}
	buf := make([]byte, 0, size)
	start := make([]int32, len(keys)+1)
	for i, k := range keys {
		start[i] = int32(len(buf))
		buf = append(buf, k.key...)
	}
	start[len(keys)] = int32(len(buf))

	type run struct{ lo, hi, depth int32 } // keys[lo:hi] share the node's prefix of depth bytes
	queue := make([]run, 1, nodes)
	queue[0] = run{0, int32(len(keys)), 0}
	f = &frozenTrie{nodes: make([]frozenNode, 0, nodes), labels: make([]byte, 0, nodes-1), next: make([]int32, 0, nodes-1)}
	for i := 0; i < len(queue); i++ {
		r := queue[i]
		fn := frozenNode{firstEdge: uint32(len(f.labels)), dense: -1}
		if r.lo < r.hi && start[r.lo+1]-start[r.lo] == r.depth { // the prefix itself is a key: it sorts first
			fn.terminal = true
			if r.depth > 0 && shortest == 0 {
				shortest = int(r.depth)
			}
			if k := keys[r.lo]; formCuts[k.form] != nil {
				fn.hasCuts = true
				f.cutNodes = append(f.cutNodes, int32(i))
				f.cutStart = append(f.cutStart, uint32(len(f.cutVals)))
				shift := len(k.key) - formLens[k.form]
				for _, c := range formCuts[k.form] {
					f.cutVals = append(f.cutVals, c+shift)
				}
				if shortestWithCuts == 0 {
					shortestWithCuts = int(r.depth)
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
	return f, shortest, shortestWithCuts
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
