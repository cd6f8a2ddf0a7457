// Package claims extracts normalized, attributed claims from the sentences of one article. It has
// no Beam imports: the pipeline's per-article step calls it.
package claims

// Claim is one normalized assertion found in one sentence: (event, topic, subject, value), who
// says it and where. Offsets are Unicode code points into the article's original text.
type Claim struct {
	ID            string // deterministic: derived from article, sentence, topic, subject, value, rule
	ArticleID     string
	Source        string
	Published     string // RFC 3339 UTC of the article, "" when unknown
	Lang          string
	Event         string // event key the claim belongs to (see Extractor.Event)
	SentenceIndex int
	Start, End    int // code points of the sentence in the original text
	Sentence      string
	Topic         string // topic id from schemas/topics.json
	Subject       string // entity id or slot name; "" for topics without subject
	Round         string // topics marked "rounds" (talks): RoundPlanned for talks announced for later, "" for talks held (see rounds.go)
	SubjectLabel  string
	Kind          string   // polarity, numeric, temporal, set or value (from the topic)
	Value         string   // canonical value: "excluded", "nationwide", "2016-12-29T22:00:00Z", "russia,turkey", "60000"
	ValueLabel    string   // human-readable value in English
	Low, High     float64  // numeric interval; temporal interval in Unix seconds [Low, High)
	Zoned         bool     // temporal bounds are in a known zone (the theatre's or a named one): a day is that zone's day
	Members       []string // set members (entity ids), sorted
	Exhaustive    bool     // set stated as complete ("only X and Y")
	Speaker       string   // canonical actor id; the outlet (source) when nobody is quoted
	SpeakerLabel  string
	SpeakerRole   string // government, armed_opposition, guarantor_state, mediator, un, media, ...
	Hedged        bool
	Modality      string // asserted, hedged, expected, proposed, demanded
	Confidence    float64
	Rule          string // name of the rule that produced the claim
	Account       string // hash of the normalized sentence: same wire copy = same account
	// Context is the article's specific actors and places (entity ids of persons, armed
	// groups and places below a country, sorted), the same slice on every claim of the article:
	// what links an undated article to the dated coverage of its event (see compare.Bursts).
	Context []string
	// WarCountries are the other countries than Event's that the article ties its war to: it
	// places the truce in them or names actors of theirs (sorted; the same slice on every claim
	// of the article). Coverage of a war between two states is placed in either, and
	// compare.EventLinks joins the two events when each side's coverage names the other.
	WarCountries []string
}
