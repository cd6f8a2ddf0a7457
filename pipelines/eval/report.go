package main

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/tanaqud/tanaqud/transforms/claims"
	"github.com/tanaqud/tanaqud/transforms/compare"
	"github.com/tanaqud/tanaqud/transforms/sentences"
)

// SetResult is everything printed for one gold set.
type SetResult struct {
	Name          string
	Articles      int
	Claims        ClaimScore
	Disagreements DisagreementScore
	Warnings      []string
	Blind         bool // written by someone who never saw the extractor, never tuned on
	// Predicted are the set's predicted claims by id, for listing the claims behind a side (-v).
	Predicted map[string]claims.Claim
}

// printSummary writes one line per set: the numbers a closing note quotes.
func printSummary(w io.Writer, results []SetResult) {
	fmt.Fprintln(w, "== summary")
	fmt.Fprintf(w, "%-10s %-5s %5s %6s %6s %6s %8s %8s %8s\n", "set", "kind", "gold", "prec", "recall", "F1", "dis.gold", "dis.prec", "dis.rec")
	for _, r := range results {
		kind := "dev"
		if r.Blind {
			kind = "blind"
		}
		c, d := r.Claims.Total, r.Disagreements
		fmt.Fprintf(w, "%-10s %-5s %5d %6s %6s %6s %8d %8s %8s\n", strings.Fields(r.Name)[0], kind, c.Gold,
			num(c.Precision()), num(c.Recall()), num(c.F1()), d.Gold, num(d.Precision()), num(d.Recall()))
	}
}

// printSet writes the tables of one set; verbose adds the false positives and negatives.
func printSet(w io.Writer, r SetResult, articles map[string]ArticleInfo, verbose bool) {
	c := r.Claims
	fmt.Fprintf(w, "== %s: %d articles, %d gold claims, %d predicted claims, %d gold disagreements\n",
		r.Name, r.Articles, c.Total.Gold, c.Total.Pred, r.Disagreements.Gold)
	fmt.Fprintf(w, "%-28s %5s %5s %5s %6s %6s %6s\n", "topic", "gold", "pred", "TP", "prec", "recall", "F1")
	for _, t := range append(append([]TopicScore(nil), c.Topics...), c.Total) {
		fmt.Fprintf(w, "%-28s %5d %5d %5d %6s %6s %6s\n", t.Topic, t.Gold, t.Pred, t.TP,
			num(t.Precision()), num(t.Recall()), num(t.F1()))
	}
	matched := len(c.Matches)
	fmt.Fprintf(w, "speaker accuracy on matched claims: %s (%d/%d); hedged flag accuracy: %s (%d/%d)\n",
		num(ratio(c.SpeakerCorrect, matched)), c.SpeakerCorrect, matched,
		num(ratio(c.HedgedCorrect, matched)), c.HedgedCorrect, matched)
	d := r.Disagreements
	fmt.Fprintf(w, "disagreements: gold %d, predicted %d, matched %d: precision %s, recall %s; matched sides naming the gold articles and speakers: %d/%d\n",
		d.Gold, d.Pred, d.TP, num(d.Precision()), num(d.Recall()), d.SidesSupported, d.SidesTotal)
	if d.Partial > 0 {
		fmt.Fprintf(w, "disagreements flagged with a side more or less: %d more gold ones (with those: recall %s, precision %s); of them %d with a side more, %d with a gold side left neutral, %d with a gold side's value not in the flag\n",
			d.Partial, num(ratio(d.TP+d.Partial, d.Gold)), num(ratio(d.TP+d.Partial, d.Pred)),
			d.PartialSides.More, d.PartialSides.LessNeutral, d.PartialSides.LessUnread)
	}
	if d.OutOfReach > 0 {
		fmt.Fprintf(w, "disagreements out of reach: %d gold ones have no two sides' articles compared under one event (%d of them: at most one side's articles have any claim)\n", d.OutOfReach, d.OutOfReachSilent)
	}
	if m := d.Misses; m != (MissCauses{}) {
		fmt.Fprintf(w, "missed disagreements by reading: %d with two sides' values read (%d of them under one event), %d with one side read, %d with none\n",
			m.Read, m.ReadOneEvent, m.OneSide, m.None)
	}
	fmt.Fprintf(w, "false alarms: %d predicted claims restate background traps; %d predicted disagreements are gold near misses\n",
		len(c.TrapHits), len(d.NearMissHits))
	for _, warn := range r.Warnings {
		fmt.Fprintf(w, "warning: %s\n", warn)
	}
	if !verbose {
		fmt.Fprintln(w)
		return
	}
	if len(c.FalseNegatives) > 0 {
		fmt.Fprintf(w, "-- claim false negatives (%d): article | topic | subject | value | speaker | sentence\n", len(c.FalseNegatives))
		for _, g := range c.FalseNegatives {
			fmt.Fprintf(w, "  FN %s | %s | %s | %s | %s | %s\n", g.Article, g.Topic, g.Subject, g.Value, g.Speaker,
				snippet(sentenceAround(articles[g.Article].Text, g.Evidence)))
		}
	}
	if len(c.FalsePositives) > 0 {
		fmt.Fprintf(w, "-- claim false positives (%d): article | topic | subject | value | speaker | rule | sentence\n", len(c.FalsePositives))
		for _, p := range c.FalsePositives {
			fmt.Fprintf(w, "  FP %s | %s | %s | %s | %s | %s | %s\n", p.ArticleID, p.Topic, p.Subject, p.Value,
				p.Speaker, p.Rule, snippet(p.Sentence))
		}
	}
	var wrongSpeaker []Match
	for _, m := range c.Matches {
		if !speakerMatches(m.Gold.Speaker, m.Pred, articles[m.Gold.Article].Source) {
			wrongSpeaker = append(wrongSpeaker, m)
		}
	}
	if len(wrongSpeaker) > 0 {
		fmt.Fprintf(w, "-- matched claims with another speaker (%d): article | topic | subject | gold speaker | predicted speaker | rule | sentence\n", len(wrongSpeaker))
		for _, m := range wrongSpeaker {
			fmt.Fprintf(w, "  SP %s | %s | %s | %s | %s | %s | %s\n", m.Gold.Article, m.Gold.Topic, m.Gold.Subject, m.Gold.Speaker,
				m.Pred.Speaker, m.Pred.Rule, strings.Join(strings.Fields(m.Pred.Sentence), " "))
		}
	}
	for _, h := range c.TrapHits {
		fmt.Fprintf(w, "  TRAP %s | %s | %s | %s | why: %s\n", h.Pred.ArticleID, h.Pred.Topic, h.Pred.Subject, h.Pred.Value, h.Trap.Why)
	}
	for _, p := range d.Matched {
		fmt.Fprintf(w, "  DISAGREEMENT TP %s | %s | %s | score %.3f | %s\n", p.Topic, p.Subject, predSidesText(p), p.Score, p.Explanation)
	}
	for _, g := range d.FalseNegatives {
		fmt.Fprintf(w, "  DISAGREEMENT FN %s | %s | %s\n", g.Topic, g.Subject, goldSidesText(g))
	}
	for _, p := range d.FalsePositives {
		fmt.Fprintf(w, "  DISAGREEMENT FP %s | %s | %s | score %.3f | %s\n", p.Topic, p.Subject, predSidesText(p), p.Score, p.Explanation)
		printSideClaims(w, p, r.Predicted, c.Matches)
	}
	fmt.Fprintln(w)
}

// printSideClaims lists the claims behind each side of a flagged disagreement: whether the gold
// has the claim (TRUE) or not (FALSE), its article, speaker, modality, rule and sentence, so a
// false alarm can be traced to a false claim or to the comparison of true ones.
func printSideClaims(w io.Writer, d compare.Disagreement, predicted map[string]claims.Claim, matches []Match) {
	if predicted == nil {
		return
	}
	matched := map[string]bool{}
	for _, m := range matches {
		matched[m.Pred.ID] = true
	}
	for _, s := range append(slices.Clone(d.Sides), d.Neutral...) {
		for _, id := range s.ClaimIDs {
			c, ok := predicted[id]
			if !ok {
				continue
			}
			verdict := "FALSE"
			if matched[id] {
				verdict = "TRUE"
			}
			fmt.Fprintf(w, "      %s %s | %s | %s | %s | %s | %s | %s\n", verdict, s.Value, c.ArticleID, c.Speaker,
				cmp.Or(c.Modality, "asserted"), c.Rule, c.Value, snippet(c.Sentence))
		}
	}
}

func goldSidesText(g GoldDisagreement) string {
	var parts []string
	for _, s := range g.Sides {
		parts = append(parts, fmt.Sprintf("%s %v %v", s.Value, s.Articles, s.Speakers))
	}
	return strings.Join(parts, " vs ")
}

func predSidesText(d compare.Disagreement) string {
	var parts []string
	for _, s := range d.Sides {
		parts = append(parts, fmt.Sprintf("%s %v %v", s.Value, s.ArticleIDs, s.Speakers))
	}
	return strings.Join(parts, " vs ")
}

// sentenceAround returns the sentence of text that contains evidence, or the evidence itself.
func sentenceAround(text, evidence string) string {
	i := strings.Index(text, evidence)
	if i < 0 || evidence == "" {
		return evidence
	}
	for _, s := range sentences.Split(text) {
		if s.Start <= i && i < s.End {
			return s.Text
		}
	}
	return evidence
}

// snippet shortens a sentence to one line of at most 120 characters.
func snippet(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= 120 {
		return s
	}
	return string([]rune(s)[:117]) + "..."
}

// num prints a ratio with two decimals, "-" when undefined.
func num(x float64) string {
	if math.IsNaN(x) {
		return "-"
	}
	return fmt.Sprintf("%.2f", x)
}
