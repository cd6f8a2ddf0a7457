package parquetsink

import (
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tanaqud/tanaqud/schemas"
)

func TestRowCodecRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name string
		row  any
		enc  func(any) []byte
		dec  func([]byte) (any, error)
	}{
		{"claim", schemas.ClaimRow{ClaimID: "c1", ArticleID: "a", PublishedAt: 1483048800000000, Start: -3, End: 1 << 40,
			Sentence: "وقف إطلاق النار", Members: []string{"russia", "turkey", ""}, Hedged: true, Confidence: 0.75},
			func(r any) []byte { return encodeClaimRow(r.(schemas.ClaimRow)) },
			func(b []byte) (any, error) { return decodeClaimRow(b) }},
		{"claim with empty list", schemas.ClaimRow{ClaimID: "c2", Round: "planned", Members: []string{}},
			func(r any) []byte { return encodeClaimRow(r.(schemas.ClaimRow)) },
			func(b []byte) (any, error) { return decodeClaimRow(b) }},
		{"contradiction", schemas.ContradictionRow{DisagreementID: "d", Side: 1, RoundsDiffer: true, ArticleIDs: []string{"a", "b"}, ClaimIDs: []string{},
			Speakers: []string{"x"}, SpeakerLabels: []string{"X"}, Score: 0.5},
			func(r any) []byte { return encodeContradictionRow(r.(schemas.ContradictionRow)) },
			func(b []byte) (any, error) { return decodeContradictionRow(b) }},
		{"sentence", schemas.SentenceRow{ArticleID: "a", SentenceIndex: 7, Start: 10, End: 20, Text: "text"},
			func(r any) []byte { return encodeSentenceRow(r.(schemas.SentenceRow)) },
			func(b []byte) (any, error) { return decodeSentenceRow(b) }},
		{"reject", schemas.RejectRow{Input: "in.jsonl", Line: 3, Reason: "malformed JSON"},
			func(r any) []byte { return encodeRejectRow(r.(schemas.RejectRow)) },
			func(b []byte) (any, error) { return decodeRejectRow(b) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := tc.enc(tc.row)
			got, err := tc.dec(b)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.row, got); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
			if _, err := tc.dec(b[:len(b)-1]); err == nil {
				t.Errorf("a truncated encoding decoded without error")
			}
		})
	}
}

func TestRowCodecCoversEveryTable(t *testing.T) {
	for table, model := range schemas.Tables {
		if got := codecOf(table).typ; got != reflect.TypeOf(model) {
			t.Errorf("codec of %s encodes %v, want %v", table, got, reflect.TypeOf(model))
		}
	}
}
