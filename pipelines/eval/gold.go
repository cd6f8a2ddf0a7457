package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// GoldClaim is one line of claims.jsonl (or traps.jsonl, which adds Why); see
// testdata/gold/README.md.
type GoldClaim struct {
	Article  string `json:"article"`
	Evidence string `json:"evidence"`
	Topic    string `json:"topic"`
	Subject  string `json:"subject"`
	Value    string `json:"value"`
	Speaker  string `json:"speaker"`
	Hedged   bool   `json:"hedged"`
	Note     string `json:"note,omitempty"`
	Why      string `json:"why,omitempty"`
}

// GoldSide is one side of a gold disagreement.
type GoldSide struct {
	Value    string   `json:"value"`
	Articles []string `json:"articles"`
	Speakers []string `json:"speakers"`
}

// GoldDisagreement is one line of disagreements.jsonl or not_disagreements.jsonl.
type GoldDisagreement struct {
	Topic   string     `json:"topic"`
	Subject string     `json:"subject"`
	Sides   []GoldSide `json:"sides"`
	Why     string     `json:"why,omitempty"`
}

// Gold is one gold set: its claims, disagreements, background traps and near misses.
type Gold struct {
	Name             string
	Dir              string
	Claims           []GoldClaim
	Disagreements    []GoldDisagreement
	Traps            []GoldClaim
	NotDisagreements []GoldDisagreement
}

// discoverSets returns the folders under goldRoot that hold a claims.jsonl, sorted by name.
func discoverSets(goldRoot string) ([]string, error) {
	entries, err := os.ReadDir(goldRoot)
	if err != nil {
		return nil, err
	}
	var sets []string
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		if _, err := os.Stat(filepath.Join(goldRoot, e.Name(), "claims.jsonl")); err == nil {
			sets = append(sets, e.Name())
		}
	}
	return sets, nil // os.ReadDir returns entries sorted by name
}

// blindMarker is the file that marks a gold set as blind.
const blindMarker = "BLIND"

// isBlind: the set's folder holds the blind marker.
func isBlind(goldRoot, set string) bool {
	_, err := os.Stat(filepath.Join(goldRoot, set, blindMarker))
	return err == nil
}

// readGold reads a gold set folder. Only claims.jsonl is required.
func readGold(name, dir string) (Gold, error) {
	g := Gold{Name: name, Dir: dir}
	if err := readJSONL(filepath.Join(dir, "claims.jsonl"), &g.Claims, true); err != nil {
		return g, err
	}
	if err := readJSONL(filepath.Join(dir, "disagreements.jsonl"), &g.Disagreements, false); err != nil {
		return g, err
	}
	if err := readJSONL(filepath.Join(dir, "traps.jsonl"), &g.Traps, false); err != nil {
		return g, err
	}
	return g, readJSONL(filepath.Join(dir, "not_disagreements.jsonl"), &g.NotDisagreements, false)
}

// readJSONL appends one decoded value per non-blank line of path to *into (a pointer to a
// slice). A missing optional file is not an error; a malformed line is, with its line number.
func readJSONL[T any](path string, into *[]T, required bool) error {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) && !required {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20) // gold lines are short; this only bounds a broken file
	for line := 1; sc.Scan(); line++ {
		b := sc.Bytes()
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		var v T
		if err := json.Unmarshal(b, &v); err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
		*into = append(*into, v)
	}
	return sc.Err()
}
