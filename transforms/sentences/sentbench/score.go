package sentbench

import (
	"unicode"
	"unicode/utf8"
)

// Score counts sentences for precision, recall and F1.
type Score struct {
	Docs, Gold, Predicted, Correct int
}

// Add accumulates another score.
func (s *Score) Add(o Score) {
	s.Docs += o.Docs
	s.Gold += o.Gold
	s.Predicted += o.Predicted
	s.Correct += o.Correct
}

// Precision is correct / predicted (1 when nothing was predicted).
func (s Score) Precision() float64 { return ratio(s.Correct, s.Predicted) }

// Recall is correct / gold (1 when there is no gold).
func (s Score) Recall() float64 { return ratio(s.Correct, s.Gold) }

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// ScoreDocument compares predicted byte spans of text with gold ones. Each span is reduced to
// the indices of its first and last non-space character, so spaces around sentences never
// matter; a prediction is correct when both indices equal a gold sentence's.
func ScoreDocument(text string, gold, predicted []Span) Score {
	index := nonSpaceIndex(text)
	key := func(s Span) ([2]int, bool) {
		first, last := -1, -1
		for i := s.Start; i < s.End && i < len(text); {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsSpace(r) {
				if first < 0 {
					first = index[i]
				}
				last = index[i]
			}
			i += size
		}
		return [2]int{first, last}, first >= 0
	}
	goldSet := map[[2]int]bool{}
	score := Score{Docs: 1}
	for _, g := range gold {
		if k, ok := key(g); ok {
			goldSet[k] = true
			score.Gold++
		}
	}
	for _, p := range predicted {
		k, ok := key(p)
		if !ok {
			continue
		}
		score.Predicted++
		if goldSet[k] {
			score.Correct++
			delete(goldSet, k)
		}
	}
	return score
}

// nonSpaceIndex maps the byte offset of every non-space rune to its rank among non-space runes.
func nonSpaceIndex(text string) map[int]int {
	index := make(map[int]int, len(text))
	n := 0
	for i, r := range text {
		if !unicode.IsSpace(r) {
			index[i] = n
			n++
		}
	}
	return index
}
