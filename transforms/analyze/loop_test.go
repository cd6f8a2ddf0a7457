package analyze

import (
	"fmt"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/claims"
)

// TestPoolMatchesSerial checks that analyzing on several goroutines yields, per article, what
// the serial path yields, and that every submitted article comes back exactly once.
func TestPoolMatchesSerial(t *testing.T) {
	x, err := claims.Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"أعلنت وزارة الدفاع الروسية التوصل إلى اتفاق لوقف إطلاق النار في سوريا يبدأ منتصف الليل.",
		"The truce will take effect at midnight, the Houthi negotiator said, adding that it covers the city and its three ports.",
		"",
		"قال مصدر في المعارضة إن الاتفاق لا يستثني جبهة فتح الشام.",
	}
	var in []schemas.Article
	for i := range 40 {
		in = append(in, schemas.Article{ID: fmt.Sprintf("a%02d", i), Lang: "", Text: texts[i%len(texts)]})
	}
	want := map[string]Outcome{}
	for _, a := range in {
		want[a.ID] = Article(x, a)
	}
	for _, workers := range []int{2, 3, 8} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			got := map[string]Outcome{}
			collect := func(o Outcome) {
				if _, dup := got[o.Article.ID]; dup {
					t.Errorf("article %s came back twice", o.Article.ID)
				}
				got[o.Article.ID] = o
			}
			p := newPool(workers, func(_ int, a schemas.Article) Outcome { return Article(x, a) })
			for _, a := range in {
				p.submit(a, collect)
			}
			p.finish(collect)
			ids := func(m map[string]Outcome) []string {
				var out []string
				for id := range m {
					out = append(out, id)
				}
				sort.Strings(out)
				return out
			}
			if diff := cmp.Diff(ids(want), ids(got)); diff != "" {
				t.Fatalf("articles (-want +got):\n%s", diff)
			}
			for id, w := range want {
				if diff := cmp.Diff(w.Analysis.Claims, got[id].Analysis.Claims); diff != "" {
					t.Errorf("article %s claims (-serial +pool):\n%s", id, diff)
				}
			}
		})
	}
}

// TestArticleTurnsPanicIntoFailure checks that a panic costs the article, not the job.
func TestArticleTurnsPanicIntoFailure(t *testing.T) {
	o := Article(nil, schemas.Article{ID: "boom", Text: "text"}) // a nil extractor panics
	if o.Failed == "" {
		t.Fatalf("want a failure for a panicking extractor, got %+v", o)
	}
}
