package main

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"github.com/tanaqud/tanaqud/schemas"
)

// removeOldTables deletes the tables of an earlier run in dir, so that a run with fewer shards
// does not leave stale files that a reader's glob (claims*.parquet) would pick up.
func removeOldTables(ctx context.Context, dir string) error {
	fs, err := filesystem.New(ctx, dir)
	if err != nil {
		return fmt.Errorf("--output %q: %w", dir, err)
	}
	defer fs.Close()
	remover, ok := fs.(filesystem.Remover)
	if !ok {
		return nil
	}
	var tables []string
	for t := range schemas.Tables {
		tables = append(tables, t)
	}
	sort.Strings(tables)
	for _, t := range tables {
		old, err := fs.List(ctx, dir+"/"+t+"-*.parquet*")
		if err != nil {
			continue // nothing there yet
		}
		for _, f := range old {
			if err := remover.Remove(ctx, f); err != nil {
				return fmt.Errorf("removing old output %s: %w", f, err)
			}
		}
	}
	return nil
}

// Summary is what a run prints at its end.
type Summary struct {
	Files                                           int
	Read, Rejected, Analyzed, Claims, Disagreements int64
	// SidesUnresolved counts the withdrawals stated of both unnamed sides whose event gave no
	// pair of parties (disagree.ResolveSides): they are in no table.
	SidesUnresolved int64
	HaveMetrics     bool
}

// summarize reads the job's counters (namespace "tanaqud"), summed over steps.
func summarize(res beam.PipelineResult) Summary {
	var s Summary
	if res == nil {
		return s
	}
	counters := res.Metrics().Query(func(r metrics.SingleResult) bool { return r.Namespace() == "tanaqud" }).Counters()
	for _, c := range counters {
		s.HaveMetrics = true
		switch c.Name() {
		case "articles_read":
			s.Read += c.Result()
		case "articles_rejected":
			s.Rejected += c.Result()
		case "articles_analyzed":
			s.Analyzed += c.Result()
		case "claims":
			s.Claims += c.Result()
		case "disagreements":
			s.Disagreements += c.Result()
		case "both_sides_unresolved":
			s.SidesUnresolved += c.Result()
		}
	}
	return s
}

// fromTables takes claims, disagreements and rejects from the written tables, which are
// authoritative; articles read and analyzed can only come from the counters. When the counters
// miss part of the run, read is completed from analyzed + rejected, so the accounting stays whole.
func (s *Summary) fromTables(c tableCounts) {
	s.Claims, s.Disagreements, s.Rejected = c.Claims, c.Disagreements, c.Rejects
	if s.HaveMetrics && s.Read < s.Analyzed+s.Rejected {
		s.Read = s.Analyzed + s.Rejected
	}
}

func (s Summary) String(out string) string {
	if !s.HaveMetrics {
		return fmt.Sprintf("tanaqud: %d input files; %d rejected; %d claims; %d disagreements (the runner reported no article counts); tables in %s",
			s.Files, s.Rejected, s.Claims, s.Disagreements, out)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "tanaqud: %d input files; %d articles read, %d rejected, %d analyzed; %d claims; %d disagreements\n",
		s.Files, s.Read, s.Rejected, s.Analyzed, s.Claims, s.Disagreements)
	if s.SidesUnresolved > 0 {
		fmt.Fprintf(&b, "%d withdrawals stated of both unnamed sides written nowhere: their event names no one pair of parties\n", s.SidesUnresolved)
	}
	fmt.Fprintf(&b, "tables: %s/{claims,contradictions,rejects,sentences}-*.parquet", out)
	return b.String()
}
