package schemas

import "fmt"

// Lexicon holds the cue words of one language. Entries are surface forms as a reader writes them;
// the extractor folds them (textnorm.Fold) and its matcher handles clitics and inflection, so a
// cue is listed once, not in every form. A trailing "*" on a word makes it a stem (prefix match).
type Lexicon struct {
	Lang    string  `json:"lang"`
	Doc     string  `json:"doc,omitempty"`
	Clitics Clitics `json:"clitics"`

	// Attribution: verbs whose subject is the speaker, prepositions whose object is the speaker
	// (بحسب X, according to X), and verbs that continue the previous sentence's speaker.
	AttributionVerbs        []string `json:"attribution_verbs"`
	AttributionPrepositions []string `json:"attribution_prepositions"`
	ContinuationVerbs       []string `json:"continuation_verbs"`
	// OutletGlosses open the outlet's own comment inside a quoted sentence ("في إشارة إلى",
	// "في الوقت الذي"): what follows is the outlet's, not the speaker's.
	OutletGlosses []string `json:"outlet_glosses"`
	// Words that never start a speaker's name but may sit between the verb and it (titles...).
	ReportNouns []string `json:"report_nouns"` // بيان, statement: "X said in a statement"
	// StatementNouns after an attribution preposition ("بحسب البيان", "according to the
	// statement") point back to the statement already quoted: its speaker carries over.
	StatementNouns []string `json:"statement_nouns"`

	Negation      []string `json:"negation"`
	NegationTraps []string `json:"negation_traps"` // لا يزال, غير أن, not only: not negation
	Denial        []string `json:"denial"`         // نفى, رفض: flip what they govern
	// NegatedPredicates after a cue negate it: "تبادل الأسرى ليس جزءاً من الاتفاق".
	NegatedPredicates []string `json:"negated_predicates"`
	Exclusion         []string `json:"exclusion"`
	Inclusion         []string `json:"inclusion"`
	// Including (بما فيها, including) names members of what is covered: not_excluded.
	Including []string `json:"including"`
	// Alongside (إلى جانب, along with) adds members after a set's verb: "عمان ستضمن الاتفاق
	// إلى جانب الأمم المتحدة".
	Alongside  []string `json:"alongside"`
	Only       []string `json:"only"`        // فقط, حصرا, only: marks an exhaustive list
	ExceptOnly []string `json:"except_only"` // إلا, سوى after a negated cue: "لا يستثني إلا X"
	Modality   []Cue    `json:"modality"`    // hedged, expected, proposed, demanded; "hoped" drops the claim
	// HedgeParticles are particles that hedge only before an imperfect verb (قد + يكون).
	HedgeParticles []string `json:"hedge_particles"`
	PastMarkers    []string `json:"past_markers"` // imperfect-looking past verbs after قد (تم)
	Background     []string `json:"background"`   // سابق, كان يحصل, previous truce
	// Pluperfect: an auxiliary (كان) followed within a few words by a particle (قد) reports
	// earlier events.
	PluperfectAux      []string `json:"pluperfect_aux"`
	PluperfectParticle []string `json:"pluperfect_particle"`
	ClauseBreaks       []string `json:"clause_breaks"` // لكن, بينما, but, while: end a cue's scope

	// AreaNouns (المناطق, areas) make a cue's object a place: only places are its subjects.
	AreaNouns []string `json:"area_nouns"`
	// RelativePronouns after a scope word qualify it ("all areas where..." is not nationwide).
	RelativePronouns []string `json:"relative_pronouns"`
	// Designations (إرهابي, terrorist) put a group in a category an article may exclude.
	Designations []string `json:"designations"`

	// Locatives (في, in) place a ceasefire in a country: "وقف إطلاق النار في سوريا".
	Locatives []string `json:"locatives"`

	CeasefireNouns []string `json:"ceasefire_nouns"`
	AgreementNouns []string `json:"agreement_nouns"`
	TalksNouns     []string `json:"talks_nouns"`
	// MeetingNouns (اجتماع, meeting) name talks only when a place names them ("اجتماع
	// أستانة"); otherwise any meeting (a Security Council session) would be the talks.
	MeetingNouns []string `json:"meeting_nouns"`

	Time    TimeWords   `json:"time"`
	Numbers NumberWords `json:"numbers"`

	// Topics maps a topic id to the cues that trigger it, with the value or slot they give.
	Topics map[string][]Cue `json:"topics"`
}

// Clitics are the attached particles the matcher strips before comparing words.
type Clitics struct {
	Prefixes []string `json:"prefixes"` // و ف ب ل ك and combinations
	Article  []string `json:"article"`  // ال, and what ل+ال contracts to (لل)
	Suffixes []string `json:"suffixes"` // inflection and pronoun suffixes tried on stems
	// ImperfectPrefixes are verb person prefixes treated as equal (يشمل = تشمل).
	ImperfectPrefixes []string `json:"imperfect_prefixes"`
}

// Cue is one trigger phrase with what it means.
type Cue struct {
	Cue      string `json:"cue"`
	Value    string `json:"value,omitempty"`    // topic value it asserts (agreed, nationwide, included...)
	Slot     string `json:"slot,omitempty"`     // topic slot (fighters, prisoners...)
	Modality string `json:"modality,omitempty"` // hedged, expected, proposed, demanded
	// Object constrains what the cue attaches to: "direct" = the ceasefire noun must be its
	// direct object (أعلن الجيش وقفاً للنار, not أعلن التزامه بوقف النار).
	Object string `json:"object,omitempty"`
}

// TimeWords are the words of dates and times.
type TimeWords struct {
	Weekdays     map[string]int `json:"weekdays"`      // name → 0 (Sunday) .. 6
	RelativeDays map[string]int `json:"relative_days"` // أمس -1, اليوم 0, غدا 1
	Tonight      []string       `json:"tonight"`       // الليلة, tonight
	Midnight     []string       `json:"midnight"`      // منتصف, midnight
	Night        []string       `json:"night"`         // ليل (night after the named day)
	Eve          []string       `json:"eve"`           // ليلة (night before the named day)
	Months       map[string]int `json:"months"`        // both calendars: كانون الاول 12, ديسمبر 12
	NextWords    []string       `json:"next_words"`    // المقبل, next
	LastWords    []string       `json:"last_words"`    // الماضي, last
	Timezones    map[string]int `json:"timezones"`     // cue → minutes east of UTC
	// TimezoneOfPlace: "بتوقيت" + place entity takes the place's country offset.
	TimezoneOfPlace []string `json:"timezone_of_place"`
	Hours           []string `json:"hours"` // الساعة, at
}

// NumberWords are number words with their values, and the words around numbers.
type NumberWords struct {
	Words         map[string]float64 `json:"words"`       // ستون 60 (variants by the matcher)
	Multipliers   map[string]float64 `json:"multipliers"` // الف 1000
	Conjunctions  []string           `json:"conjunctions"`
	Approximators []Cue              `json:"approximators"` // value: about, more, less, at_least, at_most
	// DurationUnits map a unit word to its length in days.
	DurationUnits map[string]float64 `json:"duration_units"`
}

func (lx *Lexicon) validate(t *Topics) error {
	for id, cues := range lx.Topics {
		tp := t.Topic(id)
		if tp == nil {
			return fmt.Errorf("lexicon %s: cues for unknown topic %q", lx.Lang, id)
		}
		for _, c := range cues {
			if c.Value != "" && tp.Kind != "set" && tp.Kind != "numeric" && tp.Kind != "temporal" && !tp.HasValue(c.Value) {
				return fmt.Errorf("lexicon %s: topic %s: cue %q has value %q outside the topic's values", lx.Lang, id, c.Cue, c.Value)
			}
		}
	}
	return nil
}
