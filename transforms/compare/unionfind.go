package compare

// unionFind groups the indexes 0..n-1; a group's root is its smallest index, so the grouping
// does not depend on the order of the unions.
type unionFind []int

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

// root is i's group's smallest index (path halving on the way).
func (u unionFind) root(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

// union joins the groups of i and j and returns the surviving root.
func (u unionFind) union(i, j int) int {
	ri, rj := u.root(i), u.root(j)
	lo, hi := min(ri, rj), max(ri, rj)
	u[hi] = lo
	return lo
}
