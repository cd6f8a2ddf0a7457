package parquetsink

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/parquet-go/parquet-go"

	"github.com/tanaqud/tanaqud/schemas"
)

// TestRoundColumnsReadBack writes claims of both rounds of talks and contradiction rows with and
// without rounds_differ the way the sink does and reads the columns back, by row type and as the
// column types notebooks see: round a dictionary-encoded string, rounds_differ a boolean.
func TestRoundColumnsReadBack(t *testing.T) {
	dir := t.TempDir()
	claims := []row{
		schemas.ClaimRow{ClaimID: "held", Topic: "talks.venue", Value: "cairo", Members: []string{}},
		schemas.ClaimRow{ClaimID: "planned", Topic: "talks.venue", Round: "planned", Value: "doha", Members: []string{}},
	}
	sides := []row{
		schemas.ContradictionRow{DisagreementID: "d", Topic: "talks.venue", Side: 0, Value: "cairo", RoundsDiffer: true,
			ArticleIDs: []string{}, ClaimIDs: []string{}, Speakers: []string{}, SpeakerLabels: []string{}},
		schemas.ContradictionRow{DisagreementID: "e", Topic: "talks.date", Side: 0, Value: "2026-06-01",
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
	var differ []string
	for _, r := range gotSides {
		differ = append(differ, fmt.Sprint(r.DisagreementID, ":", r.RoundsDiffer))
	}
	if diff := cmp.Diff([]string{"d:true", "e:false"}, differ); diff != "" {
		t.Errorf("contradictions rounds_differ column (-want +got):\n%s", diff)
	}
	claimSchema := parquet.SchemaOf(schemas.ClaimRow{})
	col, ok := claimSchema.Lookup("round")
	if !ok {
		t.Fatal("claims: no round column")
	}
	if enc := col.Node.Encoding(); enc == nil || enc.String() != "RLE_DICTIONARY" {
		t.Errorf("claims: round column encoding %v, want a dictionary", enc)
	}
	if lt := col.Node.Type().LogicalType(); lt == nil || lt.String() != "STRING" {
		t.Errorf("claims: round column logical type %v, want a string", lt)
	}
	sideSchema := parquet.SchemaOf(schemas.ContradictionRow{})
	if _, ok := sideSchema.Lookup("round"); ok {
		t.Error("contradictions: a round column; rounds do not split disagreements (rounds_differ says it)")
	}
	col, ok = sideSchema.Lookup("rounds_differ")
	if !ok {
		t.Fatal("contradictions: no rounds_differ column")
	}
	if kind := col.Node.Type().Kind(); kind != parquet.Boolean {
		t.Errorf("contradictions: rounds_differ column of kind %v, want boolean", kind)
	}
}
