package compare

import (
	"fmt"
	"slices"
	"strings"
)

// maxNamedSpeakers is how many speakers an explanation names per side before "and N others".
const maxNamedSpeakers = 3

// Explain writes one plain English sentence saying who says what, e.g.
// "Syrian army statement: Jabhat Fatah al-Sham excluded; Osama Abu Zeid: not excluded." The
// subject (or, for keys without subject, the topic label) is named once, on the first side. When
// the sides speak of two rounds of talks (Disagreement.RoundsDiffer), each side says which:
// "Egyptian mediators: venue of the talks Cairo (the talks held); Qatar: Doha (the planned talks)."
func Explain(d Disagreement, topicLabel string) string {
	subject := d.SubjectLabel
	if subject == "" && d.Subject != "" {
		subject = strings.ReplaceAll(d.Subject, "_", " ")
	}
	if subject == "" {
		subject = topicLabel
	}
	parts := make([]string, 0, len(d.Sides))
	for i, s := range d.Sides {
		value := s.ValueLabel
		if value == "" {
			value = s.Value
		}
		if i == 0 && subject != "" {
			value = subject + " " + value
		}
		if len(s.Restated) > 0 { // some of its speakers said it less precisely
			value += " (also given as " + joinEnglish(s.Restated) + ")"
		}
		if d.RoundsDiffer {
			value += roundNote(s, d.Sides)
		}
		parts = append(parts, speakerList(s.SpeakerLabels)+": "+value)
	}
	return strings.Join(parts, "; ") + "."
}

// speakerList names up to maxNamedSpeakers speakers in alphabetical order, then "and N others".
func speakerList(labels []string) string {
	if len(labels) == 0 {
		return "unattributed"
	}
	names := slices.Clone(labels)
	slices.Sort(names)
	names = slices.Compact(names)
	if len(names) <= maxNamedSpeakers {
		return joinEnglish(names)
	}
	rest := len(names) - maxNamedSpeakers
	others := "others"
	if rest == 1 {
		others = "other"
	}
	return strings.Join(names[:maxNamedSpeakers], ", ") + fmt.Sprintf(" and %d %s", rest, others)
}

// joinEnglish joins names as "A", "A and B", "A, B and C".
func joinEnglish(names []string) string {
	if len(names) <= 1 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// roundNote names the round of talks a side of a RoundsDiffer disagreement speaks of (every such
// side speaks of one round only): held or planned; when two or more sides were announced for
// later (see laterRound), the earliest date's is the earlier round and the others later ones.
func roundNote(s Side, sides []Side) string {
	if s.Planned == 0 {
		return " (the talks held)"
	}
	held, planned, earlier := false, 0, true
	for _, o := range sides {
		switch {
		case o.Planned == 0:
			held = true
		default:
			planned++
			if o.High < s.High {
				earlier = false
			}
		}
	}
	prefix := ""
	if held {
		prefix = "planned, "
	}
	switch {
	case planned < 2:
		return " (the planned talks)"
	case earlier:
		return " (" + prefix + "an earlier round)"
	}
	return " (" + prefix + "a later round)"
}
