package compare

import (
	"slices"
	"strings"
)

// One voice read twice is not two accounts. When every claim behind a value was said by a
// speaker in a sentence (account) where the same speaker also gives the rival value, the two
// values are one account read two ways ("jihadist groups, including X, are excluded" read as
// both excluded and included), not two accounts that contradict each other. A contrast sentence
// that gives two speakers two values ("Kyiv says midnight, Moscow says 19:00") still disagrees:
// its voices differ. Tally.Voices holds the (account, speaker) pairs as 64-bit hashes (no string
// built per claim); the check runs only for pairs of values that would oppose, among the handful
// of values of one key.

// Voices collects the (account, speaker) pairs behind one value. Like List, adding only appends
// (a pair equal to the last one is skipped) and duplicates go when the hashes are read.
type Voices struct {
	Hashes []uint64
}

// Add appends the pair's hash unless it is the last one.
func (v *Voices) Add(account, speaker string) {
	h := voiceHash(account, speaker)
	if n := len(v.Hashes); n > 0 && v.Hashes[n-1] == h {
		return
	}
	v.Hashes = append(v.Hashes, h)
}

// Values returns the distinct hashes, sorted, in a new slice.
func (v Voices) Values() []uint64 { return sortedDistinct(v.Hashes) }

// concatVoices returns new voices holding a's and then b's, never writing into their arrays.
func concatVoices(a, b Voices) Voices { return Voices{Hashes: joined(a.Hashes, b.Hashes)} }

// voiceHash is FNV-1a over the account, a separator and the speaker: the same on every worker.
func voiceHash(account, speaker string) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	for i := 0; i < len(account); i++ {
		h = (h ^ uint64(account[i])) * prime
	}
	h = (h ^ 0x1f) * prime
	for i := 0; i < len(speaker); i++ {
		h = (h ^ uint64(speaker[i])) * prime
	}
	return h
}

// When the two values come from exactly the same voices (every sentence and speaker behind one
// gives the other too, and the reverse), no account holds one value without the other: the
// writer's sentence was read two ways, and the pair is not a disagreement at all (sameVoices).
// When only one value's voices are all the other's, the rival value has accounts of its own:
// the pair is shown, ranked lower (oneVoice).

// sameVoices reports whether values a and b rest on exactly the same (account, speaker) pairs.
func sameVoices(a, b Tally) bool {
	va, vb := a.Voices.Values(), b.Voices.Values()
	return len(va) > 0 && slices.Equal(va, vb)
}

// oneVoice reports whether values a and b are one voice read twice (see above).
func oneVoice(a, b Tally) bool {
	va, vb := a.Voices.Values(), b.Voices.Values()
	return (len(va) > 0 && subsetOf(va, vb)) || (len(vb) > 0 && subsetOf(vb, va))
}

// subsetOf reports whether every element of sorted small is in sorted big.
func subsetOf(small, big []uint64) bool {
	for _, x := range small {
		if _, found := slices.BinarySearch(big, x); !found {
			return false
		}
	}
	return true
}

// speakersWithin reports whether every speaker behind value a (by id) also gives value b.
func speakersWithin(a, b Tally) bool {
	sa, sb := a.Speakers.Values(), b.Speakers.Values() // "<id>\x1f<label>", sorted by id
	if len(sa) == 0 {
		return false
	}
	for _, item := range sa {
		id, _, _ := strings.Cut(item, speakerSeparator)
		if !slices.ContainsFunc(sb, func(other string) bool {
			oid, _, _ := strings.Cut(other, speakerSeparator)
			return oid == id
		}) {
			return false
		}
	}
	return true
}

// A number or instant told only where its speaker also gives a rival value takes no side. When
// every claim behind a value of a numeric or temporal key comes from an article in which the
// same speaker also gives another value it opposes, and that other value is told in articles of
// its own as well, the article does not hold the value against its rival: it gives both in one
// voice, and one of them counts something else read into the key (the length of the talks beside
// the truce's six months, a later date of the same statement). The value is shown as neutral. As
// with lone outliers, the score is the one it had as a side. Stop 21: on the frozen dumps every
// such value was a false claim (manipur's two days of talks, hormuz's wire date four days after
// the start, hermel's eight days); among categorical values (a status, an exclusion) the same
// shape is often a speaker's real change of position or a dispute within one report (jenin's and
// mitiga's status, kirkuk's and portsudan's exclusions, somalia's prisoners), so they stay sides.

// echoedNumbers returns the values of a numeric or temporal disagreement's sides told only where
// their speakers also give a value they oppose (see above); nil when there are none.
func echoedNumbers(d Disagreement, tallyOf map[string]Tally) map[string]bool {
	if d.Kind != KindNumeric && d.Kind != KindTemporal {
		return nil
	}
	var out map[string]bool
	for _, s := range d.Sides {
		for _, o := range s.Opposes {
			if echoedInArticles(tallyOf[s.Value], tallyOf[o]) {
				if out == nil {
					out = map[string]bool{}
				}
				out[s.Value] = true
				break
			}
		}
	}
	return out
}

// echoedInArticles reports whether every (article, speaker) behind value a also gives value b,
// and b is told in some article a is not.
func echoedInArticles(a, b Tally) bool {
	sa := a.Sayers.Values()
	if len(sa) == 0 || !subsetOf(sa, b.Sayers.Values()) {
		return false
	}
	aa := a.ArticleIDs.Values()
	return slices.ContainsFunc(b.ArticleIDs.Values(), func(id string) bool {
		_, found := slices.BinarySearch(aa, id)
		return !found
	})
}
