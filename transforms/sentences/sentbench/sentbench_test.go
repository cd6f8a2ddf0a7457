package sentbench

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const pudSample = `# sent_id = n01001011
# text = First one.
1	First	_	_	_	_	_	_	_	_

# sent_id = n01001012
# text = Second one.
1	Second	_	_	_	_	_	_	_	_

# sent_id = n01002001
# text = Other doc.
1	Other	_	_	_	_	_	_	_	_
`

const ewtSample = `# newdoc id = d1
# sent_id = d1-1
# newpar id = d1-p1
# text = Title line
# sent_id = d1-2
# newpar id = d1-p2
# text = A sentence.
# sent_id = d1-3
# text = Another one.
# newdoc id = d2
# sent_id = d2-1
# newpar id = d2-p1
# text = Second doc.
`

func TestReadCoNLLU(t *testing.T) {
	tests := []struct {
		name  string
		input string
		g     Grouping
		want  []Document
	}{
		{"pud", pudSample, BySentIDPrefix, []Document{
			{ID: "n01001", Text: "First one. Second one.", Gold: []Span{{0, 10}, {11, 22}}},
			{ID: "n01002", Text: "Other doc.", Gold: []Span{{0, 10}}},
		}},
		{"ewt", ewtSample, ByNewdoc, []Document{
			{ID: "d1-1", Text: "Title line\nA sentence. Another one.", Gold: []Span{{0, 10}, {11, 22}, {23, 35}}},
			{ID: "d2-1", Text: "Second doc.", Gold: []Span{{0, 11}}},
		}},
	}
	for _, tt := range tests {
		got, err := ReadCoNLLU(strings.NewReader(tt.input), tt.g)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: documents (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestScoreDocument(t *testing.T) {
	text := "A b. C d.  E f."
	gold := []Span{{0, 4}, {5, 9}, {11, 15}}
	tests := []struct {
		name      string
		predicted []Span
		want      Score
	}{
		{"exact", gold, Score{Docs: 1, Gold: 3, Predicted: 3, Correct: 3}},
		{"spaces around do not matter", []Span{{0, 5}, {4, 10}, {10, 15}}, Score{Docs: 1, Gold: 3, Predicted: 3, Correct: 3}},
		{"merged", []Span{{0, 9}, {11, 15}}, Score{Docs: 1, Gold: 3, Predicted: 2, Correct: 1}},
		{"empty predictions ignored", []Span{{0, 4}, {4, 5}}, Score{Docs: 1, Gold: 3, Predicted: 1, Correct: 1}},
	}
	for _, tt := range tests {
		if got := ScoreDocument(text, gold, tt.predicted); got != tt.want {
			t.Errorf("%s: got %+v, want %+v", tt.name, got, tt.want)
		}
	}
	s := Score{Gold: 4, Predicted: 2, Correct: 2}
	if s.Precision() != 1 || s.Recall() != 0.5 || s.F1() < 0.666 || s.F1() > 0.667 {
		t.Errorf("P/R/F1 = %v %v %v", s.Precision(), s.Recall(), s.F1())
	}
}
