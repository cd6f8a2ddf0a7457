package schemas

import (
	"fmt"
	"strconv"
	"strings"
)

// Output rows. Each type is both a Beam element (plain fields only, so the schema coder encodes
// it on every runner) and a Parquet row (the struct tags are the file schema). Conventions, checked
// against DuckDB and Arrow readers (see README "Output tables"):
//   - timestamps are int64 microseconds since the epoch tagged timestamp(microsecond) and optional,
//     so an unknown time (0) reads back as NULL and a known one as TIMESTAMP WITH TIME ZONE;
//   - lists are tagged list, so an empty list reads back as [] and not NULL;
//   - repetitive strings are dictionary-encoded.

// ClaimRow is one row of claims*.parquet. Round is the round of talks a claim of a topic marked
// "rounds" in topics.json speaks of: "planned" for talks announced for later, "" for talks held
// or under way (the round that produced the truce among them) and for every other topic.
type ClaimRow struct {
	ClaimID       string   `parquet:"claim_id"`
	ArticleID     string   `parquet:"article_id,dict"`
	Source        string   `parquet:"source,dict"`
	PublishedAt   int64    `parquet:"published_at,optional,timestamp(microsecond)"`
	Lang          string   `parquet:"lang,dict"`
	Event         string   `parquet:"event,dict"`
	SentenceIndex int64    `parquet:"sentence_index"`
	Start         int64    `parquet:"start"`
	End           int64    `parquet:"end"`
	Sentence      string   `parquet:"sentence,zstd"`
	Topic         string   `parquet:"topic,dict"`
	Subject       string   `parquet:"subject,dict"`
	SubjectLabel  string   `parquet:"subject_label,dict"`
	Kind          string   `parquet:"kind,dict"`
	Round         string   `parquet:"round,dict"` // "planned" or "" (see above)
	Value         string   `parquet:"value,dict"`
	ValueLabel    string   `parquet:"value_label,dict"`
	Members       []string `parquet:"members,list"`
	Speaker       string   `parquet:"speaker,dict"`
	SpeakerLabel  string   `parquet:"speaker_label,dict"`
	SpeakerRole   string   `parquet:"speaker_role,dict"`
	Hedged        bool     `parquet:"hedged"`
	Modality      string   `parquet:"modality,dict"`
	Confidence    float64  `parquet:"confidence"`
	Rule          string   `parquet:"rule,dict"`
	Account       string   `parquet:"account"`
}

// ContradictionRow is one side of one disagreement in contradictions*.parquet: every side of a
// disagreement shares its disagreement_id, topic, subject, explanation and score.
type ContradictionRow struct {
	DisagreementID string `parquet:"disagreement_id"`
	Event          string `parquet:"event,dict"`
	Topic          string `parquet:"topic,dict"`
	Subject        string `parquet:"subject,dict"`
	SubjectLabel   string `parquet:"subject_label,dict"`
	Kind           string `parquet:"kind,dict"`
	// EventStart and EventEnd bound the burst of coverage (publication times plus the event gap)
	// the disagreement was found in; NULL for undated articles.
	EventStart    int64    `parquet:"event_start,optional,timestamp(microsecond)"`
	EventEnd      int64    `parquet:"event_end,optional,timestamp(microsecond)"`
	Side          int64    `parquet:"side"`
	Value         string   `parquet:"value"`
	ValueLabel    string   `parquet:"value_label"`
	ArticleIDs    []string `parquet:"article_ids,list"`
	ClaimIDs      []string `parquet:"claim_ids,list"`
	Speakers      []string `parquet:"speakers,list"`
	SpeakerLabels []string `parquet:"speaker_labels,list"`
	NArticles     int64    `parquet:"n_articles"`
	NAccounts     int64    `parquet:"n_accounts"`
	NHedged       int64    `parquet:"n_hedged"`
	Explanation   string   `parquet:"explanation"`
	Score         float64  `parquet:"score"`
	// RoundsDiffer: the sides speak of two rounds of talks: one only of talks announced for
	// later, the other only of talks held (ClaimRow.Round), or a date announced after the other
	// side's day had passed: most likely two facts, not one dispute, so the score was halved;
	// shown all the same, since the round marking can miss.
	RoundsDiffer bool `parquet:"rounds_differ"`
}

// SentenceRow is one row of sentences*.parquet (written with --sentences).
type SentenceRow struct {
	ArticleID     string `parquet:"article_id,dict"`
	SentenceIndex int64  `parquet:"sentence_index"`
	Start         int64  `parquet:"start"`
	End           int64  `parquet:"end"`
	Text          string `parquet:"text,zstd"`
}

// RejectRow is one row of rejects*.parquet: an input that did not become an article.
type RejectRow struct {
	Input  string `parquet:"input"`
	Line   int64  `parquet:"line"`
	Reason string `parquet:"reason"`
}

// Tables maps each output table's file-name prefix to its row type, so that a writer can build
// the file schema even for a shard with no rows.
var Tables = map[string]any{
	"claims":         ClaimRow{},
	"contradictions": ContradictionRow{},
	"sentences":      SentenceRow{},
	"rejects":        RejectRow{},
}

// SortKey orders claims by article, position and id within a file.
func (r ClaimRow) SortKey() string {
	return sortKey(r.ArticleID, pad9(r.SentenceIndex), pad9(r.Start), r.ClaimID)
}

// SortKey keeps the sides of each disagreement together, in side order.
func (r ContradictionRow) SortKey() string {
	return sortKey(r.Topic, r.Subject, r.DisagreementID, pad9(r.Side))
}

// SortKey orders sentences by article and position.
func (r SentenceRow) SortKey() string {
	return sortKey(r.ArticleID, pad9(r.SentenceIndex))
}

// SortKey orders rejects by input and line.
func (r RejectRow) SortKey() string {
	return sortKey(r.Input, pad9(r.Line), r.Reason)
}

// sortKey joins parts with NUL, which sorts below every character of ids, text and digits.
func sortKey(parts ...string) string {
	return strings.Join(parts, "\x00")
}

// pad9 formats n as fmt's %09d does, so that numbers up to 999,999,999 sort as text.
func pad9(n int64) string {
	if n < 0 {
		return fmt.Sprintf("%09d", n)
	}
	var buf [20]byte
	digits := strconv.AppendInt(buf[:0], n, 10)
	if len(digits) >= 9 {
		return string(digits)
	}
	out := []byte("000000000")
	copy(out[9-len(digits):], digits)
	return string(out)
}
