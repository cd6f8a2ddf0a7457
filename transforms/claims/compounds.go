package claims

import "slices"

// addCompounds registers the one-word and hyphenated spellings of every two-word cue made of a
// word and one of the particles (schemas.Clitics.CompoundParticles), with the cue's meanings:
// a writer who names the act writes "the pullout" or "the pull-out" for "pull out". Names are
// left alone.
func addCompounds(m *matcher, particles []string) {
	if len(particles) == 0 {
		return
	}
	folded := make([]string, len(particles))
	for i, p := range particles {
		folded[i] = foldCue(p)
	}
	n := len(m.phrases) // the spellings added below are not compounds again
	for i := 0; i < n; i++ {
		ph := m.phrases[i]
		if len(ph.words) != 2 || ph.words[0].stem || ph.words[1].stem || !slices.Contains(folded, ph.words[1].text) {
			continue
		}
		for _, p := range ph.payloads {
			if p.cat == catEntity {
				continue
			}
			m.add(ph.words[0].text+ph.words[1].text, p)
			m.add(ph.words[0].text+" - "+ph.words[1].text, p)
		}
	}
}
