// Package schemas holds the types that cross stage boundaries (articles, rejects, output rows) and
// the published data that drives extraction: the topic schema, the gazetteer and the lexicons.
package schemas

// Article is one input article as the pipeline carries it between steps. It has only plain fields
// so that Beam's schema coder encodes it on every runner.
type Article struct {
	ID        string
	Source    string
	URL       string
	Published string // RFC 3339 in UTC; "" when unknown
	Lang      string // "ar", "en" or "" when unknown
	Title     string
	Text      string
	Input     string // path the article was read from
	Line      int    // 1-based line for JSONL, row for Parquet, 0 for .txt
}
