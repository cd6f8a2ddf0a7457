package claims

import (
	"encoding/json"
	"flag"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/sentences"
)

// The golden test guards refactors of the extractor: every field of every claim on the seed and
// held-out articles must stay as it was when the golden file was written. It is not quality
// gold (that is testdata/gold, measured by pipelines/eval); rewrite it with
//
//	go test ./transforms/claims/ -run TestGoldenClaims -update
//
// only when a change of output is intended. CLAIMS_GOLDEN_INPUT (a glob of .txt or .jsonl) and
// CLAIMS_GOLDEN_FILE check a larger corpus the same way (for example one from gencorpus).
var update = flag.Bool("update", false, "rewrite the golden claim files from the current output")

// goldenClaim is a Claim with its floats as text: JSON has no infinity, and the text form
// ('g', -1) reads back to the very same float64.
type goldenClaim struct {
	Claim
	Low  string
	High string
}

func encodeGolden(cs []Claim) []goldenClaim {
	out := make([]goldenClaim, len(cs))
	for i, c := range cs {
		out[i] = goldenClaim{Claim: c, Low: strconv.FormatFloat(c.Low, 'g', -1, 64), High: strconv.FormatFloat(c.High, 'g', -1, 64)}
	}
	return out
}

func decodeGolden(t *testing.T, gs []goldenClaim) []Claim {
	t.Helper()
	out := make([]Claim, len(gs))
	for i, g := range gs {
		c := g.Claim
		var err1, err2 error
		c.Low, err1 = strconv.ParseFloat(g.Low, 64)
		c.High, err2 = strconv.ParseFloat(g.High, 64)
		if err1 != nil || err2 != nil {
			t.Fatalf("golden claim %d: bad interval %q %q", i, g.Low, g.High)
		}
		out[i] = c
	}
	return out
}

// goldenArticle is what the golden file holds per article.
type goldenArticle struct {
	ID     string
	Claims []goldenClaim
}

func TestGoldenClaims(t *testing.T) {
	cases := []struct{ name, input, golden string }{
		{"seeds", "../../testdata/articles/*.txt", "testdata/golden_seeds.json"},
		{"heldout", "../../testdata/heldout/articles.jsonl", "testdata/golden_heldout.json"},
	}
	if in, g := os.Getenv("CLAIMS_GOLDEN_INPUT"), os.Getenv("CLAIMS_GOLDEN_FILE"); in != "" && g != "" {
		cases = append(cases, struct{ name, input, golden string }{"extra", in, g})
	}
	x := extractor(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			arts := loadTestArticles(t, tc.input)
			if len(arts) == 0 {
				t.Fatalf("no articles in %s", tc.input)
			}
			got := make([][]Claim, len(arts))
			file := make([]goldenArticle, len(arts))
			for i, a := range arts {
				got[i] = x.Analyze(a).Claims
				file[i] = goldenArticle{ID: a.ID, Claims: encodeGolden(got[i])}
			}
			if *update {
				b, err := json.MarshalIndent(file, "", " ")
				if err != nil {
					t.Fatal(err)
				}
				if err := os.MkdirAll(filepath.Dir(tc.golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(tc.golden, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			b, err := os.ReadFile(tc.golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			var want []goldenArticle
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			if len(want) != len(arts) {
				t.Fatalf("golden has %d articles, input %d", len(want), len(arts))
			}
			for i, w := range want {
				if w.ID != arts[i].ID {
					t.Fatalf("golden article %d is %s, input %s", i, w.ID, arts[i].ID)
				}
				if diff := cmp.Diff(decodeGolden(t, w.Claims), got[i], cmp.Comparer(sameFloat)); diff != "" {
					t.Errorf("article %s: claims differ from golden (-want +got):\n%s", w.ID, diff)
				}
			}
		})
	}
}

// sameFloat is bit-for-bit equality that also holds for NaN (none is expected, but a NaN must
// not make two identical outputs differ).
func sameFloat(a, b float64) bool { return math.Float64bits(a) == math.Float64bits(b) }

// TestConcurrentColdCaches runs a fresh extractor from several goroutines at once, so that the
// shared word cache fills and the scratch pool lends buffers concurrently (run it with -race).
func TestConcurrentColdCaches(t *testing.T) {
	d, err := schemas.Load()
	if err != nil {
		t.Fatal(err)
	}
	cold, err := New(d)
	if err != nil {
		t.Fatal(err)
	}
	x := extractor(t)
	arts := devArticles(t)
	want := make([][]Claim, len(arts))
	for i, a := range arts {
		want[i] = x.Analyze(a).Claims
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range arts {
				i := (k + g*len(arts)/4) % len(arts) // each goroutine starts elsewhere
				if diff := cmp.Diff(want[i], cold.Analyze(arts[i]).Claims, cmp.Comparer(sameFloat)); diff != "" {
					t.Errorf("%s differs with cold caches under concurrency:\n%s", arts[i].ID, diff)
				}
			}
		}()
	}
	wg.Wait()
}

// TestRestMatchAgreesWithWordMatch holds the scan's interned matching (wordInfo.rest) equal to
// wordMatch for every token of the seed and held-out articles against every phrase word after
// the first.
func TestRestMatchAgreesWithWordMatch(t *testing.T) {
	x := extractor(t)
	arts := devArticles(t)
	sc := &scratch{}
	for _, a := range arts {
		l := x.language(a)
		for i, s := range sentences.Split(a.Text) {
			si := &sentInfo{norm: x.norm.Normalize(s.Text)}
			x.prepare(sc, l, s, i, si)
			for ti := range si.toks {
				tk := &si.toks[ti]
				for _, ph := range l.m.phrases {
					for k := 1; k < len(ph.words); k++ {
						ok1, ex1 := wordMatch(ph.words[k], tk)
						ok2, ex2 := tk.w.matchRest(ph.ids[k])
						if ok1 != ok2 || ok1 && ex1 != ex2 {
							t.Fatalf("token %q, phrase word %+v: wordMatch %v %v, matchRest %v %v", tk.text, ph.words[k], ok1, ex1, ok2, ex2)
						}
					}
				}
			}
		}
	}
}
