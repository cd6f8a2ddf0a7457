package articles

import (
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// decodeFlatArticle decodes the common shape of a JSONL record — one flat object whose known
// keys hold strings (id may also be a plain number) — without reflection or the decoder's copy of
// the line. Parsing was a serial step ahead of the analysis pool, at about 45 MB/s with
// encoding/json. It reports false, leaving rec unspecified, for anything outside that shape
// (escaped or non-ASCII keys, keys equal to a known one but for case, null or non-string
// values, surrogate escapes, invalid UTF-8, trailing data), and the caller then decodes with
// encoding/json, which settles the result and the error message. When it reports true, rec is
// what encoding/json gives for the line (FuzzDecodeFlatArticle checks this).
func decodeFlatArticle(line []byte, rec *jsonArticle) bool {
	d := flatDecoder{buf: line}
	d.skipSpace()
	if !d.consume('{') {
		return false
	}
	d.skipSpace()
	if d.consume('}') {
		return d.atEnd()
	}
	for {
		d.skipSpace()
		key, ok := d.plainKey()
		if !ok {
			return false
		}
		d.skipSpace()
		if !d.consume(':') {
			return false
		}
		d.skipSpace()
		if !d.field(key, rec) {
			return false
		}
		d.skipSpace()
		if d.consume(',') {
			continue
		}
		if d.consume('}') {
			return d.atEnd()
		}
		return false
	}
}

// flatArticleKeys are the JSON names of jsonArticle's fields.
var flatArticleKeys = [...]string{"id", "source", "url", "published_at", "lang", "title", "text"}

type flatDecoder struct {
	buf []byte
	pos int
}

func (d *flatDecoder) skipSpace() {
	for d.pos < len(d.buf) {
		switch d.buf[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

func (d *flatDecoder) consume(c byte) bool {
	if d.pos < len(d.buf) && d.buf[d.pos] == c {
		d.pos++
		return true
	}
	return false
}

func (d *flatDecoder) atEnd() bool {
	d.skipSpace()
	return d.pos == len(d.buf)
}

// plainKey reads a key of printable ASCII with no escapes: encoding/json folds the case of keys
// (with Unicode special cases), so anything else is left to it.
func (d *flatDecoder) plainKey() (string, bool) {
	if !d.consume('"') {
		return "", false
	}
	start := d.pos
	for d.pos < len(d.buf) {
		c := d.buf[d.pos]
		switch {
		case c == '"':
			key := string(d.buf[start:d.pos])
			d.pos++
			return key, true
		case c == '\\' || c < 0x20 || c >= 0x80:
			return "", false
		}
		d.pos++
	}
	return "", false
}

// field decodes the value of one key into rec, or skips it when the key is unknown.
func (d *flatDecoder) field(key string, rec *jsonArticle) bool {
	switch key {
	case "id":
		return d.id(rec)
	case "source":
		return d.stringInto(&rec.Source)
	case "url":
		return d.stringInto(&rec.URL)
	case "published_at":
		return d.stringInto(&rec.PublishedAt)
	case "lang":
		return d.stringInto(&rec.Lang)
	case "title":
		return d.stringInto(&rec.Title)
	case "text":
		var s string
		if !d.stringInto(&s) {
			return false
		}
		rec.Text = &s
		return true
	}
	for _, known := range flatArticleKeys {
		if strings.EqualFold(key, known) {
			return false
		}
	}
	return d.skipValue()
}

func (d *flatDecoder) stringInto(dst *string) bool {
	s, ok := d.stringValue()
	if ok {
		*dst = s
	}
	return ok
}

// id keeps the raw text of a string or number, as json.RawMessage does.
func (d *flatDecoder) id(rec *jsonArticle) bool {
	start := d.pos
	if d.pos < len(d.buf) && d.buf[d.pos] == '"' {
		if _, ok := d.stringValue(); !ok {
			return false
		}
	} else if !d.number() {
		return false
	}
	rec.ID = append(json.RawMessage(nil), d.buf[start:d.pos]...)
	return true
}

// stringValue reads a JSON string. Escapes other than surrogates are decoded; control bytes,
// invalid UTF-8 and surrogate escapes (which encoding/json repairs in its own way) report false.
func (d *flatDecoder) stringValue() (string, bool) {
	if !d.consume('"') {
		return "", false
	}
	start := d.pos
	d.plainRun()
	if d.pos < len(d.buf) && d.buf[d.pos] == '"' {
		raw := d.buf[start:d.pos]
		d.pos++
		if !utf8.Valid(raw) {
			return "", false
		}
		return string(raw), true
	}
	if d.pos < len(d.buf) && d.buf[d.pos] == '\\' {
		return d.escapedString(start)
	}
	return "", false // a control byte or the end of the line
}

// jsonStringStop marks the bytes that end a run of plain string content.
var jsonStringStop = func() (stop [256]bool) {
	for c := 0; c < 0x20; c++ {
		stop[c] = true
	}
	stop['"'], stop['\\'] = true, true
	return stop
}()

// plainRun moves past bytes that stand for themselves inside a string.
func (d *flatDecoder) plainRun() {
	buf, i := d.buf, d.pos
	for i < len(buf) && !jsonStringStop[buf[i]] {
		i++
	}
	d.pos = i
}

// escapedString finishes a string that holds an escape, from its first byte at start.
func (d *flatDecoder) escapedString(start int) (string, bool) {
	out := make([]byte, 0, d.pos-start+64)
	out = append(out, d.buf[start:d.pos]...)
	for d.pos < len(d.buf) {
		run := d.pos
		d.plainRun()
		out = append(out, d.buf[run:d.pos]...)
		if d.pos >= len(d.buf) {
			break
		}
		switch c := d.buf[d.pos]; {
		case c == '"':
			d.pos++
			if !utf8.Valid(out) {
				return "", false
			}
			return string(out), true
		case c < 0x20 || d.pos+1 >= len(d.buf):
			return "", false
		}
		esc := d.buf[d.pos+1]
		d.pos += 2
		switch esc {
		case '"', '\\', '/':
			out = append(out, esc)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, ok := d.hex4()
			if !ok || utf8.RuneLen(r) < 0 { // surrogates: left to encoding/json
				return "", false
			}
			out = utf8.AppendRune(out, r)
		default:
			return "", false
		}
	}
	return "", false
}

func (d *flatDecoder) hex4() (rune, bool) {
	if d.pos+4 > len(d.buf) {
		return 0, false
	}
	var r rune
	for _, c := range d.buf[d.pos : d.pos+4] {
		switch {
		case '0' <= c && c <= '9':
			r = r<<4 | rune(c-'0')
		case 'a' <= c && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case 'A' <= c && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	d.pos += 4
	return r, true
}

// number reads a JSON number by the grammar's rules.
func (d *flatDecoder) number() bool {
	d.consume('-')
	switch {
	case d.consume('0'):
	case d.digits() == 0:
		return false
	}
	if d.consume('.') && d.digits() == 0 {
		return false
	}
	if d.consume('e') || d.consume('E') {
		if !d.consume('+') {
			d.consume('-')
		}
		if d.digits() == 0 {
			return false
		}
	}
	return true
}

func (d *flatDecoder) digits() int {
	n := 0
	for d.pos < len(d.buf) && '0' <= d.buf[d.pos] && d.buf[d.pos] <= '9' {
		d.pos++
		n++
	}
	return n
}

// skipValue passes over the value of an unknown key: strings by the string scanner, anything else
// up to the next separator at its own depth, checked by json.Valid.
func (d *flatDecoder) skipValue() bool {
	if d.pos < len(d.buf) && d.buf[d.pos] == '"' {
		_, ok := d.stringValue()
		return ok
	}
	start, depth := d.pos, 0
	for d.pos < len(d.buf) {
		switch c := d.buf[d.pos]; c {
		case '"':
			if _, ok := d.stringValue(); !ok {
				return false
			}
			continue
		case '{', '[':
			depth++
		case '}', ']':
			if depth == 0 {
				return json.Valid(d.buf[start:d.pos])
			}
			depth--
		case ',':
			if depth == 0 {
				return json.Valid(d.buf[start:d.pos])
			}
		}
		d.pos++
	}
	return false
}
