package compare

import "slices"

// An undated article cannot be placed in time, but it can be placed by who and where it names.
// Claim.Context lists the specific actors and places of the claim's article (persons, armed
// groups, places below a country); a dated burst keeps the union of its articles' lists. When
// every dated burst of a key is known (Bursts.Events), an undated article joins the one burst
// whose coverage names enough of what it names, and stays with the other undated articles when
// none or several do. Countries, governments and the UN are not in the lists: every burst of a
// theatre names them.

// maxNames bounds the names a burst keeps. Beyond it a burst keeps a sample: the names whose hash
// starts with Level zero bits, Level the smallest that keeps at most maxNames. The sample of a
// union is the sample of the parts' samples, so it does not depend on the order claims and
// partial results arrive in.
const maxNames = 128

// Names is a bounded set of entity ids (Claim.Context united over claims).
type Names struct {
	IDs   []string // sorted, distinct; never written in place (claims share them)
	Level int      // 0: every name; else only names whose hash has Level leading zero bits
}

// Linking thresholds: an undated article joins a dated burst when they share at least
// minSharedNames names and those are at least a third of the article's names (an article that
// names fifteen people and places of one war and two of another belongs to the first), or when
// they share strongSharedNames names whatever the article's length; and no other dated burst
// shares as many.
const (
	minSharedNames    = 2
	strongSharedNames = 6
	sharedNamesNum    = 1
	sharedNamesDenom  = 3
)

// normalContext returns ids sorted and distinct, without modifying ids (which the claims of one
// article share).
func normalContext(ids []string) []string {
	if isNormalContext(ids) {
		return ids
	}
	out := slices.Clone(ids)
	slices.Sort(out)
	return slices.Compact(out)
}

func isNormalContext(ids []string) bool {
	for i := 1; i < len(ids); i++ {
		if ids[i-1] >= ids[i] {
			return false
		}
	}
	return true
}

// add returns n with ids (normal) added. It copies only when a name is new, so the claims of
// an article after the first cost a lookup per name.
func (n Names) add(ids []string) Names {
	missing := 0
	for _, id := range ids {
		if !sampled(id, n.Level) {
			continue
		}
		if _, ok := slices.BinarySearch(n.IDs, id); !ok {
			missing++
		}
	}
	if missing == 0 {
		return n
	}
	if len(n.IDs) == 0 && n.Level == 0 && len(ids) <= maxNames {
		n.IDs = ids // shared with the claim: read only
		return n
	}
	return n.union(Names{IDs: ids})
}

// union returns the bounded union of two sets, in fresh memory when it differs from both.
func (n Names) union(o Names) Names {
	level := max(n.Level, o.Level)
	out := make([]string, 0, len(n.IDs)+len(o.IDs))
	i, j := 0, 0
	a, b := n.IDs, o.IDs
	for i < len(a) || j < len(b) {
		var id string
		switch {
		case j == len(b) || (i < len(a) && a[i] < b[j]):
			id = a[i]
			i++
		case i == len(a) || b[j] < a[i]:
			id = b[j]
			j++
		default:
			id = a[i]
			i++
			j++
		}
		if sampled(id, level) {
			out = append(out, id)
		}
	}
	for len(out) > maxNames {
		level++
		kept := out[:0]
		for _, id := range out {
			if sampled(id, level) {
				kept = append(kept, id)
			}
		}
		out = kept
	}
	return Names{IDs: out, Level: level}
}

// compareNames orders sets of names: by level, then by their ids.
func compareNames(a, b Names) int {
	if a.Level != b.Level {
		return a.Level - b.Level
	}
	return slices.Compare(a.IDs, b.IDs)
}

// sampled: id is kept at this level (its hash has level leading zero bits).
func sampled(id string, level int) bool {
	return level == 0 || nameHash(id)>>(64-min(level, 64)) == 0
}

// nameHash is FNV-1a, inline so that it allocates nothing, with a final mix: sampling reads the
// hash's leading bits, and FNV-1a's leading bits hardly differ between ids that differ only in
// their last letters (600 ids "person_000" ... "person_599" had none with two leading zero bits,
// so a burst naming them kept an empty sample).
func nameHash(id string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(id); i++ {
		h ^= uint64(id[i])
		h *= 1099511628211
	}
	// The finalizer of splitmix64: every input bit reaches the leading bits.
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// sharedNames counts the ids two normal contexts share.
func sharedNames(a, b []string) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case b[j] < a[i]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// linkedBurst returns the index of the dated burst an undated entry joins, or -1: none shares
// enough of its names, or two share equally many (ambiguous), or the one that would is not its
// outlets' (see placeUndated). A burst that keeps a sample of its names (Level L) is compared
// on the article's names of that sample, and the names they share there count 2^L each: the
// sample keeps one name in 2^L, so a big burst is as easy to join as a small one. The share of
// the article's names is read within the sample.
func linkedBurst(u UndatedArticles, dated []Burst) int {
	i, _ := placeUndated(u, dated)
	return i
}

// placeUndated is linkedBurst, and tied: two bursts share the most of the article's names, as
// many as would link it to either, or the names link it to a burst that none of its outlets
// covered while they covered another burst of the key. Such an article names only what two
// events of its country have in common (the two sides of a war, each truce's parties): it
// belongs to neither more than the other, and must not join one of them because the other is
// compared elsewhere (see UndatedArticles.Tied).
//
// An outlet's undated item (a statement it carried, an explainer, a correction) belongs with
// the coverage that outlet gave of the key: a burst its outlets did not cover, when they
// covered another, is not the entry's, whatever names it shares (syria_ne and tishrin pooled:
// an undated SDF statement of a local agency that covered only the 2028 Tishreen Dam truce
// named the SDF and Kobani, as the 2026 north-east truce's coverage did, and joined it). An
// outlet that covered no burst of the key, or every one, tells nothing and the names decide.
func placeUndated(u UndatedArticles, dated []Burst) (best int, tied bool) {
	covered := make([]bool, len(dated))
	anyCovered := false
	for i := range dated {
		covered[i] = sharesOutlet(u.Outlets, dated[i].Outlets)
		anyCovered = anyCovered || covered[i]
	}
	best, bestShared, tie := -1, 0, false
	bestEnough, otherOutlets := false, false
	for i := range dated {
		shared, enough := linkStrength(u.Context, dated[i].Context)
		if anyCovered && !covered[i] {
			otherOutlets = otherOutlets || enough
			continue
		}
		switch {
		case shared > bestShared:
			best, bestShared, bestEnough, tie = i, shared, enough, false
		case shared == bestShared && shared > 0:
			tie = true
			bestEnough = bestEnough || enough
		}
	}
	if best < 0 || tie || !bestEnough {
		return -1, tie && bestEnough || otherOutlets
	}
	return best, false
}

// sharesOutlet: the two sets of outlets have one in common, read within the sample of the
// coarser (a sampled set that keeps none of the entry's outlets tells nothing: false).
func sharesOutlet(a, b Names) bool {
	if len(a.IDs) == 0 || len(b.IDs) == 0 {
		return false
	}
	n, _ := linkStrength(a, b)
	return n > 0
}

// addOutlet returns n with the outlet added ("" adds nothing).
func (n Names) addOutlet(outlet string) Names {
	if outlet == "" {
		return n
	}
	if !sampled(outlet, n.Level) {
		return n
	}
	if _, ok := slices.BinarySearch(n.IDs, outlet); ok {
		return n // most claims: their outlet is known already, and nothing is allocated
	}
	return n.add([]string{outlet})
}

// linkStrength compares an article's names with a burst's (or another article's): how many names
// they share, scaled up by the sampling level they are compared at, and whether that is enough
// to link them (see the thresholds above; the share is of the names of a, within the sample).
func linkStrength(a, b Names) (shared int, enough bool) {
	level := max(a.Level, b.Level)
	x, y := a.IDs, b.IDs
	if a.Level < level {
		x = a.union(Names{Level: level}).IDs
	}
	if b.Level < level {
		y = b.union(Names{Level: level}).IDs
	}
	n := sharedNames(x, y)
	shared = n << min(level-a.Level, 30)
	enough = shared >= strongSharedNames ||
		(shared >= minSharedNames && n*sharedNamesDenom >= len(x)*sharedNamesNum)
	return shared, enough
}

// sharedEnough reports whether two undated entries' names link them as linkedBurst links an
// article to a burst, read from the one naming fewer (in the sample they are compared at).
// Entries naming nobody link to nothing.
func sharedEnough(a, b Names) bool {
	if len(b.IDs) < len(a.IDs) {
		a, b = b, a
	}
	_, enough := linkStrength(a, b)
	return enough
}
