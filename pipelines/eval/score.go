package main

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/tanaqud/tanaqud/transforms/claims"
	"github.com/tanaqud/tanaqud/transforms/compare"
)

// The matching rules are those of testdata/gold/README.md: a predicted claim matches a gold
// claim when it is in the same article, has the same topic, subject and value, and its sentence
// span contains the gold evidence span; speaker is scored apart, on matched claims. Matching is
// one to one: a predicted claim counts for at most one gold claim.

// TopicScore counts gold, predicted and matched claims of one topic (or of all, for the total).
type TopicScore struct {
	Topic          string
	Gold, Pred, TP int
}

// Precision is TP/Pred; NaN when nothing was predicted.
func (s TopicScore) Precision() float64 { return ratio(s.TP, s.Pred) }

// Recall is TP/Gold; NaN when there is no gold.
func (s TopicScore) Recall() float64 { return ratio(s.TP, s.Gold) }

// F1 is the harmonic mean of precision and recall; 0 when either is 0 or undefined.
func (s TopicScore) F1() float64 { return f1(s.TP, s.Pred, s.Gold) }

// Match is one gold claim and the predicted claim matched to it.
type Match struct {
	Gold GoldClaim
	Pred claims.Claim
}

// TrapHit is a predicted claim that restates a background claim the gold lists as a trap.
type TrapHit struct {
	Trap GoldClaim
	Pred claims.Claim
}

// ClaimScore is the claim-level evaluation of one set.
type ClaimScore struct {
	Topics         []TopicScore // sorted by topic
	Total          TopicScore   // micro totals
	Matches        []Match
	SpeakerCorrect int // matched claims whose speaker is the gold speaker
	HedgedCorrect  int // matched claims whose hedged flag is the gold one
	FalsePositives []claims.Claim
	FalseNegatives []GoldClaim
	TrapHits       []TrapHit
	Warnings       []string // gold that cannot be located in its article
}

// DisagreementScore is the disagreement-level evaluation of one set.
type DisagreementScore struct {
	Gold, Pred, TP int
	// SidesSupported counts sides of matched disagreements whose predicted articles include the
	// gold side's and whose speakers name each gold speaker (sideSpeakersCover); SidesTotal is the number of sides of matched disagreements.
	SidesSupported, SidesTotal int
	Matched                    []compare.Disagreement
	FalsePositives             []compare.Disagreement
	FalseNegatives             []GoldDisagreement
	NearMissHits               []compare.Disagreement // predicted where the gold says there is none
	// OnGoldKey counts false positives on a topic and subject where the gold has a disagreement:
	// the dispute is real, its sides are not the gold's (a false side more, a side less, a
	// wrong value). The rest of the false positives flag a dispute the gold does not have.
	OnGoldKey  int
	FalseOnKey []bool // aligned with FalsePositives: on a gold disagreement's topic and subject
	// Partial counts gold disagreements left unmatched whose topic and subject a false positive
	// shares with at least two of its side values: the dispute was flagged, with a side missing
	// or one more (a restated value read apart). The exact score above does not count them.
	Partial int
	// PartialSides says how those flags' sides differ from the gold's (partialSides).
	PartialSides PartialSides
	// OutOfReach counts gold disagreements no two of whose sides have an article compared
	// under one event (outOfReach): lost to the grouping, whatever the claims.
	OutOfReach int
	// OutOfReachSilent: of those, the ones with at most one side having any claim (the reading's
	// loss: no grouping could help).
	OutOfReachSilent int
	// Misses sorts the false negatives by what the reading gave the comparison (missCauses).
	Misses MissCauses
}

// Precision is TP/Pred; NaN when nothing was predicted.
func (s DisagreementScore) Precision() float64 { return ratio(s.TP, s.Pred) }

// Recall is TP/Gold; NaN when there is no gold.
func (s DisagreementScore) Recall() float64 { return ratio(s.TP, s.Gold) }

// ArticleInfo is what scoring needs to know of an article: its original text (to locate
// evidence) and its source (the speaker of claims nobody is quoted for).
type ArticleInfo struct {
	Text   string
	Source string
}

// scoreClaims matches predicted claims against gold claims and counts trap hits among the
// unmatched predictions.
func scoreClaims(articles map[string]ArticleInfo, gold, traps []GoldClaim, pred []claims.Claim) ClaimScore {
	var sc ClaimScore
	byTopic := map[string]*TopicScore{}
	topic := func(t string) *TopicScore {
		if byTopic[t] == nil {
			byTopic[t] = &TopicScore{Topic: t}
		}
		return byTopic[t]
	}
	// Candidates by (article, topic, subject, value), in a deterministic order.
	buckets := map[string][]int{}
	order := make([]int, len(pred))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(pred[a].ArticleID, pred[b].ArticleID), cmp.Compare(pred[a].Start, pred[b].Start),
			cmp.Compare(pred[a].ID, pred[b].ID))
	})
	for _, i := range order {
		c := pred[i]
		topic(c.Topic).Pred++
		k := claimKey(c.ArticleID, c.Topic, c.Subject, c.Value)
		buckets[k] = append(buckets[k], i)
	}
	matched := make([]bool, len(pred))
	for _, g := range gold {
		topic(g.Topic).Gold++
		art, ok := articles[g.Article]
		if !ok {
			sc.Warnings = append(sc.Warnings, "gold article not in set: "+g.Article)
			sc.FalseNegatives = append(sc.FalseNegatives, g)
			continue
		}
		spans := evidenceSpans(art.Text, g.Evidence)
		if len(spans) == 0 {
			sc.Warnings = append(sc.Warnings, "evidence not found in "+g.Article+": "+strconv.Quote(g.Evidence))
		}
		best := -1
		for _, i := range buckets[claimKey(g.Article, g.Topic, g.Subject, g.Value)] {
			if matched[i] || !containsAny(pred[i], spans) {
				continue
			}
			if best < 0 {
				best = i
			}
			if speakerMatches(g.Speaker, pred[i], art.Source) {
				best = i
				break
			}
		}
		if best < 0 {
			sc.FalseNegatives = append(sc.FalseNegatives, g)
			continue
		}
		matched[best] = true
		p := pred[best]
		topic(g.Topic).TP++
		sc.Matches = append(sc.Matches, Match{Gold: g, Pred: p})
		if speakerMatches(g.Speaker, p, art.Source) {
			sc.SpeakerCorrect++
		}
		if g.Hedged == (p.Hedged || (p.Modality != "" && p.Modality != "asserted")) {
			sc.HedgedCorrect++
		}
	}
	for _, i := range order {
		if matched[i] {
			continue
		}
		c := pred[i]
		sc.FalsePositives = append(sc.FalsePositives, c)
		for _, t := range traps {
			if t.Article == c.ArticleID && t.Topic == c.Topic && t.Subject == c.Subject &&
				(t.Value == "" || canonValue(t.Value) == canonValue(c.Value)) &&
				containsAny(c, evidenceSpans(articles[t.Article].Text, t.Evidence)) {
				sc.TrapHits = append(sc.TrapHits, TrapHit{Trap: t, Pred: c})
				break
			}
		}
	}
	for _, t := range sortedKeys(byTopic) {
		s := *byTopic[t]
		sc.Topics = append(sc.Topics, s)
		sc.Total.Gold += s.Gold
		sc.Total.Pred += s.Pred
		sc.Total.TP += s.TP
	}
	sc.Total.Topic = "micro"
	return sc
}

// scoreDisagreements matches predicted disagreements against gold ones: topic and subject equal
// and the sides' values equal as sets. It also counts predictions on keys the gold lists as
// near misses.
func scoreDisagreements(gold, nearMisses []GoldDisagreement, pred []compare.Disagreement) DisagreementScore {
	return scoreDisagreementsWithin(gold, nearMisses, pred, nil)
}

// scoreDisagreementsWithin scores as scoreDisagreements, matching a gold disagreement only to
// flags sameEvent allows (nil allows all). Pooled sets need it: two wars' flags can share a
// topic, a subject and values (a right to respond denied in both), and one war's false flag
// must not stand for the other's missed dispute.
func scoreDisagreementsWithin(gold, nearMisses []GoldDisagreement, pred []compare.Disagreement, sameEvent func(GoldDisagreement, compare.Disagreement) bool) DisagreementScore {
	ds := DisagreementScore{Gold: len(gold), Pred: len(pred)}
	allowed := func(g GoldDisagreement, p compare.Disagreement) bool { return sameEvent == nil || sameEvent(g, p) }
	used := make([]bool, len(pred))
	for _, g := range gold {
		want := goldSideValues(g)
		found := -1
		for i, p := range pred {
			if !used[i] && p.Topic == g.Topic && p.Subject == g.Subject && slices.Equal(want, predSideValues(p)) && allowed(g, p) {
				found = i
				break
			}
		}
		if found < 0 {
			ds.FalseNegatives = append(ds.FalseNegatives, g)
			continue
		}
		used[found] = true
		ds.TP++
		ds.Matched = append(ds.Matched, pred[found])
		for _, gs := range g.Sides {
			ds.SidesTotal++
			for _, ps := range pred[found].Sides {
				if canonValue(ps.Value) == canonValue(gs.Value) &&
					subset(gs.Articles, ps.ArticleIDs) && sideSpeakersCover(gs.Speakers, ps.Speakers) {
					ds.SidesSupported++
					break
				}
			}
		}
	}
	partialUsed := slices.Clone(used)
	for _, g := range ds.FalseNegatives {
		want := goldSideValues(g)
		for i, p := range pred {
			if !partialUsed[i] && p.Topic == g.Topic && p.Subject == g.Subject && sharedValues(want, predSideValues(p)) >= 2 && allowed(g, p) {
				partialUsed[i] = true
				ds.Partial++
				ds.PartialSides.add(want, p)
				break
			}
		}
	}
	for i, p := range pred {
		if used[i] {
			continue
		}
		ds.FalsePositives = append(ds.FalsePositives, p)
		onKey := slices.ContainsFunc(gold, func(g GoldDisagreement) bool { return g.Topic == p.Topic && g.Subject == p.Subject })
		ds.FalseOnKey = append(ds.FalseOnKey, onKey)
		if onKey {
			ds.OnGoldKey++
		}
		for _, n := range nearMisses {
			if n.Topic == p.Topic && n.Subject == p.Subject {
				ds.NearMissHits = append(ds.NearMissHits, p)
				break
			}
		}
	}
	return ds
}

func goldSideValues(g GoldDisagreement) []string {
	var vs []string
	for _, s := range g.Sides {
		vs = append(vs, canonValue(s.Value))
	}
	slices.Sort(vs)
	return slices.Compact(vs)
}

// sharedValues counts the values two sorted, unique lists have in common.
func sharedValues(a, b []string) int {
	n := 0
	for _, v := range a {
		if _, ok := slices.BinarySearch(b, v); ok {
			n++
		}
	}
	return n
}

func predSideValues(d compare.Disagreement) []string {
	var vs []string
	for _, s := range d.Sides {
		vs = append(vs, canonValue(s.Value))
	}
	slices.Sort(vs)
	return slices.Compact(vs)
}

// canonValue puts a value in one spelling so that formatting does not decide a match: spaces
// trimmed, instants in UTC, numbers and interval ends without trailing zeros or thousands
// separators, set members sorted (keeping the "only:" prefix). It never changes what a value
// means.
func canonValue(v string) string {
	v = strings.TrimSpace(v)
	if t, err := time.Parse(time.RFC3339, v); err == nil {
		return t.UTC().Format(time.RFC3339)
	}
	if n, ok := canonNumber(v); ok {
		return n
	}
	if len(v) >= 2 && strings.ContainsAny(v[:1], "[(") && strings.ContainsAny(v[len(v)-1:], "])") {
		lo, hi, ok := strings.Cut(v[1:len(v)-1], ",")
		if ok {
			l, ok1 := canonNumber(lo)
			h, ok2 := canonNumber(hi)
			if ok1 && ok2 {
				return "[" + l + "," + h + "]"
			}
		}
		return v
	}
	if strings.HasPrefix(v, compare.UnresolvedPrefix) || !strings.Contains(v, ",") {
		return v
	}
	rest, only := strings.CutPrefix(v, compare.ExhaustivePrefix)
	var members []string
	for _, m := range strings.Split(rest, ",") {
		if m = strings.TrimSpace(m); m != "" {
			members = append(members, m)
		}
	}
	slices.Sort(members)
	members = slices.Compact(members)
	out := strings.Join(members, ",")
	if only {
		out = compare.ExhaustivePrefix + out
	}
	return out
}

func canonNumber(s string) (string, bool) {
	s = strings.TrimSpace(s)
	switch strings.ToLower(s) {
	case "inf", "+inf", "infinity":
		return "inf", true
	case "-inf", "-infinity":
		return "-inf", true
	}
	x, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
		return "", false
	}
	return strconv.FormatFloat(x, 'f', -1, 64), true
}

// speakerMatches reports whether a predicted claim's speaker is the gold speaker. Gold says
// "outlet" when nobody is quoted; any speaker that is the outlet then matches.
func speakerMatches(gold string, c claims.Claim, source string) bool {
	if gold == c.Speaker || slices.Contains(speakerBodies()[c.Speaker], gold) {
		return true
	}
	if gold == "outlet" {
		return c.Speaker == "outlet" || c.SpeakerRole == "media" || (source != "" && c.Speaker == source)
	}
	return c.Speaker == source && outletNamed(gold, source)
}

// evidenceSpans returns every occurrence of evidence in text as [start, end) code points.
func evidenceSpans(text, evidence string) [][2]int {
	if evidence == "" {
		return nil
	}
	var spans [][2]int
	runes, from := 0, 0
	for {
		i := strings.Index(text[from:], evidence)
		if i < 0 {
			return spans
		}
		runes += utf8.RuneCountInString(text[from : from+i])
		n := utf8.RuneCountInString(evidence)
		spans = append(spans, [2]int{runes, runes + n})
		// Continue after the first rune of this occurrence.
		_, size := utf8.DecodeRuneInString(text[from+i:])
		runes++
		from += i + size
	}
}

// containsAny reports whether the claim's sentence span contains one of the spans.
func containsAny(c claims.Claim, spans [][2]int) bool {
	for _, s := range spans {
		if c.Start <= s[0] && s[1] <= c.End {
			return true
		}
	}
	return false
}

func claimKey(article, topic, subject, value string) string {
	return article + "\x1f" + topic + "\x1f" + subject + "\x1f" + canonValue(value)
}

// subset reports whether every element of small is in big.
func subset(small, big []string) bool {
	for _, s := range small {
		if !slices.Contains(big, s) {
			return false
		}
	}
	return true
}

func ratio(a, b int) float64 {
	if b == 0 {
		return math.NaN()
	}
	return float64(a) / float64(b)
}

func f1(tp, pred, gold int) float64 {
	if tp == 0 || pred == 0 || gold == 0 {
		if pred == 0 && gold == 0 {
			return math.NaN()
		}
		return 0
	}
	p, r := float64(tp)/float64(pred), float64(tp)/float64(gold)
	return 2 * p * r / (p + r)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// PartialSides sorts the disagreements flagged with a side more or less by how their sides
// differ from the gold's, so that work goes to the reading (a false claim made a side; a side's
// value was never read) or to the comparison (a read value was judged to oppose nothing). A flag
// can count under more than one.
type PartialSides struct {
	// More: the flag has a side whose value is no gold side's.
	More int
	// LessNeutral: a gold side's value is among the flag's neutral values (read, not opposed).
	LessNeutral int
	// LessUnread: a gold side's value is neither a side nor a neutral value of the flag.
	LessUnread int
}

func (ps *PartialSides) add(want []string, p compare.Disagreement) {
	have := predSideValues(p)
	if len(have) > sharedValues(want, have) {
		ps.More++
	}
	neutral := map[string]bool{}
	for _, s := range p.Neutral {
		neutral[canonValue(s.Value)] = true
	}
	less, unread := false, false
	for _, v := range want {
		if _, ok := slices.BinarySearch(have, v); ok {
			continue
		}
		if neutral[v] {
			less = true
		} else {
			unread = true
		}
	}
	if less {
		ps.LessNeutral++
	}
	if unread {
		ps.LessUnread++
	}
}
