package compare

import "github.com/tanaqud/tanaqud/schemas"

// OptionsFromTopics reads the comparison settings the topic schema declares: English labels for
// explanations and value pairs that can both be true (stages of one process).
func OptionsFromTopics(topics []schemas.Topic) Options {
	opts := Options{TopicLabels: map[string]string{}, Compatible: map[string][][2]string{}}
	for _, t := range topics {
		if t.Label != "" {
			opts.TopicLabels[t.ID] = t.Label
		}
		if len(t.Compatible) > 0 {
			opts.Compatible[t.ID] = t.Compatible
		}
	}
	return opts
}
