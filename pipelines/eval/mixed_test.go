package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/claims"
	"github.com/tanaqud/tanaqud/transforms/compare"
)

// TestMixedFindsDisagreementsAcrossTwoEvents: when an extractor gives two events' claims the same
// event key, the pooled evaluation reports the disagreement made of both sets' articles.
func TestMixedFindsDisagreementsAcrossTwoEvents(t *testing.T) {
	root := fakeTree(t)
	writeFile(t, filepath.Join(root, "testdata/other/articles.jsonl"),
		`{"id": "o1", "source": "wire", "published_at": "", "lang": "ar", "title": "T", "text": "الهدنة لا تستثني جبهة فتح الشام."}`+"\n")
	writeFile(t, filepath.Join(root, "testdata/gold/other/claims.jsonl"),
		`{"article": "o1", "evidence": "لا تستثني", "topic": "ceasefire.exclusions", "subject": "jfs", "value": "not_excluded", "speaker": "outlet"}`+"\n")
	sameEvent := func(a schemas.Article) ([]claims.Claim, error) {
		if a.ID != "s1" && a.ID != "o1" {
			return nil, nil
		}
		c := claims.Claim{ID: a.ID + "-c", ArticleID: a.ID, Event: "e", Topic: "ceasefire.exclusions", Subject: "jfs",
			Kind: compare.KindPolarity, Value: "excluded", Speaker: "army", Modality: "asserted"}
		if a.ID == "o1" {
			c.Value = "not_excluded"
		}
		return []claims.Claim{c}, nil
	}
	topics, err := readTopics(filepath.Join(root, "schemas", "topics.json"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := evaluateMixed(root, []string{"other", "seeds"}, sameEvent, topics)
	if err != nil {
		t.Fatal(err)
	}
	if res.Articles != 3 || len(res.CrossSet) != 1 || !res.CrossSet[0].Undated {
		t.Fatalf("articles %d, cross-set %d: want 3 and 1", res.Articles, len(res.CrossSet))
	}
	if got := strings.Join(res.CrossSet[0].Sets, ","); got != "other,seeds" {
		t.Errorf("sets %q, want other,seeds", got)
	}
	var out bytes.Buffer
	printMixed(&out, res, false)
	if !strings.Contains(out.String(), "mixing two sets' events: 1 (1 of them between undated articles only)") || !strings.Contains(out.String(), "CROSS-SET (undated) e | ceasefire.exclusions | jfs | sets [other seeds]") {
		t.Errorf("report:\n%s", out.String())
	}
}

// pooledLossAllowed is how many of the disagreements the development sets find alone the pooled
// run may miss. Until stop 24 the pooled score matched a flag to any set's gold of the same topic,
// subject and values, and another war's flag stood in for a missed one; scored within each set,
// the pooled run misses 7 that the sets alone find (kashmir's talks venue, abyei's Misseriya
// withdrawal, anatolia's monitors, tishrin's Kobani, manipur's start, haiti's Route Nationale 1,
// waziristan's duration). A ratchet: lower it as they are recovered. All seven were lost with
// each set alone too, once grouped as the job groups (bursts, undated articles placed by names):
// an undated statement shared one name with the few articles of its topic's burst. Stop 24
// (pooled24): an undated entry whose names place it nowhere joins the burst of its outlets' home
// (compare.outletHomes), which recovers anatolia's, manipur's and haiti's; kashmir's
// outlet printed nothing dated, abyei's undated item is keyed to Sudan while its burst's claims
// on that key are South Sudan's, and waziristan's later account is a burst of its own.
// tishrin's Kobani, missed at 1d71a00 and after, was traced in stop 25: its undated SDF statements
// named the SDF and Kobani, which the 2026 north-east truce's Kobani claims named too, and joined
// them; the outlets' home now wins over such names of the war (compare.homeOverNames): 3.
// Stop 31: ituri, retired from blind, lost its Zaire militia exclusion when pooled: the
// government's rejection came twelve days after CODECO's statement, more than the gap, and a
// key's bursts were split by its own claims alone though the truce was covered every day
// between. A key's bursts that one span of its event's whole coverage holds now merge when the
// key was quiet for less than two gaps (compare.bridgeQuiet): back to 3.
const pooledLossAllowed = 3

// TestPooledFindsWhatEachSetFinds: pooling the development sets loses no more of the
// disagreements each set finds alone than pooledLossAllowed. Every set has an undated article; it
// must join its own event's dated coverage (by the people and places it names), not sit apart
// with other sets' undated articles.
func TestPooledFindsWhatEachSetFinds(t *testing.T) {
	root, analyze, topics := realEval(t)
	sets := append([]string(nil), developmentSets...)
	for _, r := range ratchets {
		sets = append(sets, r.set)
	}
	alone := 0
	for _, set := range sets {
		res, _, err := evaluateSet(root, set, analyze, topics, topics.compareOptions())
		if err != nil {
			t.Fatal(err)
		}
		alone += res.Disagreements.TP
	}
	pooled, err := evaluateMixed(root, sets, analyze, topics)
	if err != nil {
		t.Fatal(err)
	}
	if pooled.Disagreements.TP < alone-pooledLossAllowed {
		for _, g := range pooled.Disagreements.FalseNegatives {
			t.Logf("missed when pooled: %s | %s", g.Topic, g.Subject)
		}
		t.Errorf("pooled run finds %d gold disagreements, the sets alone %d (at most %d may be lost)", pooled.Disagreements.TP, alone, pooledLossAllowed)
	}
}
