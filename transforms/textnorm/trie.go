package textnorm

import "slices"

// trie is a byte trie of the first parts of glued tokens; a terminal node carries the inner
// cuts of a multiword entry.
type trie struct {
	nodes []trieNode
	dense [][256]int32 // child index + 1 by byte, for nodes with many edges (see densify)
	cuts  [][]int      // inner cuts of the terminals that have some
}

// trieNode refers to its table and cuts by index (+1, 0 for none) rather than by pointer and
// slice: hundreds of thousands of nodes are reserved at once, and every byte of them is
// allocated, zeroed and scanned by the garbage collector while the trie is built.
type trieNode struct {
	edges    []trieEdge
	dense    int32 // index + 1 in trie.dense, or 0
	cuts     int32 // index + 1 in trie.cuts, or 0
	terminal bool
}

// denseEdges is the fan-out from which a node gets a lookup table instead of a scan.
const denseEdges = 8

// densify builds lookup tables for wide nodes (the first bytes of Arabic words fan out).
func (t *trie) densify() {
	for n := range t.nodes {
		if len(t.nodes[n].edges) < denseEdges {
			continue
		}
		var table [256]int32
		for _, e := range t.nodes[n].edges {
			table[e.b] = e.next + 1
		}
		t.dense = append(t.dense, table)
		t.nodes[n].dense = int32(len(t.dense))
	}
}

type trieEdge struct {
	b    byte
	next int32
}

func (t *trie) insert(s string, cuts []int) {
	n := 0
	for i := 0; i < len(s); i++ {
		next := t.child(n, s[i])
		if next < 0 {
			next = len(t.nodes)
			t.nodes = append(t.nodes, trieNode{})
			t.nodes[n].edges = append(t.nodes[n].edges, trieEdge{b: s[i], next: int32(next)})
		}
		n = next
	}
	if !t.nodes[n].terminal {
		t.nodes[n].terminal = true
		if cuts != nil {
			t.cuts = append(t.cuts, cuts)
			t.nodes[n].cuts = int32(len(t.cuts))
		}
	}
}

func (t *trie) child(n int, b byte) int {
	if d := t.nodes[n].dense; d != 0 {
		return int(t.dense[d-1][b]) - 1
	}
	for _, e := range t.nodes[n].edges {
		if e.b == b {
			return int(e.next)
		}
	}
	return -1
}

// terminalDepths returns the length of the shortest key and of the shortest key whose terminal
// carries cuts (0 when none does): lower bounds on the tokens the repair can split.
func (t *trie) terminalDepths() (shortest, shortestWithCuts int) {
	level, depth := []int32{0}, 0
	for len(level) > 0 && (shortest == 0 || shortestWithCuts == 0) {
		var next []int32
		for _, n := range level {
			node := &t.nodes[n]
			if node.terminal && depth > 0 {
				if shortest == 0 {
					shortest = depth
				}
				if node.cuts != 0 && shortestWithCuts == 0 {
					shortestWithCuts = depth
				}
			}
			for _, e := range node.edges {
				next = append(next, e.next)
			}
		}
		level, depth = next, depth+1
	}
	return shortest, shortestWithCuts
}

// frozenTrie is a built trie laid out for lookups. The build-time nodes are 40-byte structs with
// their edges in separate allocations, hundreds of thousands of them for the published
// vocabulary, so every byte of a walk missed the cache two or three times. Here nodes are
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

// freeze lays t out for lookups (see frozenTrie); t is not used afterwards.
func (t *trie) freeze() *frozenTrie {
	f := &frozenTrie{}
	id := make([]int32, len(t.nodes)) // build index → frozen index
	order := []int32{0}
	for i := 0; i < len(order); i++ {
		id[order[i]] = int32(i)
		for _, e := range t.nodes[order[i]].edges {
			order = append(order, e.next)
		}
	}
	f.nodes = make([]frozenNode, len(order))
	for i, old := range order {
		n := &t.nodes[old]
		fn := frozenNode{firstEdge: uint32(len(f.labels)), edges: uint16(len(n.edges)), dense: -1, terminal: n.terminal}
		for _, e := range n.edges {
			f.labels = append(f.labels, e.b)
			f.next = append(f.next, id[e.next])
		}
		if n.dense != 0 {
			var table [256]int32
			for _, e := range n.edges {
				table[e.b] = id[e.next] + 1
			}
			fn.dense = int16(len(f.dense))
			f.dense = append(f.dense, table)
		}
		if n.terminal && n.cuts != 0 {
			f.cutNodes = append(f.cutNodes, int32(i))
			f.cutStart = append(f.cutStart, uint32(len(f.cutVals)))
			f.cutVals = append(f.cutVals, t.cuts[n.cuts-1]...)
			fn.hasCuts = true
		}
		f.nodes[i] = fn
	}
	f.cutStart = append(f.cutStart, uint32(len(f.cutVals)))
	return f
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
