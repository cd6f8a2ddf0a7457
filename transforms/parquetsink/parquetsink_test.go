package parquetsink

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/google/go-cmp/cmp"
	"github.com/parquet-go/parquet-go"

	"github.com/tanaqud/tanaqud/schemas"
)

func TestMain(m *testing.M) {
	ptest.Main(m)
}

func TestWriteShardsSortedAndComplete(t *testing.T) {
	dir := t.TempDir()
	var rows []schemas.RejectRow
	for i := 0; i < 50; i++ {
		rows = append(rows, schemas.RejectRow{Input: "in.jsonl", Line: int64(50 - i), Reason: "malformed JSON"})
	}
	p, s := beam.NewPipelineWithRoot()
	paths := Write(s, beam.CreateList(s, rows), Params{Dir: dir, Table: "rejects", Shards: 3})
	passert.Count(s, paths, "files", 3)
	// A table with no rows is still written, with its schema, so readers' globs never fail.
	empty := Write(s, beam.CreateList(s, []schemas.ContradictionRow{}), Params{Dir: dir, Table: "contradictions", Shards: 2})
	passert.Count(s, empty, "empty files", 2)
	ptest.RunAndValidate(t, p)

	var got []schemas.RejectRow
	for shard := 0; shard < 3; shard++ {
		part, err := parquet.ReadFile[schemas.RejectRow](ShardPath(dir, "rejects", shard, 3))
		if err != nil {
			t.Fatal(err)
		}
		for i := 1; i < len(part); i++ {
			if part[i-1].SortKey() > part[i].SortKey() {
				t.Errorf("shard %d not sorted at row %d", shard, i)
			}
		}
		got = append(got, part...)
	}
	if len(got) != len(rows) {
		t.Errorf("read back %d rows, wrote %d", len(got), len(rows))
	}
	for shard := 0; shard < 2; shard++ {
		part, err := parquet.ReadFile[schemas.ContradictionRow](ShardPath(dir, "contradictions", shard, 2))
		if err != nil || len(part) != 0 {
			t.Errorf("empty shard %d: %d rows, %v", shard, len(part), err)
		}
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, "*.tmp-*"))
	if len(leftovers) != 0 {
		t.Errorf("temporary files left behind: %v", leftovers)
	}
}

func TestEncodeTypesForNotebooks(t *testing.T) {
	known := schemas.ClaimRow{ClaimID: "c1", PublishedAt: 1483048800000000, Members: []string{"russia", "turkey"}}
	unknown := schemas.ClaimRow{ClaimID: "c2"}
	path := filepath.Join(t.TempDir(), "claims.parquet")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := encode(f, "claims", []row{known, unknown}); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	got, err := parquet.ReadFile[schemas.ClaimRow](path)
	if err != nil {
		t.Fatal(err)
	}
	unknown.Members = []string{}
	if diff := cmp.Diff([]schemas.ClaimRow{known, unknown}, got, cmp.Transformer("nilToEmpty", func(s []string) []string {
		if s == nil {
			return []string{}
		}
		return s
	})); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	schema := parquet.SchemaOf(schemas.ClaimRow{})
	col, ok := schema.Lookup("published_at")
	if !ok || !col.Node.Optional() {
		t.Fatalf("published_at missing or not optional")
	}
	if lt := col.Node.Type().LogicalType(); lt == nil || !strings.Contains(lt.String(), "isAdjustedToUTC=true") || !strings.Contains(lt.String(), "MICROS") {
		t.Errorf("published_at logical type = %v, want a UTC microsecond timestamp", lt)
	}
}

// encode writes rows of a table into a Parquet file on w the way the sink does: through the
// row coder and the table's writer.
func encode(w io.Writer, table string, rows []row) error {
	tw, err := newTableWriter(w, table)
	if err != nil {
		return err
	}
	codec, want := codecOf(table), reflect.TypeOf(schemas.Tables[table])
	for _, r := range rows {
		if got := reflect.TypeOf(r); got != want {
			return fmt.Errorf("row of type %v in a table of %v", got, want)
		}
		if err := tw.writeBlob(codec.encode(reflect.ValueOf(r))); err != nil {
			return err
		}
	}
	return tw.Close()
}
