package compare

import (
	"strings"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// Key is what claims are compared within: one event, one topic, one subject and, for topics the
// schema marks "rounds" (the talks), one round of talks (claims.Claim.Round: "" for the round
// held or under way, "planned" for the round announced for later). Coverage of one truce names
// both rounds ("agreed in Cairo ... talks resume in Doha next week"): two rounds are two facts,
// not rival accounts of one, so they are never opposed.
type Key struct {
	Event, Topic, Subject string
	Round                 string
}

// KeyOf returns the comparison key of a claim.
func KeyOf(c claims.Claim) Key {
	return Key{Event: c.Event, Topic: c.Topic, Subject: c.Subject, Round: c.Round}
}

// keySeparator cannot occur in event keys, topic ids, entity ids or rounds, so String is
// unambiguous.
const keySeparator = "\x1f"

// String is the stable string form of the key, usable as a Beam key: the parts joined by the
// ASCII unit separator (0x1F), the round only when there is one, so the keys of topics without
// rounds read as before. ParseKey inverts it.
func (k Key) String() string {
	s := k.Event + keySeparator + k.Topic + keySeparator + k.Subject
	if k.Round != "" {
		s += keySeparator + k.Round
	}
	return s
}

// ParseKey inverts Key.String. A string without separators is taken as a bare topic.
func ParseKey(s string) Key {
	parts := strings.SplitN(s, keySeparator, 4)
	switch len(parts) {
	case 4:
		return Key{Event: parts[0], Topic: parts[1], Subject: parts[2], Round: parts[3]}
	case 3:
		return Key{Event: parts[0], Topic: parts[1], Subject: parts[2]}
	case 2:
		return Key{Event: parts[0], Topic: parts[1]}
	default:
		return Key{Topic: s}
	}
}

// compareKeys orders keys by event, topic, subject, then round.
func compareKeys(x, y Key) int {
	if c := strings.Compare(x.Event, y.Event); c != 0 {
		return c
	}
	if c := strings.Compare(x.Topic, y.Topic); c != 0 {
		return c
	}
	if c := strings.Compare(x.Subject, y.Subject); c != 0 {
		return c
	}
	return strings.Compare(x.Round, y.Round)
}
