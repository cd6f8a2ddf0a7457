package schemas

import (
	_ "embed"
	"encoding/json"
	"fmt"
)

//go:embed gazdraft_cues.json
var draftCuesJSON []byte

//go:embed generic_name_words.json
var genericNameWordsJSON []byte

// DraftCues is schemas/gazdraft_cues.json: the cue words pipelines/gazdraft reads the kind of an
// unknown name from, per language.
type DraftCues struct {
	Doc       string                   `json:"doc"`
	Languages map[string]DraftLanguage `json:"languages"`
}

// DraftLanguage is one language's cues.
type DraftLanguage struct {
	Cues     []DraftCue `json:"cues"`
	Stop     []string   `json:"stop"`     // words that end a name read after a cue
	Calendar []string   `json:"calendar"` // month and weekday names: never actors
	// CompoundHeads open a name of two words or more («أم», «بني», «عبد»).
	CompoundHeads []string `json:"compound_heads,omitempty"`
	// TrucePredicates are what coverage says of its truce (took effect, covers, lasts; «تمتد»,
	// «تشمل»): the definite noun they are said of, when no lexicon noun, may be what the war's
	// coverage calls its truce (a candidate for the file's truce_names).
	TrucePredicates []string `json:"truce_predicates,omitempty"`
}

// DraftCue is one class of cue words (see the file's doc).
type DraftCue struct {
	Words      []string `json:"words"`
	Type       string   `json:"type"`     // the gazetteer type the name gets: person, armed_group, organization, city, region, media
	Position   string   `json:"position"` // "before" or "after" the name
	PartOfName bool     `json:"part_of_name"`
	Honorific  bool     `json:"honorific"`
	Office     bool     `json:"office"`
	Definite   bool     `json:"definite"` // Arabic: a cue only with the article («اللواء» a general, «لواء» a brigade)
}

// LoadDraftCues parses the embedded cue file.
func LoadDraftCues() (*DraftCues, error) {
	var c DraftCues
	if err := decodeBytes(draftCuesJSON, &c, true); err != nil {
		return nil, fmt.Errorf("gazdraft_cues.json: %w", err)
	}
	for lang, l := range c.Languages {
		for i, cue := range l.Cues {
			if cue.Position != "before" && cue.Position != "after" {
				return nil, fmt.Errorf("gazdraft_cues.json: %s cue %d: position %q", lang, i, cue.Position)
			}
		}
	}
	return &c, nil
}

// GenericNameWords is schemas/generic_name_words.json by language: words that make no proper
// name on their own.
func GenericNameWords() (map[string][]string, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(genericNameWordsJSON, &raw); err != nil {
		return nil, err
	}
	out := map[string][]string{}
	for k, v := range raw {
		if k == "doc" {
			continue
		}
		var words []string
		if err := json.Unmarshal(v, &words); err != nil {
			return nil, fmt.Errorf("generic_name_words.json %s: %w", k, err)
		}
		out[k] = words
	}
	return out, nil
}
