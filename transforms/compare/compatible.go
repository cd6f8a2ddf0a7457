package compare

import (
	"slices"
	"strings"
)

// Kinds of topics, as in schemas/topics.json.
const (
	KindPolarity = "polarity"
	KindValue    = "value"
	KindNumeric  = "numeric"
	KindTemporal = "temporal"
	KindSet      = "set"
)

// ExhaustivePrefix marks a set value stated as complete ("only:russia,turkey").
const ExhaustivePrefix = "only:"

// reading is one distinct value prepared for comparison: its span on the number or time line, or
// its members. Readings are computed once per distinct value, not per claim.
type reading struct {
	span       span
	members    []string
	exhaustive bool
}

func read(kind string, t Tally) reading {
	switch kind {
	case KindNumeric:
		return reading{span: numericSpan(t)}
	case KindTemporal:
		return reading{span: temporalSpan(t)}
	case KindSet:
		members, exhaustive := setMembers(t)
		return reading{members: members, exhaustive: exhaustive}
	}
	return reading{}
}

// setMembers returns the sorted members of a set value and whether it was stated as exhaustive,
// from the claims when they carry members and from the value text otherwise.
func setMembers(t Tally) ([]string, bool) {
	text, exhaustive := strings.CutPrefix(strings.TrimSpace(t.Value), ExhaustivePrefix)
	exhaustive = exhaustive || t.Exhaustive
	if len(t.Members) > 0 {
		return t.Members, exhaustive
	}
	var members []string
	for _, m := range strings.Split(text, ",") {
		if m = strings.TrimSpace(m); m != "" {
			members = append(members, m)
		}
	}
	slices.Sort(members)
	return slices.Compact(members), exhaustive
}

// compatible reports whether two distinct values of one key can both be true.
//   - polarity, value (and unknown kinds): different canonical values are incompatible.
//   - numeric: incompatible when the spans, widened by the round-number tolerance, are disjoint.
//   - temporal: incompatible when the spans are disjoint; unresolved values never are.
//   - set: a subset is not a disagreement. Incompatible only when a side stated as exhaustive
//     leaves out a member the other side names (which covers two different exhaustive sets).
func compatible(kind string, a, b Tally, ra, rb reading) bool {
	switch kind {
	case KindNumeric:
		if !ra.span.Known || !rb.span.Known {
			return true
		}
		x, y := withTolerance(ra.span), withTolerance(rb.span)
		return x.Low <= y.High && y.Low <= x.High
	case KindTemporal:
		if !ra.span.Known || !rb.span.Known {
			return true
		}
		return temporalOverlap(ra.span, rb.span)
	case KindSet:
		return !(ra.exhaustive && !subset(rb.members, ra.members)) &&
			!(rb.exhaustive && !subset(ra.members, rb.members))
	default:
		return a.Value == b.Value
	}
}

// subset reports whether every member of sorted small is in sorted big.
func subset(small, big []string) bool {
	for _, m := range small {
		if _, found := slices.BinarySearch(big, m); !found {
			return false
		}
	}
	return true
}
