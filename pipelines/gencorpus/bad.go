package main

import (
	"encoding/json"
	"strings"
)

// badKinds are the broken records a real feed delivers; each must become a reject row.
var badKinds = []string{"malformed_json", "empty_text", "missing_text", "bad_published_at", "binary_junk", "blank_text"}

// oversizedBytes is just over the pipeline's default --max_article_bytes (1 MiB).
const oversizedBytes = 1<<20 + 4096

// badRecord turns a good record into a broken one of the given kind. It returns the JSONL line
// (without newline) and, for kinds that exist as files, the .txt content (nil when the kind has
// no .txt form).
func badRecord(kind string, r record) (line []byte, txt []byte) {
	switch kind {
	case "malformed_json":
		full := marshal(r)
		return full[:len(full)/2], nil
	case "empty_text":
		empty := ""
		r.Text = &empty
		return marshal(r), []byte{}
	case "missing_text":
		r.Text = nil
		return marshal(r), nil
	case "bad_published_at":
		r.PublishedAt = "yesterday afternoon"
		return marshal(r), nil
	case "binary_junk":
		junk := "\x00\x01\x02PK\x03\x04" + strings.Repeat("\x00\x7f\x1b", 64)
		r.Text = &junk
		return marshal(r), []byte(junk)
	case "blank_text":
		blank := " \n\t \n"
		r.Text = &blank
		return marshal(r), []byte(blank)
	case "oversized":
		big := strings.Repeat(*r.Text+"\n\n", oversizedBytes/max(1, len(*r.Text))+1)
		r.Text = &big
		return marshal(r), []byte(big)
	}
	panic("unknown bad kind " + kind)
}

// invalidUTF8 is a text in Windows-1256 (Arabic), which is not UTF-8: only the .txt folder can
// carry it, since a JSON string cannot hold invalid UTF-8.
func invalidUTF8() []byte {
	// "وقف إطلاق النار" in Windows-1256.
	return []byte{0xe6, 0xde, 0xdd, 0x20, 0xc5, 0xd8, 0xe1, 0xc7, 0xde, 0x20, 0xc7, 0xe1, 0xe4, 0xc7, 0xd1, 0x0a}
}

// marshal encodes a record as one JSON line without HTML escaping (feeds do not escape <, >, &).
func marshal(r record) []byte {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		panic(err) // a record of strings always encodes
	}
	return []byte(strings.TrimSuffix(b.String(), "\n"))
}
