package main

import (
	"bytes"
	"context"
	"fmt"
	"io"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/parquet-go/parquet-go"

	"github.com/tanaqud/tanaqud/schemas"
)

// tableCounts are what the written tables hold: the numbers a user will find in them.
type tableCounts struct {
	Claims, Disagreements, Rejects int64
}

// countTables reads the tables back after the run. Counters are not enough for the summary:
// prism has been seen to report fewer disagreements than the job wrote (67 of 116 once in a
// 10k-article run), while the files are what the user will load.
func countTables(ctx context.Context, dir string) (tableCounts, error) {
	var c tableCounts
	var err error
	if c.Claims, err = countRows(ctx, dir, "claims"); err != nil {
		return c, err
	}
	if c.Rejects, err = countRows(ctx, dir, "rejects"); err != nil {
		return c, err
	}
	ids := map[string]bool{}
	err = eachFile(ctx, dir, "contradictions", func(f *parquet.File, data []byte) error {
		rows, err := parquet.Read[schemas.ContradictionRow](bytes.NewReader(data), int64(len(data)))
		for _, r := range rows {
			ids[r.DisagreementID] = true
		}
		return err
	})
	c.Disagreements = int64(len(ids))
	return c, err
}

// countRows sums the row counts in the footers of one table's files.
func countRows(ctx context.Context, dir, table string) (int64, error) {
	var n int64
	err := eachFile(ctx, dir, table, func(f *parquet.File, _ []byte) error {
		n += f.NumRows()
		return nil
	})
	return n, err
}

// eachFile opens every shard of one table through Beam's filesystem.
func eachFile(ctx context.Context, dir, table string, fn func(*parquet.File, []byte) error) error {
	fs, err := filesystem.New(ctx, dir)
	if err != nil {
		return err
	}
	defer fs.Close()
	files, err := fs.List(ctx, dir+"/"+table+"-*.parquet")
	if err != nil {
		return err
	}
	for _, path := range files {
		rc, err := fs.OpenRead(ctx, path)
		if err != nil {
			return err
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return fmt.Errorf("reading %s: %w", path, err)
		}
		f, err := parquet.OpenFile(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return fmt.Errorf("reading %s: %w", path, err)
		}
		if err := fn(f, data); err != nil {
			return fmt.Errorf("reading %s: %w", path, err)
		}
	}
	return nil
}
