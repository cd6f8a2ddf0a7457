package sentences

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const (
	seedArticles = "../../testdata/articles"
	seedGold     = "../../testdata/gold/seeds/sentences.jsonl"
)

// goldSentence is one line of testdata/gold/seeds/sentences.jsonl, written by hand.
type goldSentence struct {
	Article string `json:"article"`
	Text    string `json:"text"`
}

func readSeedGold(t testing.TB) map[string][]string {
	f, err := os.Open(seedGold)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold := map[string][]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g goldSentence
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("%s: %v", seedGold, err)
		}
		gold[g.Article] = append(gold[g.Article], g.Text)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return gold
}

func readSeedArticles(t testing.TB) map[string]string {
	paths, err := filepath.Glob(filepath.Join(seedArticles, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed articles in %s: %v", seedArticles, err)
	}
	articles := map[string]string{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		articles[strings.TrimSuffix(filepath.Base(p), ".txt")] = string(b)
	}
	return articles
}

// TestSeedArticlesMatchHandGold requires F1 = 1 against sentence boundaries written by hand.
func TestSeedArticlesMatchHandGold(t *testing.T) {
	gold := readSeedGold(t)
	articles := readSeedArticles(t)
	ids := make([]string, 0, len(articles))
	for id := range articles {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var correct, predicted, total int
	for _, id := range ids {
		want, ok := gold[id]
		if !ok {
			t.Errorf("%s: no gold sentences", id)
			continue
		}
		var got []string
		for _, s := range Split(articles[id]) {
			got = append(got, s.Text)
		}
		wantSet := map[string]int{}
		for _, w := range want {
			wantSet[w]++
		}
		for _, g := range got {
			if wantSet[g] > 0 {
				wantSet[g]--
				correct++
			}
		}
		predicted += len(got)
		total += len(want)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: sentences (-gold +split):\n%s", id, diff)
		}
	}
	p, r := float64(correct)/float64(predicted), float64(correct)/float64(total)
	f1 := 2 * p * r / (p + r)
	t.Logf("seed sentences: gold %d, predicted %d, correct %d, F1 %.4f", total, predicted, correct, f1)
	if f1 != 1 {
		t.Errorf("seed F1 = %.4f, want 1", f1)
	}
}
