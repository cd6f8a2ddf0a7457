package schemas

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
)

// embedded holds the published data: topic schema, gazetteer files and lexicons. Adding a
// gazetteer file or a language is a data change, not a code change.
//
//go:embed topics.json gazetteer lexicon/*.json rule_precision.json
var embedded embed.FS

// Data is everything extraction is driven by, loaded once and shared read-only.
type Data struct {
	Topics Topics
	// RulePrecision is how often each extraction rule was right on unseen coverage
	// (rule_precision.json; absent from a file system without it).
	RulePrecision RulePrecision
	Gazetteer     Gazetteer
	Lexicons      map[string]*Lexicon // by language code ("ar", "en")
}

var (
	loadOnce   sync.Once
	loadedData *Data
	loadErr    error
)

// EmbeddedFS is the published data as a file system, for callers that load a variant of it
// with LoadFS (the eval's -without-own-gazetteer hides one war's gazetteer file to measure what
// coverage of a war nobody has written a file for gets).
func EmbeddedFS() fs.FS { return embedded }

// Load returns the embedded data, parsed once per process. Callers must not modify it.
func Load() (*Data, error) {
	loadOnce.Do(func() { loadedData, loadErr = LoadFS(embedded) })
	return loadedData, loadErr
}

// LoadFS reads topics.json, gazetteer/*.json (merged), gazetteer/world/*.json (the fallback
// the war files override, see mergeWorld) and lexicon/*.json from fsys.
func LoadFS(fsys fs.FS) (*Data, error) {
	d := &Data{Lexicons: map[string]*Lexicon{}}
	if err := readJSON(fsys, "topics.json", &d.Topics); err != nil {
		return nil, err
	}
	if err := d.Topics.validate(); err != nil {
		return nil, err
	}
	if _, err := fs.Stat(fsys, "rule_precision.json"); err == nil {
		if err := readJSON(fsys, "rule_precision.json", &d.RulePrecision); err != nil {
			return nil, err
		}
	}
	gazFiles, err := fs.Glob(fsys, "gazetteer/*.json")
	if err != nil {
		return nil, err
	}
	sort.Strings(gazFiles)
	for _, f := range gazFiles {
		var g Gazetteer
		// Gazetteer files are shared with other writers: tolerate keys this code does not use.
		if err := decodeJSON(fsys, f, &g, false); err != nil {
			return nil, err
		}
		if err := d.Gazetteer.merge(g, f); err != nil {
			return nil, err
		}
	}
	if err := mergeWorld(fsys, &d.Gazetteer); err != nil {
		return nil, err
	}
	if err := d.Gazetteer.index(); err != nil {
		return nil, err
	}
	lexFiles, err := fs.Glob(fsys, "lexicon/*.json")
	if err != nil {
		return nil, err
	}
	sort.Strings(lexFiles)
	for _, f := range lexFiles {
		lx := &Lexicon{}
		if err := readJSON(fsys, f, lx); err != nil {
			return nil, err
		}
		if lx.Lang == "" {
			lx.Lang = strings.TrimSuffix(path.Base(f), ".json")
		}
		if _, dup := d.Lexicons[lx.Lang]; dup {
			return nil, fmt.Errorf("%s: second lexicon for language %q", f, lx.Lang)
		}
		if err := lx.validate(&d.Topics); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		d.Lexicons[lx.Lang] = lx
	}
	return d, nil
}

// Languages returns the lexicon languages in sorted order.
func (d *Data) Languages() []string {
	out := make([]string, 0, len(d.Lexicons))
	for l := range d.Lexicons {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

func readJSON(fsys fs.FS, name string, v any) error { return decodeJSON(fsys, name, v, true) }

// decodeJSON reads one JSON file; strict rejects unknown keys (typos in hand-written data).
func decodeJSON(fsys fs.FS, name string, v any, strict bool) error {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return err
	}
	if err := decodeBytes(b, v, strict); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// decodeBytes decodes one JSON document; strict rejects unknown keys.
func decodeBytes(b []byte, v any, strict bool) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	if strict {
		dec.DisallowUnknownFields()
	}
	return dec.Decode(v)
}
