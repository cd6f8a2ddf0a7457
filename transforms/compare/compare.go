// Package compare groups claims by (event, topic, subject) and finds the ones whose values
// cannot all be true. It compares distinct values, not pairs of claims, so its cost is linear in
// the claims and quadratic only in the handful of distinct values of one key.
//
// It is written as a combiner so that the pipeline can run it inside Beam's CombinePerKey:
// create an Accumulator, Add claims of one Key, Merge partial accumulators in any order, and call
// Disagreements on the result. Accumulator holds only exported plain fields (strings, numbers,
// bools, slices of structs) so Beam's schema coder can encode it between workers.
//
// When two distinct values of one key are incompatible, by the kind of their topic:
//   - polarity, value: always, unless Options.Compatible declares the pair compatible (stages
//     such as ceasefire.status "proposed" and "agreed").
//   - numeric: when their closed intervals are disjoint after widening round numbers: an
//     integer that is a multiple of 1000 (three or more trailing zeros) stands for anything
//     within ±5% of it. "more than 60,000" = [60000,inf] → [57000,inf], "62,000" →
//     [58900,65100] and "60,000" → [57000,63000] all agree; 60,000 and 50,000 do not; 7 and 97
//     factions are exact.
//   - temporal: when their intervals are disjoint. RFC 3339 instants are points; a day, month or
//     year is [start, end) in UTC, widened to every time zone (-14h, +12h) only when compared
//     with an instant, unless its claims say its zone (Claim.Zoned: then it is that zone's day,
//     its ending midnight included). Unresolved values ("unresolved:<text>") disagree only with
//     each other and only when both are a bare weekday and optional time ("Thu 00:00" vs
//     "Fri 00:00"); see UnresolvedPrefix. A coarser time that restates exactly one finer value
//     (a day holding one of two disputed instants) is folded into that value's side (see
//     foldTargets, Side.Restated).
//   - set: a subset is not a disagreement; a side stated as exhaustive ("only:a,b") disagrees
//     with a side naming a member outside it.
//
// Disagreement.Sides are the values in at least one incompatible pair; Neutral the rest. The
// score is min over sides of the side's strongest incompatible pair, a pair counting
// min(weight_i, weight_j) (a disagreement is as credible as its weakest side), with SideWeight =
// modality (1 when any claim is asserted, 0.5 when all are hedged, expected, proposed or demanded) ×
// support (1 - 0.5^(accounts+1), accounts = distinct Claim.Account, so one wire copy printed by
// many outlets counts once), × 0.9 for a side resting on one account in the outlet's own voice
// (nobody quoted). A pair that is one voice read twice (every claim of one value said by a
// speaker in a sentence where that speaker also gives the other: see oneVoice) counts half. Weak
// pairs and sides are shown, ranked lower; each side beyond the first that rests on one account
// multiplies the score by 0.95 (loneSideFactor: no side of such a flag is corroborated), and each
// side of a set key beyond the second by 0.85 (setSideFactor: several partial lists of one role,
// not rival accounts), and each side resting on a value one article alone tells that only
// extraction rules the options call unreliable read (Options.UnreliableRules, from
// schemas/rule_precision.json: rules often wrong on unseen coverage) by 0.6 (unsureFactor; see
// reliability.go); with Options.SetAsideUnreliable such a value is neutral instead. Not opposed
// at all: two values resting on exactly the same sentences and speakers (one sentence read two
// ways: see sameVoices), a pair the options list under Corroborate while one of its values rests on a single account, a bare day of one
// account that holds none of its key's instants (strayDays), dates of two rounds of talks in
// sequence (roundsInSequence), and two dates of talks days apart that articles published on or
// after each day state as held (meetingsApart). Set aside after the score, as neutral: a lone outlier beside a
// corroborated dispute, or a weak one (only hedged, or only the outlet's voice) beside a dispute
// between named sources (demoteLoneOutliers), and an instant whole days from a better-told one,
// given only in the outlet's own voice or by that one's speakers (shiftedDays).
package compare
