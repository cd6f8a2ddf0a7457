package articles

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
)

// Parse reads one input file of the given name (already decompressed) and hands every record to
// the sink. It returns an error only when the file cannot be read at all; bad records are
// rejects.
func Parse(name string, r io.Reader, limits Limits, sink Sink) error {
	switch FormatOf(name) {
	case FormatText:
		return parseText(name, r, limits, sink)
	case FormatJSONL:
		return parseJSONL(name, r, limits, sink)
	case FormatParquet:
		return parseParquet(name, r, limits, sink)
	}
	sink.reject(name, 0, "unsupported file type: want .txt, .jsonl, .jsonl.gz, .ndjson or .parquet")
	return nil
}

// parseText reads a one-article file. It reads at most one byte past the limit so that a huge
// file is rejected without being held in memory.
func parseText(name string, r io.Reader, limits Limits, sink Sink) error {
	max := limits.maxArticleBytes()
	data, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	if err != nil {
		return fmt.Errorf("reading %s: %w", name, err)
	}
	if len(data) > max {
		sink.reject(name, 0, fmt.Sprintf("article text is over the limit of %d bytes (raise --max_article_bytes)", max))
		return nil
	}
	text := strings.TrimPrefix(string(data), "\uFEFF")
	finish(schemas.Article{ID: IDFromPath(name), Text: text, Input: name}, limits, sink)
	return nil
}

// jsonArticle is one JSONL record. Unknown keys are ignored; id may be a string or a number.
type jsonArticle struct {
	ID          json.RawMessage `json:"id"`
	Source      string          `json:"source"`
	URL         string          `json:"url"`
	PublishedAt string          `json:"published_at"`
	Lang        string          `json:"lang"`
	Title       string          `json:"title"`
	Text        *string         `json:"text"`
}

// parseJSONL reads one article per line. Lines are read in pieces so that an oversized line is
// rejected after skipping it, never held whole.
func parseJSONL(name string, r io.Reader, limits Limits, sink Sink) error {
	br := bufio.NewReaderSize(r, 1<<16)
	// A JSON record may be larger than its text (escapes, metadata): allow some slack.
	maxLine := 2*limits.maxArticleBytes() + 64<<10
	var line []byte
	for n := 1; ; n++ {
		line = line[:0]
		oversized := false
		for {
			chunk, err := br.ReadSlice('\n')
			if !oversized {
				if len(line)+len(chunk) > maxLine {
					oversized, line = true, line[:0]
				} else {
					line = append(line, chunk...)
				}
			}
			if err == bufio.ErrBufferFull {
				continue
			}
			if err == io.EOF {
				if oversized || len(bytes.TrimSpace(line)) > 0 {
					parseJSONLine(name, n, line, oversized, maxLine, limits, sink)
				}
				return nil
			}
			if err != nil {
				return fmt.Errorf("reading %s line %d: %w", name, n, err)
			}
			break
		}
		parseJSONLine(name, n, line, oversized, maxLine, limits, sink)
	}
}

func parseJSONLine(name string, n int, line []byte, oversized bool, maxLine int, limits Limits, sink Sink) {
	if oversized {
		sink.reject(name, n, fmt.Sprintf("line is over %d bytes (raise --max_article_bytes)", maxLine))
		return
	}
	line = bytes.TrimSpace(line)
	if len(line) == 0 {
		return // blank lines separate nothing and carry nothing
	}
	var rec jsonArticle
	if !decodeFlatArticle(line, &rec) {
		rec = jsonArticle{}
		if why := decodeArticle(line, &rec); why != "" {
			sink.reject(name, n, why)
			return
		}
	}
	id, err := rawID(rec.ID)
	if err != nil {
		sink.reject(name, n, err.Error())
		return
	}
	if rec.Text == nil {
		sink.reject(name, n, `missing "text"`)
		return
	}
	finish(schemas.Article{
		ID: id, Source: rec.Source, URL: rec.URL, Published: rec.PublishedAt, Lang: rec.Lang,
		Title: rec.Title, Text: *rec.Text, Input: name, Line: n,
	}, limits, sink)
}

// decodeArticle decodes a record with encoding/json, for the lines decodeFlatArticle leaves to it;
// it returns why the line is rejected, or "".
func decodeArticle(line []byte, rec *jsonArticle) string {
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(rec); err != nil {
		return "malformed JSON: " + jsonError(err)
	}
	if dec.More() {
		return "malformed JSON: more than one value on the line"
	}
	return ""
}

func jsonError(err error) string {
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		return fmt.Sprintf("field %q must be a %s, not a JSON %s", typeErr.Field, typeErr.Type, typeErr.Value)
	}
	return err.Error()
}

// rawID accepts "id" as a string or a number; null or absent means "make one from the text".
func rawID(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var num json.Number
	if err := json.Unmarshal(raw, &num); err == nil {
		if _, err := strconv.ParseFloat(num.String(), 64); err == nil {
			return num.String(), nil
		}
	}
	return "", fmt.Errorf(`field "id" must be a string or a number, not %s`, raw)
}
