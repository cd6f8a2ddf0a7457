package main

import (
	"fmt"
	"io"
	"maps"
	"path/filepath"
	"slices"

	"github.com/tanaqud/tanaqud/transforms/claims"
	"github.com/tanaqud/tanaqud/transforms/compare"
)

// MixedResult scores the sets pooled into one corpus, as a day's feed of many events reaches the
// pipeline: the disagreements must be the sets' own, none made of claims from two events.
type MixedResult struct {
	Sets, Articles int
	Disagreements  DisagreementScore
	// CrossSet are predicted disagreements whose sides hold articles of more than one set: two
	// events compared as one.
	CrossSet []CrossSet
}

// CrossSet is a predicted disagreement and the sets its articles come from. Undated: every
// article in it has no publication date. An undated article joins the dated burst whose coverage
// names its people and places (compare.Bursts.Events); the undated articles that join none are
// grouped by the names they share, and two events' undated coverage meets only in the group of
// articles that name nobody.
type CrossSet struct {
	Disagreement compare.Disagreement
	Sets         []string
	Undated      bool
}

// evaluateMixed pools the articles of sets, extracts their claims, groups them the way the
// pipeline does (key, then bursts of coverage in publication time) and scores the
// disagreements against the union of the sets' gold.
func evaluateMixed(root string, sets []string, analyze analyzer, topics topicFile) (MixedResult, error) {
	return evaluateMixedWith(root, sets, analyze, topics, topics.compareOptions())
}

// evaluateMixedWith is evaluateMixed comparing with opts.
func evaluateMixedWith(root string, sets []string, analyze analyzer, topics topicFile, opts compare.Options) (MixedResult, error) {
	res := MixedResult{Sets: len(sets)}
	setOf := map[string]string{} // article id → set
	dated := map[string]bool{}   // article id → has a publication date
	var gold, near []GoldDisagreement
	folder := compare.NewFolder(compare.DefaultEventGap)
	var all []claims.Claim // every set's, in article order
	for _, set := range sets {
		g, err := readGold(set, filepath.Join(root, "testdata", "gold", set))
		if err != nil {
			return res, fmt.Errorf("set %s: %w", set, err)
		}
		gold = append(gold, g.Disagreements...)
		near = append(near, g.NotDisagreements...)
		path, err := articlesPath(root, set)
		if err != nil {
			return res, fmt.Errorf("set %s: %w", set, err)
		}
		arts, _, err := readArticles(path)
		if err != nil {
			return res, fmt.Errorf("set %s: %w", set, err)
		}
		for _, a := range arts {
			if prev, dup := setOf[a.ID]; dup {
				return res, fmt.Errorf("article id %s is in sets %s and %s", a.ID, prev, set)
			}
			setOf[a.ID] = set
			dated[a.ID] = a.Published != ""
			res.Articles++
			cs, err := safeAnalyze(analyze, a)
			if err != nil {
				continue // reported by the per-set evaluation
			}
			all = append(all, cs...)
		}
	}
	all = resolveSides(all)
	// Fold, join and compare as the job does: every key's bursts merged, then moved to the key
	// of their joined event (compare.EventMap.JoinBursts), compared under that key's event.
	links := compare.NewEventLinks(0)
	links.AddClaims(all)
	byKey := map[string]*compare.Bursts{}
	for _, c := range all {
		folder.Add(c)
	}
	folder.Drain(func(k string, b compare.Bursts) { byKey[k] = &b })
	var pred []compare.Disagreement
	joined := links.Join().JoinBursts(byKey)
	for _, k := range slices.Sorted(maps.Keys(joined)) {
		for _, burst := range joined[k].Events() {
			a := burst.Acc.Result()
			a.Event = compare.ParseKey(k).Event
			pred = append(pred, a.DisagreementsWith(opts)...)
		}
	}
	// A gold disagreement is its set's: a flag matches it only if the flag holds an article of
	// that set.
	sameSet := func(g GoldDisagreement, p compare.Disagreement) bool {
		return slices.Contains(setsOf(p, setOf), goldSet(g, setOf))
	}
	res.Disagreements = scoreDisagreementsWithin(gold, near, pred, sameSet)
	for _, d := range pred {
		if sets := setsOf(d, setOf); len(sets) > 1 {
			res.CrossSet = append(res.CrossSet, CrossSet{d, sets, !anyDated(d, dated)})
		}
	}
	return res, nil
}

// anyDated: some article on a side of d has a publication date.
func anyDated(d compare.Disagreement, dated map[string]bool) bool {
	for _, s := range append(slices.Clone(d.Sides), d.Neutral...) {
		for _, id := range s.ArticleIDs {
			if dated[id] {
				return true
			}
		}
	}
	return false
}

// goldSet is the set of a gold disagreement: the set of the first article its sides cite.
func goldSet(g GoldDisagreement, setOf map[string]string) string {
	for _, s := range g.Sides {
		for _, id := range s.Articles {
			return setOf[id]
		}
	}
	return ""
}

// setsOf lists the sets whose articles a disagreement's sides hold.
func setsOf(d compare.Disagreement, setOf map[string]string) []string {
	var out []string
	for _, s := range append(slices.Clone(d.Sides), d.Neutral...) {
		for _, id := range s.ArticleIDs {
			if set := setOf[id]; !slices.Contains(out, set) {
				out = append(out, set)
			}
		}
	}
	slices.Sort(out)
	return out
}

// printMixed writes the pooled score and every disagreement that mixes two events; verbose adds
// the pooled matches, misses and false alarms.
func printMixed(w io.Writer, r MixedResult, verbose bool) {
	d := r.Disagreements
	fmt.Fprintf(w, "== mixed: the %d sets pooled into one corpus (%d articles), grouped as the pipeline groups (event, topic, subject, bursts of coverage)\n", r.Sets, r.Articles)
	undated := 0
	for _, x := range r.CrossSet {
		if x.Undated {
			undated++
		}
	}
	fmt.Fprintf(w, "disagreements: gold %d, predicted %d, matched %d: precision %s, recall %s; mixing two sets' events: %d (%d of them between undated articles only)\n",
		d.Gold, d.Pred, d.TP, num(d.Precision()), num(d.Recall()), len(r.CrossSet), undated)
	for _, x := range r.CrossSet {
		d := x.Disagreement
		kind := "CROSS-SET"
		if x.Undated {
			kind = "CROSS-SET (undated)"
		}
		fmt.Fprintf(w, "  %s %s | %s | %s | sets %v | %s\n", kind, d.Event, d.Topic, d.Subject, x.Sets, d.Explanation)
	}
	if verbose {
		for _, p := range d.Matched {
			fmt.Fprintf(w, "  POOLED TP %s | %s | %s | score %.3f\n", p.Topic, p.Subject, predSidesText(p), p.Score)
		}
		for _, g := range d.FalseNegatives {
			fmt.Fprintf(w, "  POOLED FN %s | %s | %s\n", g.Topic, g.Subject, goldSidesText(g))
		}
		for _, p := range d.FalsePositives {
			fmt.Fprintf(w, "  POOLED FP %s | %s | %s | score %.3f\n", p.Topic, p.Subject, predSidesText(p), p.Score)
		}
	}
	fmt.Fprintln(w)
}
