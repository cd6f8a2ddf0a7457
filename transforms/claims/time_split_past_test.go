package claims

import (
	"reflect"
	"strings"
	"testing"
)

// TestPastVerbsSplitFrom: the verbs found for each cue are those of the plain statement, every
// past cue of the topic tried against every cue ("دخلت حيز" gives دخلت for "حيز التنفيذ"), on
// both languages' lexicons.
func TestPastVerbsSplitFrom(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for code, l := range x.langs {
		want := make([][]string, len(l.topicCue))
		for i, c := range l.topicCue {
			if c.Value == "past" || c.Value == "end" || c.Object == "time" || c.Object == "self" {
				continue
			}
			for _, p := range l.topicCue {
				if p.topic != c.topic || p.Value != "past" {
					continue
				}
				verb, rest, ok := strings.Cut(foldCue(p.Cue.Cue), " ")
				if ok && rest != "" && !strings.HasSuffix(rest, "*") && strings.HasPrefix(foldCue(c.Cue.Cue)+" ", rest+" ") {
					want[i] = append(want[i], verb)
					found++
				}
			}
		}
		if got := pastVerbsSplitFrom(l.topicCue); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: pastVerbsSplitFrom differs from the plain statement", code)
		}
	}
	if found == 0 {
		t.Fatal("no cue has a past verb: the test checks nothing")
	}
	ar := x.langs["ar"]
	for i, c := range ar.topicCue {
		if foldCue(c.Cue.Cue) == foldCue("حيز التنفيذ") && len(ar.pastSplit[i]) > 0 {
			return
		}
	}
	t.Error("no past verb for the Arabic cue «حيز التنفيذ»")
}
