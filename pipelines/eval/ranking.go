package main

import (
	"fmt"
	"io"
	"strings"
)

// rankingThresholds are the scores at which the ranking of disagreements is read: what an
// analyst who reads only the flags scoring at least t would see.
var rankingThresholds = []float64{0.5, 0.6, 0.7, 0.8, 0.9}

// RankPoint is the disagreement score of the flags scoring at least Threshold: Pred of them,
// TP matching gold, out of Gold.
type RankPoint struct {
	Threshold      float64
	Gold, Pred, TP int
	OnKey          int // false positives on a topic and subject the gold disputes
}

// rankingOf reads a disagreement score at each threshold. Matching is done once on all flags;
// a threshold only hides the flags below it.
func rankingOf(d DisagreementScore) []RankPoint {
	out := make([]RankPoint, len(rankingThresholds))
	for i, t := range rankingThresholds {
		p := RankPoint{Threshold: t, Gold: d.Gold}
		for _, m := range d.Matched {
			if m.Score >= t {
				p.TP++
				p.Pred++
			}
		}
		for i, f := range d.FalsePositives {
			if f.Score >= t {
				p.Pred++
				if i < len(d.FalseOnKey) && d.FalseOnKey[i] {
					p.OnKey++
				}
			}
		}
		out[i] = p
	}
	return out
}

// addRanking sums rankings point by point.
func addRanking(a, b []RankPoint) []RankPoint {
	if a == nil {
		return append([]RankPoint(nil), b...)
	}
	for i := range a {
		a[i].Gold += b[i].Gold
		a[i].Pred += b[i].Pred
		a[i].TP += b[i].TP
		a[i].OnKey += b[i].OnKey
	}
	return a
}

// rankingText is one line: "score>=0.50 P 0.80 R 0.57 (5, key 1.00); ...": precision, recall,
// flags shown and the share of them on a disputed topic and subject.
func rankingText(points []RankPoint) string {
	var parts []string
	for _, p := range points {
		parts = append(parts, fmt.Sprintf("score>=%.2f P %s R %s (%d, key %s)", p.Threshold,
			num(ratio(p.TP, p.Pred)), num(ratio(p.TP, p.Gold)), p.Pred, num(ratio(p.TP+p.OnKey, p.Pred))))
	}
	return strings.Join(parts, "; ")
}

// printRanking writes, per set and pooled over the sets, disagreement precision and recall at
// each threshold: how well the score ranks true disagreements above false alarms. "On a gold
// key" is the share of flags on a topic and subject the gold disputes, exact sides or not: a
// flag outside it is a dispute nobody made. The per-set lines come only with verbose.
func printRanking(w io.Writer, results []SetResult, verbose bool) {
	fmt.Fprintln(w, "== ranking: disagreement precision and recall of the flags scoring at least t (flags shown)")
	var pooled []RankPoint
	gold, pred, tp, onKey := 0, 0, 0, 0
	for _, r := range results {
		d := r.Disagreements
		pts := rankingOf(d)
		pooled = addRanking(pooled, pts)
		gold, pred, tp = gold+d.Gold, pred+d.Pred, tp+d.TP
		onKey += d.OnGoldKey
		if !verbose {
			continue
		}
		fmt.Fprintf(w, "%-18s all P %s R %s (%d; on a gold key %s); %s\n", strings.Fields(r.Name)[0],
			num(d.Precision()), num(d.Recall()), d.Pred, num(ratio(d.TP+d.OnGoldKey, d.Pred)), rankingText(pts))
	}
	fmt.Fprintf(w, "%-18s all P %s R %s (%d; on a gold key %s); %s\n", "total", num(ratio(tp, pred)), num(ratio(tp, gold)), pred,
		num(ratio(tp+onKey, pred)), rankingText(pooled))
	fmt.Fprintln(w)
}
