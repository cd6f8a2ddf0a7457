package main

import (
	"fmt"
	"io/fs"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/claims"
)

// newAnalyzer wraps the claims extractor the pipeline uses, built once over the embedded data.
// Its withdrawals stated of both unnamed sides (claims.BothSides) are resolved from their
// event's parties (resolveSides), as the job resolves them.
func newAnalyzer() (analyzer, error) {
	x, err := claims.Default()
	if err != nil {
		return nil, err
	}
	return analyzerOf(x), nil
}

// newAnalyzerWithoutGazetteer is the extractor over the embedded data less one set's gazetteer
// file (schemas/gazetteer/<set>.json): what a war nobody has written a file for gets. Entities
// other files define (countries, the UN, a neighbouring war's actors) stay.
func newAnalyzerWithoutGazetteer(set string) (analyzer, error) {
	if _, err := fs.Stat(schemas.EmbeddedFS(), ownGazetteer(set)); err != nil {
		return nil, fmt.Errorf("set %s has no gazetteer file of its own: %w", set, err)
	}
	d, err := schemas.LoadFS(schemas.HidingFS{FS: schemas.EmbeddedFS(), Hidden: []string{ownGazetteer(set)}})
	if err != nil {
		return nil, fmt.Errorf("data without %s: %w", ownGazetteer(set), err)
	}
	x, err := claims.New(d)
	if err != nil {
		return nil, err
	}
	return analyzerOf(x), nil
}

// ownGazetteer is the gazetteer file written for a set's war: named after the set, except the
// seed articles', which is the Syrian war's file every Syrian set after them built on.
func ownGazetteer(set string) string {
	if set == "seeds" {
		return schemas.WarFile("syria")
	}
	return schemas.WarFile(set)
}

func analyzerOf(x *claims.Extractor) analyzer {
	return func(a schemas.Article) ([]claims.Claim, error) {
		return x.Analyze(a).Claims, nil
	}
}
