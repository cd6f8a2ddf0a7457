package claims

import (
	"fmt"
	"os"
	"testing"

	"github.com/tanaqud/tanaqud/schemas"
)

func TestDebugSentence(t *testing.T) {
	text := os.Getenv("CLAIMS_DEBUG")
	if text == "" {
		t.Skip()
	}
	x := extractor(t)
	a := schemas.Article{ID: "d", Text: text, Lang: os.Getenv("CLAIMS_LANG")}
	l := x.language(a)
	an := x.Analyze(a)
	for _, s := range an.Sentences {
		si := x.prepare(l, s)
		si.selectEntities(l, "syria")
		for i, tk := range si.toks {
			fmt.Printf("%d %q %v\n", i, tk.text, tk.variants())
		}
		for _, h := range si.hits {
			fmt.Printf("hit %d-%d cat=%d idx=%d\n", h.start, h.end, h.cat, h.idx)
		}
		for _, m := range si.ents {
			fmt.Printf("ent %d-%d %s demonym=%v\n", m.start, m.end, m.e.ID, m.demonym)
		}
	}
	for _, c := range an.Claims {
		fmt.Printf("%s %s %s %s %s\n", c.Topic, c.Subject, c.Value, c.Speaker, c.Rule)
	}
}
