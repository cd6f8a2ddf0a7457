package main

import (
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/tanaqud/tanaqud/transforms/analyze"
	"github.com/tanaqud/tanaqud/transforms/disagree"
	"github.com/tanaqud/tanaqud/transforms/ingest"
	"github.com/tanaqud/tanaqud/transforms/parquetsink"
)

// Config is everything one run of the job is built from.
type Config struct {
	Inputs          []string      // globs of input files
	Output          string        // output directory
	Sentences       bool          // also write sentences*.parquet
	Shards          int           // files per table
	MaxArticleBytes int           // articles over this are rejected
	EventGap        time.Duration // coverage further apart than this is another event
	KeepUnreliable  bool          // unsure values stay sides that lower the score (disagree.Params)
}

// Written holds the PCollections of written file paths, one per table.
type Written struct {
	Claims, Contradictions, Sentences, Rejects beam.PCollection
}

// Pipeline builds the job: read → analyze each article once (and fold its claims per
// (event, topic, subject) on the spot; withdrawals stated of both unnamed sides are resolved
// per event from its parties, then folded) → merge the folded claims per key and compare →
// write the tables.
func Pipeline(s beam.Scope, cfg Config) Written {
	articles, readRejects := ingest.Read(s, ingest.Params{Globs: cfg.Inputs, MaxArticleBytes: cfg.MaxArticleBytes})
	res := analyze.Articles(s, articles, analyze.Params{Sentences: cfg.Sentences, EventGap: cfg.EventGap})
	// Withdrawals stated of both unnamed sides, one claim per side of their event's parties:
	// written and compared with the others.
	sides := disagree.ResolveSides(s, res.Sides)
	contradictions := disagree.FromPartialsWith(s, res.Partials, disagree.FoldClaims(s, sides, cfg.EventGap), res.Links,
		disagree.Params{KeepUnreliable: cfg.KeepUnreliable})
	rejects := beam.Flatten(s, readRejects, res.Rejects)

	table := func(name string) parquetsink.Params {
		return parquetsink.Params{Dir: cfg.Output, Table: name, Shards: cfg.Shards}
	}
	w := Written{
		Claims:         parquetsink.WriteAll(s, table("claims"), res.Claims, analyze.ClaimRows(s, sides)),
		Contradictions: parquetsink.Write(s, contradictions, table("contradictions")),
		Rejects:        parquetsink.Write(s, rejects, table("rejects")),
	}
	if cfg.Sentences {
		w.Sentences = parquetsink.Write(s, res.Sentences, table("sentences"))
	}
	return w
}
