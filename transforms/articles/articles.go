// Package articles turns input files (plain text, JSON Lines, Parquet) into validated articles and
// reject rows. It has no Beam imports: transforms/ingest wraps it. Every record of every file
// ends up as exactly one article or one reject, so inputs are always accounted for.
package articles

import (
	"path"
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
)

// DefaultMaxArticleBytes is the default size limit of one article's text. Longer texts are almost
// always concatenated pages or dumps, and one of them would hold a worker for minutes.
const DefaultMaxArticleBytes = 1 << 20

// Limits bound what one record may be.
type Limits struct {
	MaxArticleBytes int // text longer than this is rejected; <= 0 means DefaultMaxArticleBytes
}

func (l Limits) maxArticleBytes() int {
	if l.MaxArticleBytes <= 0 {
		return DefaultMaxArticleBytes
	}
	return l.MaxArticleBytes
}

// Sink receives what parsing a file yields, in file order.
type Sink struct {
	Article func(schemas.Article)
	Reject  func(schemas.RejectRow)
}

func (s Sink) reject(input string, line int, reason string) {
	s.Reject(schemas.RejectRow{Input: input, Line: int64(line), Reason: reason})
}

// Format is how a file's records are laid out, decided by its name.
type Format int

const (
	FormatUnknown Format = iota
	FormatText           // *.txt: one article per file
	FormatJSONL          // *.jsonl, *.ndjson (optionally .gz): one article per line
	FormatParquet        // *.parquet: one article per row
)

// FormatOf returns the format of a file from its name; compression suffixes (.gz) are looked
// through because the file reader decompresses them.
func FormatOf(name string) Format {
	base := strings.ToLower(path.Base(name))
	base = strings.TrimSuffix(base, ".gz")
	switch {
	case strings.HasSuffix(base, ".txt"):
		return FormatText
	case strings.HasSuffix(base, ".jsonl"), strings.HasSuffix(base, ".ndjson"):
		return FormatJSONL
	case strings.HasSuffix(base, ".parquet"):
		return FormatParquet
	}
	return FormatUnknown
}

// IDFromPath is the article id of a one-article file: its name without directory and extensions.
func IDFromPath(name string) string {
	base := path.Base(strings.ReplaceAll(name, "\\", "/"))
	base = strings.TrimSuffix(base, ".gz")
	if i := strings.LastIndexByte(base, '.'); i > 0 {
		base = base[:i]
	}
	return base
}
