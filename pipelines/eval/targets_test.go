package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// developmentSets are the gold sets the extractor was developed against and is held to. sudan
// was the first blind set until its errors were used to widen the rules. Blind sets (a BLIND
// file in their folder: coverage written by someone who never saw the extractor) are measured
// by `make eval` and reported, not gated: tuning rules until a blind set passes would stop it
// being blind.
var developmentSets = []string{"seeds", "heldout", "sudan"}

// TestQualityTargets runs the real extractor and comparison on the development gold sets and
// holds them to the targets of the project: claim F1 ≥ 0.9, and every gold disagreement found
// with no false alarm. A change that lowers quality fails here, with the numbers `make eval`
// prints.
func TestQualityTargets(t *testing.T) {
	root, analyze, topics := realEval(t)
	for _, set := range developmentSets {
		res, _, err := evaluateSet(root, set, analyze, topics, topics.compareOptions())
		if err != nil {
			t.Fatalf("%s: %v", set, err)
		}
		if f1 := res.Claims.Total.F1(); !(f1 >= 0.9) {
			t.Errorf("%s: claim F1 %.3f < 0.9 (run make eval for the errors)", set, f1)
		}
		d := res.Disagreements
		if d.TP != d.Gold || d.TP != d.Pred {
			t.Errorf("%s: disagreements gold %d, predicted %d, matched %d: want all found and no false alarm", set, d.Gold, d.Pred, d.TP)
		}
		t.Logf("%s: claim F1 %.3f, disagreements %d/%d", set, res.Claims.Total.F1(), d.TP, d.Gold)
	}
}

// ratchets hold the development sets that do not reach the targets yet to what they reached when
// last worked on, less a small margin, so a change cannot quietly undo the work: claim F1 and
// disagreements found, and at most so many false alarms. Raise them when the rules improve.
var ratchets = []struct {
	set           string
	minF1         float64
	minFound      int // gold disagreements matched
	maxFalseAlarm int // predicted disagreements that match no gold one
}{
	// Stop 28 raised the found and false-alarm floors of 24 sets to the numbers at its end (404 of
	// 530 found, 66 false alarms on the development sets).
	// Stop 30 lowered the found floor of 19 sets by one: the comparison now sets aside, by
	// default, a value one article alone tells, read only by rules that were often wrong on
	// coverage nobody had tuned them on (compare.OptionsFromData). Chosen on the blind sets by a
	// rule written before reading them (78 -> 77 of 124 found, 27 -> 23 false alarms); on the
	// development sets, whose rules are tuned, 430 -> 410 found, 73 -> 61 false alarms.
	// Reached on 2026-11-25 (stop 9): gaza F1 0.93, 7/7 found, 1 false alarm; congo
	// 0.93, 5/6, 1; lebanon 0.95, 7/7, 1; ethiopia 0.95, 7/7, 0; syria_ne 0.97, 10/10, 0;
	// blacksea 0.95, 5/7, 3; caucasus 0.89, 7/8, 0 (after stop 9's rule round). sinjar 0.77,
	// 4/6, 1; sahara 0.60, 1/8, 3; mali 0.76, 6/8, 2: their first (blind) readings, stop 9.
	// Raised in stop 11 to what the sets reached then, less about 0.02.
	{"gaza", 0.92, 7, 1},
	{"congo", 0.93, 4, 1},
	{"lebanon", 0.94, 6, 0},
	{"ethiopia", 0.95, 7, 0},
	{"syria_ne", 0.96, 9, 0},
	{"blacksea", 0.93, 7, 0},
	{"caucasus", 0.94, 6, 0},
	{"sinjar", 0.90, 6, 0},
	{"sahara", 0.90, 6, 0}, // stop 24: 6 of 8 (the speaker's own truce "with" a side)
	{"mali", 0.90, 7, 0},
	// Retired from blind in stop 10, then tuned on.
	{"libya", 0.85, 6, 2},
	{"kashmir", 0.76, 6, 0},
	{"somalia", 0.88, 6, 0},
	{"myanmar", 0.81, 6, 0},
	{"colombia", 0.85, 6, 0},
	// Phrasing banks of stop 11 (36 short items each), read blind, then tuned on: thaicam
	// 0.56 -> 0.81, suwayda 0.58 -> 0.69, abyei 0.55 -> 0.71.
	{"thaicam", 0.85, 7, 1}, // compare18b: a lone outlier start time set aside
	// Stop 21 (talks): "Friday's talks in Amman" and "today's round of talks" now date the
	// follow-up round of 24 September as held (sw_027, sw_031, both gold); set against the
	// first round of 16 September (sw_029), two rounds the comparison cannot tell apart, it is
	// the near miss the gold already lists (not_disagreements: sw_027 on the 24 September side):
	// a false alarm more, with talks.date 2/6 -> 4/6.
	// Stop 24 (compare): a proposed month joins the 14-against-30-days dispute as its
	// third side (a position joins a dispute): duration exact, a false alarm fewer.
	{"suwayda", 0.85, 7, 1}, // stop 25: 0.87, 6 of 9 (talks named by a pronoun; a vocalized Amman)
	// Stop 12: an article placed nowhere is compared within its own actors' country
	// (claims.eventKey), no longer in one pool of every unplaced item of the month, which had
	// set Taiz items against Thai-Cambodian ones when all sets were pooled. abyei's items
	// quoting only one side of a cross-border war now fall in that side's country: 5/7 -> 3/7.
	// Stop 14: 6/7 at the round's end came from reading Addis Ababa (the mediators' seat) acting
	// as Ethiopia, which moved two items with false sides out of Abyei's event; the review took
	// that out (a capital acting counts only when no other actor does) and one of the two false
	// claims went with it ("has held for two days" is no term): 5/7. The probe round of the
	// stop's end took out the other ("killed 22 people since Friday" dates the fighting): 6/7.
	{"abyei", 0.78, 6, 3},
	// Stop 13: a war between two states is compared as one event when each side's coverage
	// names the other (compare.EventLinks): kashmir 1/8 -> 4/8 found (its one false alarm, a
	// venue offered and turned down read as held, went with "offer" as a proposal cue), blacksea 5/7 -> 7/7 and no
	// false alarm (two items keyed to Turkey, the host, rejoin the war), abyei 3/7 -> 5/7,
	// redsea 3/7 -> 4/7 with one false alarm fewer, thaicam one false alarm fewer. suwayda's
	// items keyed to the United States (its envoy) rejoin Syria's coverage and bring a talks date
	// of two rounds, a false alarm more.
	// Banks read blind once after stop 11's second round (redsea 0.56, anatolia 0.56), then
	// tuned on in its third.
	{"redsea", 0.79, 6, 0},
	// Stop 12: unplaced items now join the placed coverage of their actors' country; two of
	// anatolia's bring a false alarm (see abyei above).
	{"anatolia", 0.76, 4, 0}, // stop 23: no false alarm left (the Iraqi articles join Turkey)
	// Stop 15: the five oldest blind sets, retired from blind at their blind readings (less 0.02
	// of F1) to be tuned on: afpak 0.72, 4/10 found, 4 false alarms; kirkuk 0.58, 2/12, 5;
	// kosovo 0.74, 4/6, 0; lasanod 0.68, 2/5, 5; southsudan 0.79, 5/7, 5. Raised after the
	// stop's rule round, review and convention pass of their gold to afpak 0.79, 5/10, 4; kirkuk
	// 0.71, 5/12, 3; kosovo 0.81, 4/6, 0; lasanod 0.82, 3/5, 4; southsudan 0.84, 7/7, 3 (less
	// about 0.02 of F1). suwayda 3/9 found since the same round.
	{"afpak", 0.77, 8, 0},  // stop 21: no false alarm left; stop 23: 7 of 10 (a right to strike terrorist targets)
	{"kirkuk", 0.76, 8, 0}, // stop 21: the half-day hour set aside
	// Stop 17 (keys17): kv_015, keyed to its guarantor the United States, is placeless and joins
	// its outlet's Kosovo coverage: the gold guarantors disagreement (kv_009/kv_015 against
	// kv_016, and kv_028) is flagged with a side fewer, which this count takes for a false alarm.
	{"kosovo", 0.79, 4, 1},  // stop 25: 5 of 6 (a stray burst joins its event)
	{"lasanod", 0.87, 4, 1}, // stop 22: 5 of 5 (committee members, covered parts)
	// Stop 19 (undated background years): ss_006's three-sided venue disagreement (Nairobi,
	// Juba, and Addis Ababa hinted by an AU official) was matched only through the Addis Ababa
	// signing place of the 2017 agreement, a gold trap, standing in for the hint the extractor
	// does not read ("لمّح ... إلى إمكانية نقلها إلى أديس أبابا"); with the trap gone the Juba/Nairobi
	// pair is flagged alone, a gold near miss: 7/7, 1 -> 6/7, 2. A move of the talks to a city
	// (venue_moved_talks.go: "إمكانية نقلها إلى أديس أبابا" is a hedged Addis Ababa) reads the
	// hint itself: the three-sided disagreement is found again, 6/7, 2 -> 7/7, 1.
	{"southsudan", 0.88, 6, 0}, // stop 24: no false alarm left
	// Stop 16: the next four blind sets, retired at their last blind reading (0a752c2), less
	// 0.02 of F1: ainhilweh 0.51, 4/10 found, 4 false alarms; fergana 0.60, 5/9, 3; hormuz
	// 0.62, 6/12, 11; taiz 0.70, 4/7, 3. Raised after the stop's rule round and event-key
	// work to ainhilweh 0.58, 6/10, 3; fergana 0.69, 7/9, 1; hormuz 0.72, 7/12, 3; taiz 0.73,
	// 4/7, 3 (less about 0.02 of F1). After the convention pass of their gold (welcomes and
	// "brokered" as agreed, "began" as in force, taiz's month words as [28,31] days): ainhilweh
	// 0.61, fergana 0.70, hormuz 0.73, taiz 0.74.
	// Stop 19 (actors): ah_033's guarantors, now read whole (the speaker's office, army
	// intelligence and Hamas), meet ah_006's only:army intelligence: the gold guarantors
	// disagreement flagged with two of its four sides (ah_014/ah_026 and ah_001/ah_024 are
	// still missed), which this count takes for a false alarm: 7/10, 2 -> 7/10, 3.
	{"ainhilweh", 0.71, 8, 2}, // stop 22: 8 of 10; stop 23: 2 false alarms
	{"fergana", 0.68, 8, 0},   // compare18b: lone outlier start times set aside
	{"hormuz", 0.71, 11, 0},
	{"taiz", 0.72, 6, 2},
	// Stop 17: basra and tabbaneh, the two weakest blind sets (both Arabic local truces),
	// retired at their last blind reading (6109bdb; on today's gold basra 0.41, 1/11 found, 5
	// false alarms; tabbaneh 0.45, 2/8, 3). After the stop's rule round, reviews and gold
	// passes (conventions, set members as bodies, placed truces as partial, extensions and
	// open-ended truces, covered places), a second round and the event keys: basra 0.74, 6/11
	// found, 2 false alarms; tabbaneh 0.81, 2/7, 3 (less 0.02 of F1). Stop 20 (compare20):
	// basra's talks dates a day apart told once each (18 and 19 March) oppose nothing: 2 -> 1.
	{"basra", 0.76, 6, 1}, // stop 22: 7 of 11
	{"tabbaneh", 0.79, 3, 1},
	// Stop 18: jenin (the lowest claim recall of the blind sets) and elfasher (the lowest
	// disagreement precision and recall), retired at their last blind reading (c872f16; on the
	// stop's final gold jenin 0.61, 3/11 found, 3 false alarms; elfasher 0.69, 2/12, 9). After
	// the stop's rule round, review, comparison changes and gold passes: jenin 0.77, 5/11, 1;
	// elfasher 0.81, 6/12, 4 (less 0.02 of F1). The found and false-alarm bounds of the other
	// sets were tightened to what they reach at the end of stop 18.
	{"jenin", 0.79, 6, 0},    // stop 25: 0.81, 6 of 11 (a counted side noun and its list)
	{"elfasher", 0.84, 8, 3}, // stop 20: a third signatory side read (the movements say they signed); stop 22: 8 of 12
	// Stop 19: mitiga (the lowest claim recall of the blind sets) and hermel (the lowest
	// disagreement precision), retired at their last blind reading (51236f3; on the stop's
	// final gold mitiga 0.61, 8/14 found, 5 false alarms; hermel 0.72, 3/9, 7). After the
	// stop's rule round, review, comparison changes and gold passes: mitiga 0.76, 10/14, 2;
	// hermel 0.78, 5/9, 2 (less 0.02 of F1).
	{"mitiga", 0.74, 11, 0},
	{"hermel", 0.76, 7, 2},
	// Stop 20: portsudan (the lowest claim recall of the blind sets, a tribal truce) and tishrin
	// (the lowest claim F1 after it), retired at their last blind reading (4e932c6; on the
	// stop's final gold portsudan 0.42, 3/15 found, 4 false alarms; tishrin 0.62, 4/14, 5).
	// After the stop's rule rounds, review, comparison changes and the convention pass:
	// portsudan 0.76, 9/15, 3; tishrin 0.68, 7/14, 4 (less 0.02 of F1).
	{"portsudan", 0.74, 10, 2}, // stop 21: 10/15 found, 2 false alarms (the comparison's weak lone outlier)
	{"tishrin", 0.68, 10, 2},   // stop 22: 8 of 14; stop 24: 9 (the U.S. "Damascus alone" beside its own "only Washington" set aside)
	// Stop 21: manipur (the lowest claim F1 and recall of the blind sets, Indian English) and
	// haiti (the lowest claim F1 after it), retired at their last blind reading (3f06377; on the
	// stop's final gold manipur 0.49, 3/14 found, 4 false alarms; haiti 0.67, 8/17, 5). After the
	// stop's rule rounds, review, comparison changes and gold passes: manipur 0.75, 8/14, 3;
	// haiti 0.73, 9/17, 3 (less 0.02 of F1).
	{"manipur", 0.79, 11, 2}, // stop 23: 0.78, 9 of 14; stop 24: 0.81; stop 25: 10 of 14 (a role withheld)
	{"haiti", 0.71, 11, 2},
	// Stop 22: mindanao (the lowest claim F1 of the blind sets) and bamenda (the lowest after it,
	// Cameroonian English), retired at their last blind reading (1bfcdb6; on the stop's final gold
	// mindanao 0.67, 4/11 found, 3 false alarms; bamenda 0.66, 5/14, 7). After the stop's rule
	// rounds, review and gold passes: mindanao 0.71, 5/11, 4 (an older misreading of mn_007 now
	// meets a true covered-part line); bamenda 0.70, 6/14, 6 (less 0.02 of F1).
	// Stop 26: a list after "restricted to" («الوساطة اقتصرت على ماليزيا وحكومة بانغسامورو», mn_018)
	// is read exhaustive, which flags the gold mediators dispute on its key with its exhaustive side
	// exact; its other two sides lack an unread OIC ("والمنظمة نفسها", mn_008) and Qatar ("أسهمت
	// بهدوء في التوصل", mn_018): one false alarm more until those are read.
	{"mindanao", 0.71, 7, 3}, // stop 23: 0.73, 6 of 11
	{"bamenda", 0.72, 10, 2}, // stop 23: 0.72, 7 of 14; stop 24: 0.74, 8; stop 28 gold: +1 found, -1 false (a round is not a side)
	// Stop 23: waziristan (the lowest claim F1 of the blind sets, Pakistani English) and kadugli
	// (the lowest share of disagreements found after it, Sudanese Arabic), retired at their last
	// blind reading (5f867ad; on the stop's final gold waziristan 0.65, 6/13 found, 3 false alarms;
	// kadugli 0.66, 7/14, 6). After the stop's rule rounds, review and gold pass: waziristan 0.75
	// (its government read as the government, not the state), 6/13, 3; kadugli 0.67, 7/14, 6.
	{"waziristan", 0.77, 8, 2}, // stop 24: 0.79, 7 of 13 (explainer labels answered)
	{"kadugli", 0.69, 11, 2},   // stop 24: 0.71, 7 of 14
	// Stop 24: zamfara (the lowest claim F1 and share of disagreements found of the blind sets,
	// Nigerian English) and gorongosa (the lowest share found after it), retired at their last
	// blind reading (d707595; on the stop's final gold zamfara 0.60, 6/14 found, 5 false alarms;
	// gorongosa 0.71, 7/15, 5). After the stop's rule rounds, review and gold passes: zamfara
	// 0.67, 8/14, 3 (the country's clock: its start times had read as UTC); gorongosa 0.80, 7/15,
	// 5 (Mozambique's clock too).
	{"zamfara", 0.65, 9, 2},
	{"gorongosa", 0.82, 12, 1}, // stop 25: 0.84, 8 of 15
	// Stop 25: aden (the lowest claim F1 of the blind sets, Yemeni Arabic) and sulaymaniyah (the
	// lowest share found and disagreement precision), retired at their last blind reading
	// (07496b8: aden 0.66, 7/12 found, 2 false alarms; sulaymaniyah 0.71, 6/14, 8).
	{"aden", 0.68, 7, 1},          // stop 25, after its gold pass: 0.70
	{"sulaymaniyah", 0.75, 10, 2}, // stop 25, after its gold pass and the rules: 0.77
	// Stop 26: kufra (the lowest claim F1 of the blind sets) and bangui (the lowest share found
	// and disagreement precision), retired at their last blind reading (dfb7bc5: kufra 0.68,
	// 9/14 found, 4 false alarms; bangui 0.73, 7/15, 5).
	{"kufra", 0.66, 9, 2}, // stop 28 gold: +1 found, -1 false (a round is not a side)
	{"bangui", 0.71, 12, 3},
	// Stop 27: chad (the lowest share found and disagreement precision) and greenzone (the lowest
	// claim F1), retired at their last blind reading (5f25898: chad 0.71, 8/14 found, 4 false
	// alarms; greenzone 0.70, 9/14, 1).
	{"chad", 0.69, 11, 2}, // stop 28 gold: +1 found, -1 false (a round is not a side)
	{"greenzone", 0.68, 10, 1},
	// Stop 30: marib (the lowest disagreement precision and recall, 0.50 / 0.50) and pattani (the
	// lowest claim F1), retired at their last blind reading (38db25d: marib 0.77, 7/14 found, 7
	// false alarms; pattani 0.54, 8/13, 3).
	{"marib", 0.75, 9, 5},
	{"pattani", 0.52, 8, 3}, // stop 31 gold: the lone 30-day account is a side the comparison leaves neutral (-1 found, +1 false)
	// Stop 31: ituri (the lowest disagreement precision and recall, 0.64 / 0.47) and rasajdir (the
	// lowest claim F1), retired at their last blind reading (d44ca13: ituri 0.74, 7/15 found, 4
	// false alarms; rasajdir 0.72, 8/14, 3).
	{"ituri", 0.74, 10, 2},
	{"rasajdir", 0.71, 8, 3},
	// Stop 32: cabinda (the lowest disagreement precision and recall, 0.58 / 0.47, and the lowest
	// claim F1) and agadez (the next lowest recall and claim F1), retired at their last blind
	// reading (daa15c7: cabinda 0.69, 7/15 found, 5 false alarms; agadez 0.74, 7/14, 3).
	{"cabinda", 0.68, 7, 5},
	{"agadez", 0.73, 10, 2},
}

// Stop 14: a rule round on every development set (monitors, withdrawal, exclusions and scope,
// status and parties, venues and dates of talks) raised all of them to what they reached, less
// about 0.02 of F1: 118 -> 128 of the 159 gold disagreements found one set at a time, false
// alarms 27 -> 26.

func TestQualityRatchets(t *testing.T) {
	root, analyze, topics := realEval(t)
	for _, r := range ratchets {
		res, _, err := evaluateSet(root, r.set, analyze, topics, topics.compareOptions())
		if err != nil {
			t.Fatalf("%s: %v", r.set, err)
		}
		d := res.Disagreements
		if f1 := res.Claims.Total.F1(); !(f1 >= r.minF1) {
			t.Errorf("%s: claim F1 %.3f < %.2f", r.set, f1, r.minF1)
		}
		if d.TP < r.minFound {
			t.Errorf("%s: %d of %d gold disagreements found, want at least %d", r.set, d.TP, d.Gold, r.minFound)
		}
		if fa := d.Pred - d.TP; fa > r.maxFalseAlarm {
			t.Errorf("%s: %d false alarms, want at most %d", r.set, fa, r.maxFalseAlarm)
		}
		t.Logf("%s: claim F1 %.3f, disagreements %d/%d found, %d false alarms", r.set, res.Claims.Total.F1(), d.TP, d.Gold, d.Pred-d.TP)
	}
}

// TestPooledSetsKeepTheirEvents: the development sets pooled into one corpus, grouped as the
// pipeline groups, give no disagreement made of two events' claims, undated articles included
// (they join the dated burst that names their people and places; the seeds are undated .txt
// files about Syria in 2016, beside the 2026 north-east Syria set).
func TestPooledSetsKeepTheirEvents(t *testing.T) {
	root, analyze, topics := realEval(t)
	sets := append([]string(nil), developmentSets...)
	for _, r := range ratchets {
		sets = append(sets, r.set)
	}
	res, err := evaluateMixed(root, sets, analyze, topics)
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]int{}
	for _, x := range res.CrossSet {
		pair := strings.Join(x.Sets, "+")
		if limit, ok := knownMixing[pair]; ok && known[pair] < limit {
			known[pair]++
			continue
		}
		t.Errorf("%s | %s | %s mixes sets %v: %s", x.Disagreement.Event, x.Disagreement.Topic, x.Disagreement.Subject, x.Sets, x.Disagreement.Explanation)
	}
}

// knownMixing are the cross-set flags the pooled run is known to make, at most so many per
// pair of sets. Stop 16: hormuz (the Israel-Iran truce) and ainhilweh (the Ain al-Hilweh camp
// truce) are two fictional events of the same August 2027 week; a Lebanese channel's item of
// Hezbollah's statement on "the comprehensive truce" (hz_034) names no state of the Israel-Iran
// war and is keyed to Lebanon. Stop 17: placeless items are compared within their outlet's
// coverage (compare.ComparedEvent), so hz_012 no longer meets ainhilweh's placeless item (a
// fourth flag). Stop 17 (keys17): allies of a war's side in several countries, tied and with
// none of their states named, place the truce in none of them, so hz_034 is placeless and joins
// its outlet's coverage (the last three flags gone). Stop 19 (undated background years): the
// undated Abyei items ab_011 and ab_014 lose their only claims (a 2024 local truce, the 2011
// agreement), so event linking no longer counts them naming Sudan; the undated El Fasher
// correction ef_024, which names only the Joint Force and the RSF (both sets' names), then
// joined the Sudan set's 2026 burst for its duration and start time (two flags). Compare
// (stop 19, grouping): Sudan's undated coverage then stayed under sudan with the 2026 burst
// alone, the El Fasher burst being compared under saudi_arabia+sudan, so the tie between the two
// bursts (both name the Joint Force and the RSF) was no longer seen; the tie is now read over all
// of the event's bursts (compare.UndatedArticles.Tied) and ef_024 stays undated (both flags
// gone). Stop 27: chad joined the development sets. Its undated opinion piece cd_033 sets the
// Chadian Doha truce («هدنة الدوحة التشادية», in force at midnight, three months) beside Sudan's
// 2023 Jeddah truce; the Sudanese army and the RSF it names key it to Sudan, and its three-month
// duration joins the Sudan set's undated coverage (one flag). The truce's own adjective is not
// read as its place yet. Any other flag fails.
var knownMixing = map[string]int{"chad+sudan": 1}

// realEval is what the quality tests share: the repository root, the real extractor and the
// topic schema.
func realEval(t *testing.T) (string, analyzer, topicFile) {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	analyze, err := newAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	topics, err := readTopics(filepath.Join(root, "schemas", "topics.json"))
	if err != nil {
		t.Fatal(err)
	}
	return root, analyze, topics
}
