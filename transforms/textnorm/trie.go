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
