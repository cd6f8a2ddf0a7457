package articles

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/parquet-go/parquet-go"

	"github.com/tanaqud/tanaqud/schemas"
)

// articleColumns are the input columns read from Parquet; other columns are ignored.
var articleColumns = []string{"id", "source", "url", "published_at", "lang", "title", "text"}

// parseParquet reads one article per row. The columns are found by name and may be optional;
// published_at may be a string or a timestamp column.
func parseParquet(name string, r io.Reader, limits Limits, sink Sink) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("reading %s: %w", name, err)
	}
	f, err := parquet.OpenFile(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		sink.reject(name, 0, "not a readable Parquet file: "+err.Error())
		return nil
	}
	cols := map[string]parquet.LeafColumn{}
	for _, c := range articleColumns {
		if leaf, ok := f.Schema().Lookup(c); ok {
			cols[c] = leaf
		}
	}
	if _, ok := cols["text"]; !ok {
		sink.reject(name, 0, `Parquet file has no "text" column`)
		return nil
	}
	row := 0
	buf := make([]parquet.Row, 64)
	for _, rg := range f.RowGroups() {
		rows := rg.Rows()
		for {
			n, err := rows.ReadRows(buf)
			for _, values := range buf[:n] {
				row++
				a, why := articleFromRow(values, cols)
				if why != "" {
					sink.reject(name, row, why)
					continue
				}
				a.Input, a.Line = name, row
				finish(a, limits, sink)
			}
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				rows.Close()
				return fmt.Errorf("reading %s row %d: %w", name, row, err)
			}
		}
		if err := rows.Close(); err != nil {
			return fmt.Errorf("closing rows of %s: %w", name, err)
		}
	}
	return nil
}

// articleFromRow decodes the known columns of one flat row.
func articleFromRow(values parquet.Row, cols map[string]parquet.LeafColumn) (schemas.Article, string) {
	byColumn := map[int]parquet.Value{}
	for _, v := range values {
		byColumn[v.Column()] = v
	}
	get := func(name string) (parquet.Value, bool) {
		leaf, ok := cols[name]
		if !ok {
			return parquet.Value{}, false
		}
		v, ok := byColumn[leaf.ColumnIndex]
		if !ok || v.IsNull() {
			return parquet.Value{}, false
		}
		return v, true
	}
	str := func(name string) string {
		if v, ok := get(name); ok && v.Kind() == parquet.ByteArray {
			return string(v.ByteArray())
		}
		if v, ok := get(name); ok {
			return v.String()
		}
		return ""
	}
	text, ok := get("text")
	if !ok {
		return schemas.Article{}, `missing "text"`
	}
	if text.Kind() != parquet.ByteArray {
		return schemas.Article{}, fmt.Sprintf(`column "text" must be a string, not %s`, text.Kind())
	}
	published, why := publishedFromColumn(get, cols)
	if why != "" {
		return schemas.Article{}, why
	}
	return schemas.Article{
		ID: str("id"), Source: str("source"), URL: str("url"), Published: published,
		Lang: str("lang"), Title: str("title"), Text: string(text.ByteArray()),
	}, ""
}

// publishedFromColumn reads published_at from a string column or an int64 timestamp column.
func publishedFromColumn(get func(string) (parquet.Value, bool), cols map[string]parquet.LeafColumn) (string, string) {
	v, ok := get("published_at")
	if !ok {
		return "", ""
	}
	switch v.Kind() {
	case parquet.ByteArray:
		return string(v.ByteArray()), ""
	case parquet.Int64:
		logical := ""
		if lt := cols["published_at"].Node.Type().LogicalType(); lt != nil {
			logical = lt.String()
		}
		switch {
		case strings.Contains(logical, "MILLIS"):
			return time.UnixMilli(v.Int64()).UTC().Format(time.RFC3339), ""
		case strings.Contains(logical, "MICROS"):
			return time.UnixMicro(v.Int64()).UTC().Format(time.RFC3339), ""
		case strings.Contains(logical, "NANOS"):
			return time.Unix(0, v.Int64()).UTC().Format(time.RFC3339), ""
		}
	case parquet.Int32:
		if lt := cols["published_at"].Node.Type().LogicalType(); lt != nil && strings.HasPrefix(lt.String(), "DATE") {
			return time.Unix(int64(v.Int32())*86400, 0).UTC().Format("2006-01-02"), ""
		}
	}
	return "", fmt.Sprintf(`column "published_at" must be a string, timestamp or date, not %s`, v.Kind())
}
