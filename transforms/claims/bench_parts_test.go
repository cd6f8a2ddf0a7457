package claims

import (
	"testing"

	"github.com/tanaqud/tanaqud/transforms/sentences"
)

// BenchmarkTextLayer measures what Analyze spends in the text layer (normalize + split), so the
// extractor's own share can be read off BenchmarkAnalyze.
func BenchmarkTextLayer(b *testing.B) {
	x := extractor(b)
	arts := loadTestArticles(b, "../../testdata/articles/*.txt")
	b.SetBytes(textBytes(arts))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			for _, s := range sentences.Split(a.Text) {
				x.norm.Normalize(s.Text)
			}
		}
	}
}
