package schemas

import "fmt"

// Topics is the published topic schema (topics.json).
type Topics struct {
	Version     int     `json:"version"`
	Description string  `json:"description"`
	Topics      []Topic `json:"topics"`
	byID        map[string]*Topic
}

// Topic is one claim topic: how its values compare (Kind) and what its subject is.
type Topic struct {
	ID       string   `json:"id"`
	Kind     string   `json:"kind"`    // polarity, numeric, temporal, set, value
	Subject  string   `json:"subject"` // none, entity, slot
	Subjects []string `json:"subjects,omitempty"`
	Values   []string `json:"values,omitempty"`
	Unit     string   `json:"unit,omitempty"`
	// Label is the English name used in explanations ("ceasefire start time").
	Label string `json:"label,omitempty"`
	// Compatible lists pairs of different values that can both be true, such as stages of one
	// process ("proposed" then "agreed"), so that they are never flagged as a disagreement.
	Compatible [][2]string `json:"compatible,omitempty"`
	// Corroborate lists pairs of different values that writers' wording often yields with no
	// rival account behind it (a place named in passing read as a partial scope beside
	// "nationwide"): such a pair is flagged only when both values rest on two or more accounts.
	Corroborate [][2]string `json:"corroborate,omitempty"`
	// Rounds marks a topic about a round of talks (venue, date, sponsors): coverage of one truce
	// names both the round that produced it and the round announced for later ("agreed in Cairo
	// ... talks resume in Doha next week"), two facts rather than rival accounts. The extractor
	// sets Claim.Round on such claims ("planned" for talks to come) and the comparison ranks a
	// pair of values lower when one rests only on planned claims and the other only on held ones
	// (still shown: the marking can miss), except dates of two rounds in sequence, which oppose
	// nothing, and so do two dates a day apart told by one account each (a round over two days).
	// A new topic opts in with "rounds": true, no code.
	Rounds bool   `json:"rounds,omitempty"`
	Doc    string `json:"doc"`
}

// Topic returns the topic with the given id, or nil.
func (t *Topics) Topic(id string) *Topic {
	if t.byID == nil {
		return nil
	}
	return t.byID[id]
}

// HasValue reports whether v is one of the topic's declared values (any value when none declared).
func (t *Topic) HasValue(v string) bool {
	if len(t.Values) == 0 {
		return true
	}
	for _, x := range t.Values {
		if x == v {
			return true
		}
	}
	return false
}

func (t *Topics) validate() error {
	t.byID = map[string]*Topic{}
	for i := range t.Topics {
		tp := &t.Topics[i]
		switch tp.Kind {
		case "polarity", "numeric", "temporal", "set", "value":
		default:
			return fmt.Errorf("topics.json: topic %q has unknown kind %q", tp.ID, tp.Kind)
		}
		if _, dup := t.byID[tp.ID]; dup {
			return fmt.Errorf("topics.json: duplicate topic %q", tp.ID)
		}
		t.byID[tp.ID] = tp
	}
	return nil
}
