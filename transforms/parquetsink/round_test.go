package parquetsink

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/parquet-go/parquet-go"

	"github.com/tanaqud/tanaqud/schemas"
)

// TestRoundColumnReadsBack writes claims and contradiction rows of both rounds of talks the way
// the sink does and reads the round column back, by row type and as a dictionary-encoded
// string column that notebooks see.
func TestRoundColumnReadsBack(t *testing.T) {
	dir := t.TempDir()
	claims := []row{
		schemas.ClaimRow{ClaimID: "held", Topic: "talks.venue", Value: "cairo", Members: []string{}},
		schemas.ClaimRow{ClaimID: "planned", Topic: "talks.venue", Round: "planned", Value: "doha", Members: []string{}},
	}
	sides := []row{
		schemas.ContradictionRow{DisagreementID: "d", Topic: "talks.venue", Round: "planned", Side: 0, Value: "doha",
			ArticleIDs: []string{}, ClaimIDs: []string{}, Speakers: []string{}, SpeakerLabels: []string{}},
	}
	write := func(table string, rows []row) string {
		path := filepath.Join(dir, table+".parquet")
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := encode(f, table, rows); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		return path
	}
	gotClaims, err := parquet.ReadFile[schemas.ClaimRow](write("claims", claims))
	if err != nil {
		t.Fatal(err)
	}
	var rounds []string
	for _, r := range gotClaims {
		rounds = append(rounds, r.ClaimID+":"+r.Round)
	}
	if diff := cmp.Diff([]string{"held:", "planned:planned"}, rounds); diff != "" {
		t.Errorf("claims round column (-want +got):\n%s", diff)
	}
	gotSides, err := parquet.ReadFile[schemas.ContradictionRow](write("contradictions", sides))
	if err != nil {
		t.Fatal(err)
	}
	if len(gotSides) != 1 || gotSides[0].Round != "planned" {
		t.Errorf("contradictions round column: %+v", gotSides)
	}
	for _, s := range []*parquet.Schema{parquet.SchemaOf(schemas.ClaimRow{}), parquet.SchemaOf(schemas.ContradictionRow{})} {
		col, ok := s.Lookup("round")
		if !ok {
			t.Fatalf("%s: no round column", s.Name())
		}
		if enc := col.Node.Encoding(); enc == nil || enc.String() != "RLE_DICTIONARY" {
			t.Errorf("%s: round column encoding %v, want a dictionary", s.Name(), enc)
		}
		if lt := col.Node.Type().LogicalType(); lt == nil || lt.String() != "STRING" {
			t.Errorf("%s: round column logical type %v, want a string", s.Name(), lt)
		}
	}
}
