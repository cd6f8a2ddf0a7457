package main

import (
	"encoding/json"
	"os"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/compare"
)

// topicFile is the topic schema read from a tree's schemas/topics.json, so that -root can point
// at a modified copy of the data.
type topicFile schemas.Topics

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
	return compare.OptionsFromTopics(f.Topics)
}
