package main

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/claims"
	"github.com/tanaqud/tanaqud/transforms/sentences"
)

// oracleAnalyzer "extracts" exactly the gold claims of each article, placed on the sentence that
// holds their evidence. Claim scores are then perfect by construction, so -oracle measures the
// comparison stage alone: its disagreement precision and recall given a perfect extractor.
func oracleAnalyzer(gold []GoldClaim, kinds map[string]string) analyzer {
	byArticle := map[string][]GoldClaim{}
	for _, g := range gold {
		byArticle[g.Article] = append(byArticle[g.Article], g)
	}
	return func(a schemas.Article) ([]claims.Claim, error) {
		sents := sentences.Split(a.Text)
		var out []claims.Claim
		for _, g := range byArticle[a.ID] {
			at := strings.Index(a.Text, g.Evidence)
			if at < 0 || g.Evidence == "" {
				continue // reported as a gold warning by the scorer
			}
			c := claims.Claim{
				ArticleID: a.ID, Source: a.Source, Published: a.Published, Lang: a.Lang, Event: "oracle",
				Topic: g.Topic, Subject: g.Subject, Kind: kinds[g.Topic], Value: g.Value,
				Speaker: g.Speaker, SpeakerLabel: g.Speaker, Hedged: g.Hedged, Modality: "asserted",
				Confidence: 1, Rule: "oracle",
			}
			if g.Hedged {
				c.Modality = "hedged"
			}
			for _, s := range sents {
				if s.Start <= at && at < s.End {
					c.SentenceIndex, c.Start, c.End, c.Sentence = s.Index, s.RuneStart, s.RuneEnd, s.Text
					break
				}
			}
			if c.End < c.Start+len([]rune(g.Evidence)) { // evidence crosses a sentence end
				c.Start = len([]rune(a.Text[:at]))
				c.End = c.Start + len([]rune(g.Evidence))
			}
			c.Account = hash(a.ID, c.Sentence)
			c.ID = hash(a.ID, c.Sentence, g.Topic, g.Subject, g.Value, g.Speaker)
			if strings.HasPrefix(g.Value, "only:") {
				c.Exhaustive = true
			}
			out = append(out, c)
		}
		return out, nil
	}
}

func hash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}
