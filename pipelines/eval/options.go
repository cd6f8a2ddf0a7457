package main

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/compare"
)

// topicFile is the topic schema read from a tree's schemas/topics.json, so that -root can point
// at a modified copy of the data, with the rule precision table beside it
// (schemas/rule_precision.json) when the tree has one.
type topicFile struct {
	Topics []schemas.Topic
	// precision is rule_precision.json beside topics.json; zero (no rule unreliable) when absent.
	precision schemas.RulePrecision
}

// readTopics reads a topics.json file and the rule_precision.json beside it, if any.
func readTopics(path string) (topicFile, error) {
	var f topicFile
	var t schemas.Topics
	b, err := os.ReadFile(path)
	if err != nil {
		return f, err
	}
	if err := json.Unmarshal(b, &t); err != nil {
		return f, err
	}
	f.Topics = t.Topics
	b, err = os.ReadFile(filepath.Join(filepath.Dir(path), rulePrecisionFile))
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return f, nil
	case err != nil:
		return f, err
	}
	return f, json.Unmarshal(b, &f.precision)
}

// kinds maps topic ids to their kind.
func (f topicFile) kinds() map[string]string {
	out := map[string]string{}
	for _, t := range f.Topics {
		out[t.ID] = t.Kind
	}
	return out
}

// compareOptions reads comparison options from the topic schema, with the rules the precision
// table calls unreliable (compare.Options.UnreliableRules), their unsure values set aside as
// the job sets them (compare.OptionsFromData).
func (f topicFile) compareOptions() compare.Options {
	opts := compare.OptionsFromTopics(f.Topics)
	opts.UnreliableRules = f.precision.Unreliable()
	opts.SetAsideUnreliable = true
	return opts
}
