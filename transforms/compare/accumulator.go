package compare

import (
	"slices"
	"strings"

	"github.com/tanaqud/tanaqud/transforms/articles"
	"github.com/tanaqud/tanaqud/transforms/claims"
)

// Tally is everything the accumulator keeps about one distinct canonical value of one key. It
// grows with the distinct claims, articles, accounts and speakers behind the value, never with
// pairs of them.
type Tally struct {
	Value      string
	ValueLabel string // smallest non-empty label seen, so merge order does not matter
	Low, High  float64
	HasBounds  bool // Low and High hold the hull of the claims' own intervals
	Unzoned    bool // some claim's temporal bounds were in no known zone (not Claim.Zoned)
	Members    []string
	Exhaustive bool
	ClaimIDs   List
	ArticleIDs List
	Accounts   List   // Claim.Account; "article:<id>" when a claim carries none
	Speakers   Set    // "<id>\x1f<label>"
	Rules      Set    // Claim.Rule of its claims (see unsureTally)
	Voices     Voices // who said it in which sentence: (account, speaker) of each claim (see oneVoice)
	Sayers     Voices // who said it in which article: (article, speaker) of each claim of a numeric or temporal key (see echoedNumbers)
	Asserted   int    // claims stated as fact
	Hedged     int    // hedged, expected, proposed or demanded claims
	Positions  int    // of those, demanded or proposed: what a party wants, not what was agreed
	Quoted     int    // claims with a quoted speaker, not the outlet's own voice (see isQuoted)
	Planned    int    // claims about talks announced for later (Claim.Round "planned"; see roundsDiffer)
	// PlannedSince is the earliest publication time (Unix seconds) of those planned claims that
	// have one, 0 when none: by then every round dated before it had happened (see laterRound).
	PlannedSince int64
	// PlannedUntil is the latest publication time of those planned claims, 0 when none: a round
	// still announced after its day had passed was put off, not held (see laterRound).
	PlannedUntil int64
	// HeldUntil is the latest publication time of the value's asserted claims of a temporal key
	// that are not about talks announced for later, 0 when none: an article published on or after
	// the day that tells the talks as held saw them happen (see meetingsApart).
	HeldUntil int64
}

// Accumulator collects the claims of one Key. Its zero value is ready to use. Values is sorted
// by Value, so Add finds a value by binary search among the handful of distinct values.
type Accumulator struct {
	Event, Topic, Subject string
	SubjectLabel          string
	Kind                  string
	Values                []Tally
}

// speakerSeparator joins a speaker id and its label inside Tally.Speakers.
const speakerSeparator = "\x1f"

// Add folds one claim into the accumulator. Cost: O(log v) to find the value among v distinct
// values plus O(1) per id list (see List) and amortized O(log s) for the few distinct speakers.
func (a *Accumulator) Add(c claims.Claim) {
	a.Event = minNonEmpty(a.Event, c.Event)
	a.Topic = minNonEmpty(a.Topic, c.Topic)
	a.Subject = minNonEmpty(a.Subject, c.Subject)
	a.SubjectLabel = minNonEmpty(a.SubjectLabel, c.SubjectLabel)
	a.Kind = minNonEmpty(a.Kind, c.Kind)

	i, found := slices.BinarySearchFunc(a.Values, c.Value, func(t Tally, v string) int {
		return strings.Compare(t.Value, v)
	})
	if !found {
		a.Values = slices.Insert(a.Values, i, Tally{Value: c.Value})
	}
	t := &a.Values[i]
	t.ValueLabel = minNonEmpty(t.ValueLabel, c.ValueLabel)
	if validBounds(c.Low, c.High) {
		t.addBounds(c.Low, c.High)
	}
	if len(c.Members) > 0 {
		members := slices.Clone(c.Members)
		slices.Sort(members)
		members = slices.Compact(members)
		if len(t.Members) == 0 || slices.Compare(members, t.Members) < 0 {
			t.Members = members // same rule as mergeTally, so order does not matter
		}
	}
	t.Exhaustive = t.Exhaustive || c.Exhaustive
	t.Unzoned = t.Unzoned || !c.Zoned
	t.ClaimIDs.Add(c.ID)
	t.ArticleIDs.Add(c.ArticleID)
	if c.Account != "" {
		t.Accounts.Add(c.Account)
	} else {
		t.Accounts.AddJoined("article", ":", c.ArticleID)
	}
	t.Speakers.AddJoined(c.Speaker, speakerSeparator, c.SpeakerLabel)
	// The account just added (or repeated) is the list's last item.
	t.Voices.Add(t.Accounts.Items[len(t.Accounts.Items)-1], c.Speaker)
	if c.Kind == KindNumeric || c.Kind == KindTemporal {
		// Only numeric and temporal disagreements ask who said a value in which article
		// (echoedNumbers), and a key's kind is its topic's: the other keys keep no Sayers, which
		// every merge of a tally copies and every shuffle encodes (stop 21 added them; the job's
		// peak memory rose with them).
		t.Sayers.Add(c.ArticleID, c.Speaker)
	}
	if isQuoted(c) {
		t.Quoted++
	}
	t.Rules.Add(c.Rule)
	if c.Round == claims.RoundPlanned {
		t.Planned++
		at := articles.PublishedMicros(c.Published) / 1e6
		t.PlannedSince = earliest(t.PlannedSince, at)
		t.PlannedUntil = max(t.PlannedUntil, at)
	}
	if c.Kind == KindTemporal && c.Round != claims.RoundPlanned && !isHedged(c) {
		t.HeldUntil = max(t.HeldUntil, articles.PublishedMicros(c.Published)/1e6)
	}
	if isHedged(c) {
		t.Hedged++
		if isPosition(c) {
			t.Positions++
		}
	} else {
		t.Asserted++
	}
}

// Merge returns the union of two accumulators of the same key. It is associative and
// commutative in everything Disagreements reads, and it copies, never aliases, its inputs.
func Merge(a, b Accumulator) Accumulator {
	out := Accumulator{
		Event:        minNonEmpty(a.Event, b.Event),
		Topic:        minNonEmpty(a.Topic, b.Topic),
		Subject:      minNonEmpty(a.Subject, b.Subject),
		SubjectLabel: minNonEmpty(a.SubjectLabel, b.SubjectLabel),
		Kind:         minNonEmpty(a.Kind, b.Kind),
		Values:       make([]Tally, 0, max(len(a.Values), len(b.Values))),
	}
	av, bv := sortedTallies(a.Values), sortedTallies(b.Values)
	i, j := 0, 0
	for i < len(av) || j < len(bv) {
		switch {
		case j == len(bv) || (i < len(av) && av[i].Value < bv[j].Value):
			out.Values = append(out.Values, mergeTally(av[i], Tally{Value: av[i].Value}))
			i++
		case i == len(av) || bv[j].Value < av[i].Value:
			out.Values = append(out.Values, mergeTally(bv[j], Tally{Value: bv[j].Value}))
			j++
		default:
			out.Values = append(out.Values, mergeTally(av[i], bv[j]))
			i++
			j++
		}
	}
	return out
}

// sortedTallies returns ts sorted by value (a decoded accumulator should already be).
func sortedTallies(ts []Tally) []Tally {
	if slices.IsSortedFunc(ts, compareTallies) {
		return ts
	}
	ts = slices.Clone(ts)
	slices.SortStableFunc(ts, compareTallies)
	return ts
}

func compareTallies(x, y Tally) int { return strings.Compare(x.Value, y.Value) }

// mergeTally combines two tallies of the same value into fresh slices.
func mergeTally(x, y Tally) Tally {
	t := Tally{
		Value:        x.Value,
		ValueLabel:   minNonEmpty(x.ValueLabel, y.ValueLabel),
		Exhaustive:   x.Exhaustive || y.Exhaustive,
		Unzoned:      x.Unzoned || y.Unzoned,
		ClaimIDs:     concat(x.ClaimIDs, y.ClaimIDs),
		ArticleIDs:   concat(x.ArticleIDs, y.ArticleIDs),
		Accounts:     concat(x.Accounts, y.Accounts),
		Speakers:     union(x.Speakers, y.Speakers),
		Rules:        union(x.Rules, y.Rules),
		Voices:       concatVoices(x.Voices, y.Voices),
		Sayers:       concatVoices(x.Sayers, y.Sayers),
		Asserted:     x.Asserted + y.Asserted,
		Hedged:       x.Hedged + y.Hedged,
		Positions:    x.Positions + y.Positions,
		Quoted:       x.Quoted + y.Quoted,
		Planned:      x.Planned + y.Planned,
		PlannedSince: earliest(x.PlannedSince, y.PlannedSince),
		PlannedUntil: max(x.PlannedUntil, y.PlannedUntil),
		HeldUntil:    max(x.HeldUntil, y.HeldUntil),
	}
	if x.HasBounds {
		t.addBounds(x.Low, x.High)
	}
	if y.HasBounds {
		t.addBounds(y.Low, y.High)
	}
	// Members follow from the value, so both sides should agree; take the smaller list (then the
	// lexically smaller one) so that the choice does not depend on merge order.
	t.Members = slices.Clone(x.Members)
	if len(t.Members) == 0 || (len(y.Members) > 0 && slices.Compare(y.Members, t.Members) < 0) {
		t.Members = slices.Clone(y.Members)
	}
	return t
}

// addBounds widens the tally's interval to the hull of itself and [low, high].
func (t *Tally) addBounds(low, high float64) {
	if !t.HasBounds {
		t.Low, t.High, t.HasBounds = low, high, true
		return
	}
	t.Low, t.High = min(t.Low, low), max(t.High, high)
}

// validBounds reports whether a claim carries an interval: the extractor leaves both at zero for
// kinds without one.
func validBounds(low, high float64) bool {
	return (low != 0 || high != 0) && low <= high
}

// isHedged reports whether a claim is anything less than a plain assertion.
func isHedged(c claims.Claim) bool {
	return c.Hedged || (c.Modality != "" && c.Modality != "asserted")
}

// isQuoted reports whether a claim names a speaker other than the outlet that printed it: the
// extractor gives the outlet (its source name, or a media role) when nobody is quoted.
func isQuoted(c claims.Claim) bool {
	return c.Speaker != "" && c.Speaker != "outlet" && c.Speaker != c.Source && c.SpeakerRole != "media"
}

// isPosition reports whether a claim states a party's demand or proposal.
func isPosition(c claims.Claim) bool {
	return c.Modality == "demanded" || c.Modality == "proposed"
}

// onlyPositions reports whether every claim behind a value is a demand or a proposal. Such a
// value is a negotiating position, not an account of what was agreed, so it can stand beside a
// rival account without contradicting it ("Russia demanded that Ghouta be excluded" does not
// contradict "Ghouta is covered").
func (t Tally) onlyPositions() bool {
	return t.Asserted == 0 && t.Positions > 0 && t.Positions == t.Hedged
}

// minNonEmpty returns the lexically smaller of the non-empty strings among a and b.
func minNonEmpty(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	default:
		return min(a, b)
	}
}

// earliest is the smaller of two times where 0 means unknown.
func earliest(a, b int64) int64 {
	switch {
	case a == 0:
		return b
	case b == 0:
		return a
	}
	return min(a, b)
}
