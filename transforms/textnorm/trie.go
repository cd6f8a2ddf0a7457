package textnorm

// trie is a byte trie of the first parts of glued tokens; a terminal node carries the inner
// cuts of a multiword entry.
type trie struct {
	nodes []trieNode
}

type trieNode struct {
	edges    []trieEdge
	dense    *[256]int32 // child index + 1 by byte, for nodes with many edges (see densify)
	terminal bool
	cuts     []int
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
		t.nodes[n].dense = &table
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
		t.nodes[n].cuts = cuts
	}
}

func (t *trie) child(n int, b byte) int {
	if d := t.nodes[n].dense; d != nil {
		return int(d[b]) - 1
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
				if node.cuts != nil && shortestWithCuts == 0 {
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

// frozenTrie is a built trie laid out for lookups. The build-time nodes are 70-byte structs with
// their edges in separate allocations, 128k of them for the published vocabulary, so every byte
// of a walk missed the cache two or three times. Here nodes are numbered breadth-first and
// take 12 bytes, and the edges of a node sit together in two flat arrays.
type frozenTrie struct {
	nodes  []frozenNode
	labels []byte  // edge bytes; the edges of a node are contiguous
	next   []int32 // edge targets
	dense  [][256]int32
	cuts   map[int32][]int // inner cuts of the terminals that have some
}

type frozenNode struct {
	firstEdge uint32
	edges     uint16
	dense     int16 // index in dense, or -1
	terminal  bool
	hasCuts   bool // a terminal with an entry in cuts
}

// freeze lays t out for lookups (see frozenTrie); t is not used afterwards.
func (t *trie) freeze() *frozenTrie {
	f := &frozenTrie{cuts: map[int32][]int{}}
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
		if n.dense != nil {
			var table [256]int32
			for _, e := range n.edges {
				table[e.b] = id[e.next] + 1
			}
			fn.dense = int16(len(f.dense))
			f.dense = append(f.dense, table)
		}
		if n.terminal && n.cuts != nil {
			f.cuts[int32(i)] = n.cuts
			fn.hasCuts = true
		}
		f.nodes[i] = fn
	}
	return f
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
