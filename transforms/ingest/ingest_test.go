package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/parquet-go/parquet-go"

	"github.com/tanaqud/tanaqud/schemas"
)

func TestMain(m *testing.M) {
	ptest.Main(m)
}

func init() {
	register.Function1x1(articleID)
	register.Function1x1(rejectKey)
}

func articleID(a schemas.Article) string { return a.ID }

func rejectKey(r schemas.RejectRow) string {
	return filepath.Base(r.Input) + ":" + strings.SplitN(r.Reason, ":", 2)[0]
}

type parquetArticle struct {
	ID   string `parquet:"id"`
	Lang string `parquet:"lang"`
	Text string `parquet:"text"`
}

func writeInputs(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", []byte("Russia and Turkey agreed a ceasefire."))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("{\"id\":\"j1\",\"text\":\"one\"}\n{\"id\":\"j2\",\"text\":\"two\"}\n{broken\n"))
	zw.Close()
	write("b.jsonl.gz", gz.Bytes())
	var pq bytes.Buffer
	if err := parquet.Write(&pq, []parquetArticle{{ID: "p1", Lang: "ar", Text: "نص"}}); err != nil {
		t.Fatal(err)
	}
	write("c.parquet", pq.Bytes())
	write("d.txt", []byte{0xff, 0xfe, 0x00})
	return dir
}

func TestRead(t *testing.T) {
	dir := writeInputs(t)
	p, s := beam.NewPipelineWithRoot()
	// The second glob overlaps the first: each file must still be read once.
	arts, rejects := Read(s, Params{Globs: []string{filepath.Join(dir, "*"), filepath.Join(dir, "*.txt")}})
	passert.Equals(s, beam.ParDo(s, articleID, arts), "a", "j1", "j2", "p1")
	passert.Equals(s, beam.ParDo(s, rejectKey, rejects), "b.jsonl.gz:malformed JSON", "d.txt:invalid UTF-8 at byte 0 (legacy encoding such as Windows-1256? convert to UTF-8)")
	ptest.RunAndValidate(t, p)
}

func TestCheckInputs(t *testing.T) {
	dir := writeInputs(t)
	files, err := CheckInputs(context.Background(), []string{filepath.Join(dir, "*.txt"), filepath.Join(dir, "a.txt")})
	if err != nil || len(files) != 2 {
		t.Errorf("CheckInputs = %v, %v; want the two .txt files once each", files, err)
	}
	_, err = CheckInputs(context.Background(), []string{filepath.Join(dir, "*.txt"), filepath.Join(dir, "nothing-*.jsonl")})
	if err == nil || !strings.Contains(err.Error(), "matches no files") {
		t.Errorf("CheckInputs on an empty glob = %v, want a 'matches no files' error", err)
	}
	if _, err := CheckInputs(context.Background(), nil); err == nil {
		t.Error("CheckInputs(nil) did not fail")
	}
}
