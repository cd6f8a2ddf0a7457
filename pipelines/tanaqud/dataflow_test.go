package main

import (
	"context"
	"flag"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
)

// TestDataflowDryRun marshals the whole job for Dataflow offline: every DoFn, coder and
// registration must survive the translation the service would get.
func TestDataflowDryRun(t *testing.T) {
	set := map[string]string{
		"dry_run":          "true",
		"project":          "tanaqud-dry-run",
		"region":           "europe-west1",
		"staging_location": "gs://tanaqud-dry-run/staging",
	}
	for name, value := range set {
		f := flag.Lookup(name)
		if f == nil {
			t.Fatalf("flag --%s is not registered: is the dataflow runner linked in?", name)
		}
		old := f.Value.String()
		if err := flag.Set(name, value); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { flag.Set(name, old) })
	}
	p, s := beam.NewPipelineWithRoot()
	Pipeline(s, Config{Inputs: []string{"../../testdata/articles/*.txt"}, Output: "gs://tanaqud-dry-run/out", Shards: 2, Sentences: true})
	if _, err := beam.Run(context.Background(), "dataflow", p); err != nil {
		t.Fatalf("dataflow dry run: %v", err)
	}
}
