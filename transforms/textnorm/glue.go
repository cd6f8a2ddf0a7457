package textnorm

import (
	"cmp"
	"encoding/binary"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Glued-word repair. Scraped pages drop the space after letters that do not join to the left
// (ا د ذ ر ز و ة), so "روسيا وتركيا" arrives as روسياوتركيا. A token of the matching form that
// is not itself known but reads as entry + optional و/ب/ل/ف + entry (each entry possibly with
// the article ال, the first with a clitic), or as a multiword entry without its spaces, gets
// spaces inserted. Only tokens outside the vocabulary are examined, by walking a byte trie of
// the first part, so most tokens cost a few byte comparisons.

// minGluePartRunes keeps short entries (which hide inside many ordinary words) out of the repair.
const minGluePartRunes = 3

// leadClitics may precede the first part of a glued token (وروسياوتركيا).
var leadClitics = []string{"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل"}

// joinLetters may sit between the two parts (روسيا + و + تركيا).
var joinLetters = []string{"و", "ب", "ل", "ف"}

const article = "ال"

type glueRepair struct {
	known    map[string]struct{} // folded entries and every word of them: never split
	first    *frozenTrie         // bases of first parts: [ال] + entry, or glued multiword (clitics tried at lookup)
	second   map[string][]int    // second parts: [ال] + entry, or glued multiword → inner cuts
	noSplit  *sync.Pool          // of *noSplitCache: recent tokens that do not split
	maxBytes int                 // longest token worth examining
	minBytes int                 // shortest token that can split (see newGlueRepair)
}

// newGlueRepair indexes the vocabulary; nil when nothing in it can take part in a repair.
func newGlueRepair(vocabulary []string) *glueRepair {
	g := &glueRepair{known: map[string]struct{}{}, second: map[string][]int{}, noSplit: newNoSplitPool()}
	words := gluedForms(vocabulary, g.known)
	if len(words) == 0 {
		return nil
	}
	forms := make([]string, 0, len(words))
	for w := range words {
		forms = append(forms, w)
	}
	sort.Strings(forms) // a key made from several forms takes the cuts of the first (buildFrozenTrie)
	bases := make([]trieKey, 0, 2*len(forms))
	formCuts, formLens := make([][]int, len(forms)), make([]int, len(forms))
	for fi, w := range forms {
		formCuts[fi], formLens[fi] = words[w], len(w)
		both := [2]string{w, article + w}
		nb := 2
		if strings.HasPrefix(w, article) {
			nb = 1
		}
		for _, base := range both[:nb] {
			shift := len(base) - len(w)
			if _, dup := g.second[base]; !dup {
				g.second[base] = shiftCuts(words[w], shift)
			}
			bases = append(bases, trieKey{key: base, form: int32(fi)})
		}
	}
	shortest := 0 // shortest second part; first parts are clitic + a second part
	for f := range g.second {
		if n := len(f)*2 + len("وب") + len("و"); n > g.maxBytes {
			g.maxBytes = n
		}
		if shortest == 0 || len(f) < shortest {
			shortest = len(f)
		}
	}
	// A token splits as a first part followed by a second part, or as a whole first part
	// whose terminal carries cuts (a multiword entry that lost its spaces).
	sortBases(bases)
	var firstLen int // the shortest first part is the shortest base, after no clitic
	g.first, firstLen = buildFrozenTrie(bases, formCuts, formLens)
	g.minBytes = firstLen + shortest
	if wholeLen := g.shortestWithCuts(bases, formCuts); wholeLen > 0 && wholeLen < g.minBytes {
		g.minBytes = wholeLen
	}
	return g
}

// gluedForms returns the glued forms of the vocabulary with their inner cuts (byte offsets of the
// missing spaces; nil for a single word), and adds every folded entry and word of it to known.
func gluedForms(vocabulary []string, known map[string]struct{}) map[string][]int {
	words := map[string][]int{} // glued form → inner cuts (byte offsets of the missing spaces)
	for _, v := range vocabulary {
		entry := strings.Join(strings.Fields(Fold(v)), " ")
		if entry == "" {
			continue
		}
		known[entry] = struct{}{}
		fields := strings.Fields(entry)
		for _, w := range fields {
			known[w] = struct{}{}
		}
		if len(fields) == 1 {
			if isGluable(entry) && utf8.RuneCountInString(entry) >= minGluePartRunes {
				words[entry] = nil
			}
			continue
		}
		// Every run of two or more consecutive words, glued, with the cuts between them.
		for a := 0; a < len(fields); a++ {
			glued, cuts := fields[a], []int(nil)
			for b := a + 1; b < len(fields); b++ {
				cuts = append(append([]int(nil), cuts...), len(glued))
				glued += fields[b]
				if isGluable(glued) {
					words[glued] = cuts
				}
			}
		}
	}
	return words
}

func shiftCuts(cuts []int, by int) []int {
	if cuts == nil {
		return nil
	}
	out := make([]int, len(cuts))
	for i, c := range cuts {
		out[i] = c + by
	}
	return out
}

// isGluable reports entries made of Arabic letters only: the repair works on Arabic letter
// tokens. Latin-script text does not lose its spaces this way, and walking the trie for every
// English word cost as much as the rest of normalization.
func isGluable(s string) bool {
	for _, r := range s {
		if r < utf8.RuneSelf || !isWordRune(r) {
			return false
		}
	}
	return s != ""
}

// isWordRune reports the runes a token of the matching form is made of.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	if r >= 0x0621 && r <= 0x064A {
		return true
	}
	if uint32(r) < wordRuneTableSize {
		return wordRuneTable[r>>6]&(1<<(r&63)) != 0
	}
	return unicode.IsLetter(r)
}

// wordRuneTableSize bounds the runes wordRuneTable answers for: Latin, Greek, Cyrillic, Arabic
// with its marks and supplements, and the general punctuation (dashes, typographic quotes),
// the runes of news text that are not ASCII.
const wordRuneTableSize = 0x3000

// wordRuneTable has bit r set for each rune r below wordRuneTableSize that unicode.IsLetter
// accepts: one load instead of a search of the letter ranges (a typographic quote or an
// Arabic mark took about 200 instructions).
var wordRuneTable = func() (t [wordRuneTableSize / 64]uint64) {
	for r := rune(0); r < wordRuneTableSize; r++ {
		if unicode.IsLetter(r) {
			t[r>>6] |= 1 << (r & 63)
		}
	}
	return t
}()

// repair inserts spaces into glued tokens of buf and keeps the offset runs in step. The
// inserted space maps to the original offset of the byte after it, so offsets stay monotone.
func (g *glueRepair) repair(buf []byte, runs []offsetRun) ([]byte, []offsetRun) {
	if asciiOnly(buf) {
		return buf, runs // every token is Latin (see isGluable): an English sentence
	}
	var cuts []int // byte offsets in buf before which a space goes
	cache := g.noSplit.Get().(*noSplitCache)
	defer g.noSplit.Put(cache)
	for i := 0; i < len(buf); {
		if buf[i] == ' ' { // what wordEnd and wordRuneSize would say of the space after each word
			i++
			continue
		}
		start := i
		if i = wordEnd(buf, i); i == start {
			i -= wordRuneSize(buf, i) // not a word rune: skip it
			continue
		}
		tok := buf[start:i]
		if tok[0] < utf8.RuneSelf {
			continue // a Latin token: see isGluable
		}
		if len(tok) > g.maxBytes || len(tok) < g.minBytes || len(tok) < 2*minGluePartRunes {
			continue
		}
		// Most tokens were seen a moment ago (the table of sets); the others were mostly seen
		// before (seen, which also keeps where a glued token splits); only a token met for the
		// first time walks the trie, and the vocabulary lookup only runs when it splits.
		slot := cache.slot(tok)
		if slot.holds(tok) {
			continue
		}
		split, ok := cache.lookup(slot, tok)
		if !ok {
			if split = g.split(tok); split != nil && g.knownWithClitic(tok) {
				split = nil
			}
			cache.learn(slot, tok, split)
		}
		for _, c := range split {
			cuts = append(cuts, start+c)
		}
	}
	if len(cuts) == 0 {
		return buf, runs
	}
	// Insert the spaces in place, moving the tail right from the back.
	n, k := len(buf), len(cuts)
	buf = append(buf, make([]byte, k)...)
	end := n
	for j := k - 1; j >= 0; j-- {
		c := cuts[j]
		copy(buf[c+j+1:end+j+1], buf[c:end])
		buf[c+j] = ' '
		end = c
	}
	return buf, insertSpaceRuns(runs, cuts, n)
}

// asciiOnly reports a buffer without a byte of a multi-byte rune, eight bytes at a time: the
// matching form of most English sentences, whose every token repair would otherwise walk to its
// end only to skip it.
func asciiOnly(buf []byte) bool {
	var or uint64
	i := 0
	for ; i+8 <= len(buf); i += 8 {
		or |= binary.LittleEndian.Uint64(buf[i:])
	}
	for ; i < len(buf); i++ {
		or |= uint64(buf[i])
	}
	return or&0x8080808080808080 == 0
}

// knownWithClitic: the token is a known entry, alone or after a clitic (بالاسرى is ب +
// الاسرى, not بالا + سرى).
func (g *glueRepair) knownWithClitic(tok []byte) bool {
	if _, ok := g.known[string(tok)]; ok {
		return true
	}
	for _, c := range leadClitics {
		if c == "" || len(tok) <= len(c) || string(tok[:len(c)]) != c {
			continue
		}
		rest := string(tok[len(c):])
		if _, ok := g.known[rest]; ok {
			return true
		}
		if c == "ل" || c == "ول" || c == "فل" {
			if _, ok := g.known["ا"+rest]; ok && strings.HasPrefix(rest, "ل") {
				return true // للاسرى: ل + الاسرى
			}
		}
	}
	return false
}

// shortestWithCuts returns the length of the shortest first part (clitic + base) whose first
// form has inner cuts, 0 when none has: such a part is a whole token that splits. A part's
// first form is that of one of its bases whose own first form has cuts (otherwise that base's
// first form would come first), so only those bases are tried, shortest first, after each
// clitic. bases are sorted (sortBases).
func (g *glueRepair) shortestWithCuts(bases []trieKey, formCuts [][]int) int {
	var withCuts []string
	for i, b := range bases {
		if (i == 0 || bases[i-1].key != b.key) && formCuts[b.form] != nil {
			withCuts = append(withCuts, b.key)
		}
	}
	slices.SortFunc(withCuts, func(a, b string) int { return cmp.Compare(len(a), len(b)) }) // only the lengths matter
	best := 0
	for _, b := range withCuts {
		if best > 0 && len(b) >= best {
			break
		}
		for _, c := range leadClitics {
			part := c + b
			if best > 0 && len(part) >= best {
				continue
			}
			if node, _, ok := g.firstPart([]byte(part)); ok && g.first.nodes[node].hasCuts {
				best = len(part)
			}
		}
	}
	return best
}

// firstWalks follows the trie of bases along a token once for each lead clitic the token
// begins with ("" always; at most one clitic of one letter and one of two), in step: together
// they are a walk of the trie of every clitic + base.
type firstWalks struct {
	node [3]int // the walk's node in the trie of bases, -1 once it has left the trie
	from [3]int // where its base begins in the token: the clitic's length
	n    int
}

// startWalks begins the walks of tok.
func startWalks(tok []byte) (w firstWalks) {
	w.n = 1 // no clitic
	for _, c := range leadClitics[1:] {
		if len(tok) > len(c) && string(tok[:len(c)]) == c {
			w.node[w.n], w.from[w.n] = 0, len(c)
			w.n++
		}
	}
	return w
}

// step moves the walks over tok[i]. It returns the terminal ending at i+1 with the lowest form
// among the walks' (the first form of tok[:i+1] as a first part) with where its base begins,
// node -1 when no walk is at a terminal, and alive false once every walk has left the trie.
func (f *frozenTrie) step(w *firstWalks, tok []byte, i int) (node, from int, alive bool) {
	node = -1
	for k := 0; k < w.n; k++ {
		n := w.node[k]
		if n < 0 {
			continue
		}
		if i < w.from[k] {
			alive = true // still in the clitic, which tok begins with
			continue
		}
		if n = f.child(n, tok[i]); n < 0 {
			w.node[k] = -1
			continue
		}
		w.node[k], alive = n, true
		if nd := &f.nodes[n]; nd.terminal && (node < 0 || nd.form < f.nodes[node].form) {
			node, from = n, w.from[k]
		}
	}
	return node, from, alive
}

// firstPart looks tok up whole as a first part: its terminal in the trie of bases (for its
// first form) and where the base begins.
func (g *glueRepair) firstPart(tok []byte) (node, from int, ok bool) {
	w := startWalks(tok)
	for i := range tok {
		var alive bool
		if node, from, alive = g.first.step(&w, tok, i); !alive {
			return -1, 0, false
		}
	}
	return node, from, node >= 0
}

// firstCuts returns the inner cuts of a first part: those of its base's terminal, shifted by
// the clitic's length (from).
func (g *glueRepair) firstCuts(node, from int) []int {
	if !g.first.nodes[node].hasCuts {
		return nil
	}
	cuts := g.first.cuts(node)
	if from == 0 {
		return cuts
	}
	return shiftCuts(cuts, from)
}

// split returns the byte offsets in tok where spaces are missing, or nil. It walks the trie
// of first parts (clitic + base) along tok; at each complete first part it looks the rest up
// as a second part, directly or after a join letter.
func (g *glueRepair) split(tok []byte) []int {
	w := startWalks(tok)
	for i := 0; i < len(tok); i++ {
		node, from, alive := g.first.step(&w, tok, i)
		if !alive {
			return nil
		}
		if node < 0 {
			continue
		}
		p := i + 1
		if p == len(tok) {
			return g.firstCuts(node, from) // a multiword entry with its spaces lost, or nil
		}
		if !endsNonJoining(tok[:p]) {
			continue // a joining letter shows the word goes on: تمتدون is not تمت دون
		}
		rest := tok[p:]
		if second, ok := g.second[string(rest)]; ok {
			return joinCuts(g.firstCuts(node, from), p, second, p)
		}
		for _, j := range joinLetters {
			if len(rest) > len(j) && string(rest[:len(j)]) == j {
				if second, ok := g.second[string(rest[len(j):])]; ok {
					return joinCuts(g.firstCuts(node, from), p, second, p+len(j))
				}
			}
		}
	}
	return nil
}

// endsNonJoining reports a first part ending in a letter that does not join the next (ا د ذ
// ر ز و, ء ؤ, and ه for the folded ة): only after one does a lost space leave the two words
// looking apart on the page, so only there is a missing space the likely reading.
func endsNonJoining(b []byte) bool {
	if len(b) < 2 {
		return false
	}
	switch string(b[len(b)-2:]) {
	case "ا", "د", "ذ", "ر", "ز", "و", "ء", "ؤ", "ه":
		return true
	}
	return false
}

// joinCuts lists the cuts inside the first part, the cut at p and the cuts inside the second
// part (relative to its start at secondAt).
func joinCuts(first []int, p int, second []int, secondAt int) []int {
	out := make([]int, 0, len(first)+1+len(second))
	out = append(out, first...)
	out = append(out, p)
	for _, c := range second {
		out = append(out, c+secondAt)
	}
	return out
}

// wordEnd returns the end of the run of word runes starting at i. It runs over every byte of
// the matching form, so basic Arabic letters are taken two bytes at a time with one compare
// and one table load (basicArabicPair), ASCII letters with one predictable branch; other
// runes take the slow path.
func wordEnd(buf []byte, i int) int {
	for {
		for i+1 < len(buf) {
			if k := uint(buf[i]) - 0xD8; k > 1 || !basicArabicPair[k<<8|uint(buf[i+1])] {
				break
			}
			i += 2
		}
		if i >= len(buf) {
			return i
		}
		if c := buf[i]; c < utf8.RuneSelf {
			if (c|0x20)-'a' >= 26 { // ASCII letters are exactly these
				return i
			}
			i++
			continue
		}
		size := slowWordRuneSize(buf, i)
		if size < 0 {
			return i
		}
		i += size
	}
}

// basicArabicPair reports, by (lead byte - D8) << 8 | second byte, the two-byte encodings of
// the basic Arabic letters U+0621–064A (D8 A1 … D9 8A).
var basicArabicPair = func() (t [512]bool) {
	for r := 0x0621; r <= 0x064A; r++ {
		t[(0xC0|r>>6-0xD8)<<8|(0x80|r&0x3F)] = true
	}
	return t
}()

// wordRuneSize returns the size of the rune at buf[i] when it is a word rune, and minus its
// size when it is not. ASCII and basic Arabic letters (U+0621–064A: D8 A1 … D9 8A) are
// decided inline.
func wordRuneSize(buf []byte, i int) int {
	c := buf[i]
	if c < utf8.RuneSelf {
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			return 1
		}
		return -1
	}
	if i+1 < len(buf) {
		if d := buf[i+1]; c == 0xD8 && d >= 0xA1 && d <= 0xBF || c == 0xD9 && d >= 0x80 && d <= 0x8A {
			return 2
		}
	}
	return slowWordRuneSize(buf, i)
}

func slowWordRuneSize(buf []byte, i int) int {
	r, size := decodeRune(buf, i)
	if isWordRune(r) {
		return size
	}
	return -size
}

// decodeRune decodes the rune at buf[i], with fast paths for ASCII and two-byte runes.
func decodeRune(buf []byte, i int) (rune, int) {
	c := buf[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c >= 0xC2 && c < 0xE0 && i+1 < len(buf) && buf[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(buf[i+1]&0x3F), 2
	}
	return utf8.DecodeRune(buf[i:])
}
