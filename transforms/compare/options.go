package compare

import "github.com/tanaqud/tanaqud/schemas"

// OptionsFromTopics reads the comparison settings the topic schema declares: English labels for
// explanations, value pairs that can both be true (stages of one process), value pairs that
// need corroboration and the topics about rounds of talks.
func OptionsFromTopics(topics []schemas.Topic) Options {
	opts := Options{TopicLabels: map[string]string{}, Compatible: map[string][][2]string{}, Corroborate: map[string][][2]string{}}
	for _, t := range topics {
		if t.Label != "" {
			opts.TopicLabels[t.ID] = t.Label
		}
		if len(t.Compatible) > 0 {
			opts.Compatible[t.ID] = t.Compatible
		}
		if len(t.Corroborate) > 0 {
			opts.Corroborate[t.ID] = t.Corroborate
		}
		if t.Rounds {
			opts.Rounds = append(opts.Rounds, t.ID)
		}
	}
	return opts
}

// OptionsFromData is OptionsFromTopics with the rules the data calls unreliable on unseen
// coverage (schemas/rule_precision.json; see Options.UnreliableRules). Unsure values stay in
// the dispute (Options.SetAsideUnreliable off): they lower its score.
func OptionsFromData(d *schemas.Data) Options {
	opts := OptionsFromTopics(d.Topics.Topics)
	opts.UnreliableRules = d.RulePrecision.Unreliable()
	return opts
}
