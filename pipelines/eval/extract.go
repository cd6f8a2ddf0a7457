package main

import (
	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/claims"
)

// newAnalyzer wraps the claims extractor the pipeline uses, built once over the embedded data.
func newAnalyzer() (analyzer, error) {
	x, err := claims.Default()
	if err != nil {
		return nil, err
	}
	return func(a schemas.Article) ([]claims.Claim, error) {
		return x.Analyze(a).Claims, nil
	}, nil
}
