package main

import (
	"encoding/json"
	"os"

	"github.com/tanaqud/tanaqud/transforms/compare"
)

// topicFile is the part of schemas/topics.json the comparison reads. Keys the schema package
// does not know yet (label, compatible) are read here directly, so a data change takes effect
// without a code change.
type topicFile struct {
	Topics []struct {
		ID         string      `json:"id"`
		Kind       string      `json:"kind"`
		Label      string      `json:"label"`
		Compatible [][2]string `json:"compatible"`
	} `json:"topics"`
}

// readTopics reads a topics.json file.
func readTopics(path string) (topicFile, error) {
	var f topicFile
	b, err := os.ReadFile(path)
	if err != nil {
		return f, err
	}
	return f, json.Unmarshal(b, &f)
}

// kinds maps topic ids to their kind.
func (f topicFile) kinds() map[string]string {
	out := map[string]string{}
	for _, t := range f.Topics {
		out[t.ID] = t.Kind
	}
	return out
}

// compareOptions reads comparison options from the topic schema.
func (f topicFile) compareOptions() compare.Options {
	opts := compare.Options{TopicLabels: map[string]string{}, Compatible: map[string][][2]string{}}
	for _, t := range f.Topics {
		if t.Label != "" {
			opts.TopicLabels[t.ID] = t.Label
		}
		if len(t.Compatible) > 0 {
			opts.Compatible[t.ID] = t.Compatible
		}
	}
	return opts
}
