package compare

import (
	"strings"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// Key is what claims are compared within: one event, one topic, one subject.
type Key struct {
	Event, Topic, Subject string
}

// KeyOf returns the comparison key of a claim: a placeless claim's event is its outlet's
// placeless coverage (ComparedEvent).
func KeyOf(c claims.Claim) Key {
	return Key{Event: ComparedEvent(c), Topic: c.Topic, Subject: c.Subject}
}

// keySeparator cannot occur in event keys, topic ids or entity ids, so String is unambiguous.
const keySeparator = "\x1f"

// String is the stable string form of the key, usable as a Beam key: the three parts joined by
// the ASCII unit separator (0x1F). ParseKey inverts it.
func (k Key) String() string {
	return k.Event + keySeparator + k.Topic + keySeparator + k.Subject
}

// ParseKey inverts Key.String. A string without separators is taken as a bare topic.
func ParseKey(s string) Key {
	parts := strings.SplitN(s, keySeparator, 3)
	switch len(parts) {
	case 3:
		return Key{Event: parts[0], Topic: parts[1], Subject: parts[2]}
	case 2:
		return Key{Event: parts[0], Topic: parts[1]}
	default:
		return Key{Topic: s}
	}
}
