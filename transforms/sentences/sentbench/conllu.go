// Package sentbench rebuilds documents with gold sentence boundaries from Universal
// Dependencies CoNLL-U files and scores a sentence splitter against them the way the CoNLL
// shared tasks do: a predicted sentence counts when its span of non-space characters equals a
// gold one.
package sentbench

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Span is a half-open byte span of a document.
type Span struct{ Start, End int }

// Document is a rebuilt text and the byte spans of its gold sentences.
type Document struct {
	ID   string
	Text string
	Gold []Span
}

// Grouping says how sentences of a CoNLL-U file form documents.
type Grouping int

const (
	// BySentIDPrefix groups sentences by the first six characters of sent_id (UD Arabic-PUD:
	// n01001011 → n01001) and joins them with one space.
	BySentIDPrefix Grouping = iota
	// ByNewdoc groups sentences by "# newdoc id" and joins them with a space inside a paragraph
	// ("# newpar id") and a newline between paragraphs (UD English-EWT).
	ByNewdoc
)

// ReadCoNLLU reads the "# sent_id", "# newdoc id", "# newpar id" and "# text" comments of a
// CoNLL-U file and rebuilds its documents in file order.
func ReadCoNLLU(r io.Reader, g Grouping) ([]Document, error) {
	var (
		docs    []Document
		b       strings.Builder
		cur     *Document
		sentID  string
		newDoc  bool
		newPar  bool
		prefix  string
		lineNum int
	)
	flush := func() {
		if cur != nil {
			cur.Text = b.String()
			docs = append(docs, *cur)
		}
		cur = nil
		b.Reset()
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		lineNum++
		line := sc.Text()
		if !strings.HasPrefix(line, "#") {
			continue
		}
		key, value, ok := strings.Cut(strings.TrimPrefix(line, "#"), "=")
		if !ok {
			continue
		}
		key = strings.TrimSpace(key)
		switch key {
		case "newdoc id", "newdoc":
			newDoc = true
		case "newpar id", "newpar":
			newPar = true
		case "sent_id":
			sentID = strings.TrimSpace(value)
		case "text":
			text := strings.TrimPrefix(value, " ")
			text = strings.TrimRight(text, " \t\r")
			if text == "" {
				return nil, fmt.Errorf("line %d: empty # text", lineNum)
			}
			sep := " "
			switch g {
			case BySentIDPrefix:
				p := sentID
				if len(p) > 6 {
					p = p[:6]
				}
				if cur == nil || p != prefix {
					flush()
					prefix = p
					cur = &Document{ID: p}
				}
			case ByNewdoc:
				if cur == nil || newDoc {
					flush()
					cur = &Document{ID: sentID}
				} else if newPar {
					sep = "\n"
				}
			}
			if b.Len() > 0 {
				b.WriteString(sep)
			}
			start := b.Len()
			b.WriteString(text)
			cur.Gold = append(cur.Gold, Span{start, b.Len()})
			newDoc, newPar, sentID = false, false, ""
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flush()
	return docs, nil
}
