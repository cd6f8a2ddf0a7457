// Package ingest reads articles from globs of files (local or any Beam filesystem) into a
// PCollection of schemas.Article, and everything that could not be read into reject rows.
package ingest

import (
	"context"
	"fmt"
	"reflect"
	"sort"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	// File systems inputs may name.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/articles"
)

func init() {
	beam.RegisterType(reflect.TypeOf(schemas.Article{}))
	beam.RegisterType(reflect.TypeOf(schemas.RejectRow{}))
	register.DoFn3x1[context.Context, []string, func(string), error](&listFilesFn{})
	register.Emitter1[string]()
	register.DoFn4x0[context.Context, string, func(schemas.Article), func(schemas.RejectRow)](&parseFileFn{})
	register.Emitter1[schemas.Article]()
	register.Emitter1[schemas.RejectRow]()
}

// Params configures reading.
type Params struct {
	Globs           []string // one or more globs, e.g. testdata/articles/*.txt, gs://bucket/2016/*.jsonl.gz
	MaxArticleBytes int      // texts over this are rejected; 0 means articles.DefaultMaxArticleBytes
}

// CheckInputs lists every glob before the job starts and fails with a clear message when one
// matches nothing, instead of letting a job run on no input.
func CheckInputs(ctx context.Context, globs []string) ([]string, error) {
	if len(globs) == 0 {
		return nil, fmt.Errorf("no --input given")
	}
	seen := map[string]bool{}
	var files []string
	for _, glob := range globs {
		fs, err := filesystem.New(ctx, glob)
		if err != nil {
			return nil, fmt.Errorf("--input %q: %w", glob, err)
		}
		matched, err := fs.List(ctx, glob)
		fs.Close()
		if err != nil {
			return nil, fmt.Errorf("--input %q: listing: %w", glob, err)
		}
		if len(matched) == 0 {
			return nil, fmt.Errorf("--input %q matches no files", glob)
		}
		for _, f := range matched {
			if !seen[f] {
				seen[f] = true
				files = append(files, f)
			}
		}
	}
	sort.Strings(files)
	return files, nil
}

// Read matches the globs, reads each file once (a file matched by two globs is read once) and
// returns (articles, rejects).
//
// The globs are listed and deduplicated in one step (one element: the list of globs), and a
// Reshuffle spreads the files over workers; no GroupByKey is needed, and timestamps are kept.
func Read(s beam.Scope, p Params) (beam.PCollection, beam.PCollection) {
	s = s.Scope("ingest.Read")
	for _, g := range p.Globs {
		filesystem.ValidateScheme(g)
	}
	paths := beam.ParDo(s, &listFilesFn{}, beam.Create(s, p.Globs))
	return beam.ParDo2(s, &parseFileFn{MaxArticleBytes: p.MaxArticleBytes}, beam.Reshuffle(s, paths))
}

// listFilesFn expands all globs of one run, in sorted order and without duplicates.
type listFilesFn struct{}

func (fn *listFilesFn) ProcessElement(ctx context.Context, globs []string, emit func(string)) error {
	files, err := CheckInputs(ctx, globs)
	if err != nil {
		return err
	}
	for _, f := range files {
		emit(f)
	}
	return nil
}

// parseFileFn reads one file and emits its articles and rejects. A file that cannot be opened
// is a reject too: one unreadable file must not fail a day's job.
type parseFileFn struct {
	MaxArticleBytes int

	read, rejected beam.Counter
}

func (fn *parseFileFn) Setup() {
	fn.read = beam.NewCounter("tanaqud", "articles_read")
	fn.rejected = beam.NewCounter("tanaqud", "articles_rejected")
}

func (fn *parseFileFn) ProcessElement(ctx context.Context, path string, emit func(schemas.Article), reject func(schemas.RejectRow)) {
	sink := articles.Sink{
		Article: func(a schemas.Article) {
			fn.read.Inc(ctx, 1)
			emit(a)
		},
		Reject: func(r schemas.RejectRow) {
			fn.read.Inc(ctx, 1)
			fn.rejected.Inc(ctx, 1)
			reject(r)
		},
	}
	rc, err := fileio.ReadableFile{Metadata: fileio.FileMetadata{Path: path}}.Open(ctx)
	if err != nil {
		sink.Reject(schemas.RejectRow{Input: path, Reason: "cannot open: " + err.Error()})
		return
	}
	defer rc.Close()
	if err := articles.Parse(path, rc, articles.Limits{MaxArticleBytes: fn.MaxArticleBytes}, sink); err != nil {
		sink.Reject(schemas.RejectRow{Input: path, Reason: "read failed part-way; records before it were kept: " + err.Error()})
	}
}
