package analyze

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/disagree"
)

func TestMain(m *testing.M) {
	ptest.Main(m)
}

func init() {
	register.Function1x1(sideOf)
}

// sideOf summarizes one contradiction row.
func sideOf(r schemas.ContradictionRow) string {
	return fmt.Sprintf("%s/%s=%s %s", r.Topic, r.Subject, r.Value, strings.Join(r.ClaimIDs, "+"))
}

// seedArticles are the five seed articles.
func seedArticles(t *testing.T) []schemas.Article {
	paths, err := filepath.Glob("../../testdata/articles/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	var out []schemas.Article
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, schemas.Article{ID: strings.TrimSuffix(filepath.Base(p), ".txt"), Text: string(b)})
	}
	return out
}

// TestPartialsDoNotDependOnWhenWorkersHandThemOn runs the step with the default fold limit and
// with workers handing on their partial results after every claim (FoldClaims 1), serially and
// on a pool: the disagreements, down to their claim ids, must be the same.
func TestPartialsDoNotDependOnWhenWorkersHandThemOn(t *testing.T) {
	arts := seedArticles(t)
	p, s := beam.NewPipelineWithRoot()
	in := beam.CreateList(s, arts)
	sides := func(name string, params Params) beam.PCollection {
		res := Articles(s.Scope(name), in, params)
		return beam.ParDo(s.Scope(name), sideOf, disagree.FromPartials(s.Scope(name), res.Partials, res.Links, disagree.Params{}))
	}
	want := sides("default", Params{})
	passert.Equals(s, sides("every claim", Params{FoldClaims: 1}), want)
	passert.Equals(s, sides("every claim, serial", Params{FoldClaims: 1, Workers: 1}), want)
	passert.Count(s, want, "sides", 4) // two seed disagreements, two sides each
	ptest.RunAndValidate(t, p)
}
