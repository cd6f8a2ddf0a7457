package analyze

import (
	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/articles"
	"github.com/tanaqud/tanaqud/transforms/claims"
)

// ClaimRow is the output row of one claim.
func ClaimRow(c claims.Claim) schemas.ClaimRow {
	members := c.Members
	if members == nil {
		members = []string{}
	}
	return schemas.ClaimRow{
		ClaimID:       c.ID,
		ArticleID:     c.ArticleID,
		Source:        c.Source,
		PublishedAt:   articles.PublishedMicros(c.Published),
		Lang:          c.Lang,
		Event:         c.Event,
		SentenceIndex: int64(c.SentenceIndex),
		Start:         int64(c.Start),
		End:           int64(c.End),
		Sentence:      c.Sentence,
		Topic:         c.Topic,
		Subject:       c.Subject,
		SubjectLabel:  c.SubjectLabel,
		Kind:          c.Kind,
		Round:         c.Round,
		Value:         c.Value,
		ValueLabel:    c.ValueLabel,
		Members:       members,
		Speaker:       c.Speaker,
		SpeakerLabel:  c.SpeakerLabel,
		SpeakerRole:   c.SpeakerRole,
		Hedged:        c.Hedged,
		Modality:      c.Modality,
		Confidence:    c.Confidence,
		Rule:          c.Rule,
		Account:       c.Account,
	}
}
