package schemas

import (
	"fmt"
	"sort"
	"time"
)

// LocalZone is the named zone of the event's own clock ("local time"): the theatre's, not a
// fixed one.
const LocalZone = "local"

// Lexicon holds the cue words of one language. Entries are surface forms as a reader writes them;
// the extractor folds them (textnorm.Fold) and its matcher handles clitics and inflection, so a
// cue is listed once, not in every form. A trailing "*" on a word makes it a stem (prefix match).
type Lexicon struct {
	Lang    string  `json:"lang"`
	Doc     string  `json:"doc,omitempty"`
	Clitics Clitics `json:"clitics"`
	// Script is the writing system of the language ("arabic" or "latin"): an article with no
	// declared language is read with the lexicon of the script most of its letters are in.
	Script string `json:"script"`
	// Grammar holds the few facts of word order and inflection the rules depend on.
	Grammar Grammar `json:"grammar"`

	// Attribution: verbs whose subject is the speaker, prepositions whose object is the speaker
	// (بحسب X, according to X), and verbs that continue the previous sentence's speaker.
	AttributionVerbs        []string `json:"attribution_verbs"`
	AttributionPrepositions []string `json:"attribution_prepositions"`
	ContinuationVerbs       []string `json:"continuation_verbs"`
	// StanceVerbs (read, count, regard, see) state a reading of the terms only in the frame
	// "X reads the deal as ...", "X counts Y as guarantors": a name as subject, an object,
	// then a role marker (role_markers); there they attribute as a verb of saying does.
	StanceVerbs []string `json:"stance_verbs,omitempty"`
	// ReadingNouns (reading, account, text, line) name a body's reading of the terms when their
	// owner is named right before them: "in the council's text", "in the Houthi reading", "the
	// government's line is that"; ReadingPrepositions (in, by, on) open the first frame. There
	// they attribute as "according to" does.
	ReadingNouns        []string `json:"reading_nouns,omitempty"`
	ReadingPrepositions []string `json:"reading_prepositions,omitempty"`
	// ReadingCopulaNouns (line, position), among the reading nouns, state a stance only as the
	// subject of a copula and a complementizer ("the government's line is that"); after a
	// reading preposition they name a place a force holds ("on the army's position").
	ReadingCopulaNouns []string `json:"reading_copula_nouns,omitempty"`
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
	// PredicateObjectLinks open the object a negated predicate spells out ("not part of X",
	// "nothing to do with X", "ليس جزءاً من X"): an X that is no truce places the provision
	// outside that other thing ("was never part of Israel's plan"), not outside the truce.
	PredicateObjectLinks []string `json:"predicate_object_links,omitempty"`
	// Dismissals after reported content deny it ("reports that a truce was signed are
	// baseless", "ما يُتداول عن توقيع اتفاق لا أساس له من الصحة").
	Dismissals []string `json:"dismissals,omitempty"`
	Exclusion  []string `json:"exclusion"`
	Inclusion  []string `json:"inclusion"`
	// Including (بما فيها, including) names members of what is covered: not_excluded.
	Including []string `json:"including"`
	// Alongside (إلى جانب, along with) adds members after a set's verb: "عمان ستضمن الاتفاق
	// إلى جانب الأمم المتحدة".
	Alongside  []string `json:"alongside"`
	Only       []string `json:"only"`        // فقط, حصرا, only: marks an exhaustive list
	ExceptOnly []string `json:"except_only"` // إلا, سوى after a negated cue: "لا يستثني إلا X"
	Modality   []Cue    `json:"modality"`    // hedged, expected, proposed, demanded; "hoped" and "doubted" (doubt, few believe) drop the claim
	// HedgeParticles are particles that hedge only before an imperfect verb (قد + يكون).
	HedgeParticles []string `json:"hedge_particles"`
	PastMarkers    []string `json:"past_markers"` // imperfect-looking past verbs after قد (تم)
	Background     []string `json:"background"`   // سابق, كان يحصل, previous truce
	// Retraction cues report an outlet's earlier wrong version ("an earlier version said", "ورد
	// في عدد أمس"); Correcting markers open the right one after it ("والصحيح", "in fact"): in
	// one sentence, what lies before the marker is retracted and the rest is read.
	Retraction []string `json:"retraction"`
	Correcting []string `json:"correcting"`
	// Pluperfect: an auxiliary (كان) followed within a few words by a particle (قد) reports
	// earlier events.
	PluperfectAux      []string `json:"pluperfect_aux"`
	PluperfectParticle []string `json:"pluperfect_particle"`
	ClauseBreaks       []string `json:"clause_breaks"` // لكن, بينما, but, while: end a cue's scope

	// EarlierTruceWords in a pluperfect mark the truce it recaps as an earlier one ("الهدنة
	// الأولى", "اتفاقاً مماثلاً", "قبل ثلاث سنوات"), not a step of the truce at hand.
	EarlierTruceWords []string `json:"earlier_truce_words"`
	// CeasefireModifiers are adjectives that stand between a determiner and the truce noun
	// ("welcomed the humanitarian truce", "the fragile ceasefire"): an object still.
	CeasefireModifiers []string `json:"ceasefire_modifiers"`
	// PostnominalCeasefireModifiers are adjectives that follow the truce noun in a language
	// whose adjectives follow their noun ("الهدنة الهشة في محيط السد"): the truce is still
	// placed by the locative after them. Not a participle that names another truce or its
	// signing place ("السارية في", "الموقع في").
	PostnominalCeasefireModifiers []string `json:"postnominal_ceasefire_modifiers,omitempty"`
	// AdditiveAdverbs add an item to what is already said ("also", "أيضاً"): "the truce also
	// covers Basra" names a place the truce reaches besides others, no limit of it.
	AdditiveAdverbs []string `json:"additive_adverbs,omitempty"`
	// RemainVerbs are verbs of remaining that a wish or stipulation puts before the truce ("على أن
	// تبقى الهدنة سارية"): after a subjunctive particle the truce's state is not asserted.
	RemainVerbs []string `json:"remain_verbs"`

	// AreaNouns (المناطق, areas) make a cue's object a place: only places are its subjects.
	AreaNouns []string `json:"area_nouns"`
	// RelativePronouns after a scope word qualify it ("all areas where..." is not nationwide).
	RelativePronouns []string `json:"relative_pronouns"`
	// Designations (إرهابي, terrorist) put a group in a category an article may exclude.
	Designations []string `json:"designations"`

	// Locatives (في, in) place a ceasefire in a country: "وقف إطلاق النار في سوريا".
	Locatives []string `json:"locatives"`
	// Prepositions (في, إلى, عن) right before a cue word make it a noun ("في إشارة إلى"):
	// verbs take none.
	Prepositions []string `json:"prepositions"`
	// Comitatives (مع, with) are the preposition "with": a sponsorship cue that is one needs
	// a named state ("talks with Turkey"), and it names no partner alongside a set.
	Comitatives []string `json:"comitatives"`
	// FateWords (killed, missing, bodies, قتلى, مفقودين, جثث) report what befell people: a count
	// of fighters next to one counts casualties, never the signatories of a truce.
	FateWords []string `json:"fate_words,omitempty"`
	// EchoPhrases (the same, الشيء نفسه) close a clause in which another speaker says what the
	// clause before said: "X says A; Y says the same" (echo_said_same.go).
	EchoPhrases []string `json:"echo_phrases,omitempty"`
	// TopicPrepositions (on, about, over, حول, بشأن) join talks to what they are about: "talks on
	// the ceasefire began" dates the talks, not the truce.
	TopicPrepositions []string `json:"topic_prepositions,omitempty"`
	// ConcludingParticiples (المبرم, الموقع, signed, concluded) on a generic agreement noun
	// presuppose the deal; DealObjectPrefixes (ل: "لتصدير الغاز") and TopicPrepositions with a
	// noun other than the truce after them, or a "with" naming no side of the truce, make it
	// another deal ("الاتفاق المبرم مع صندوق النقد الدولي").
	ConcludingParticiples []string `json:"concluding_participles,omitempty"`
	DealObjectPrefixes    []string `json:"deal_object_prefixes,omitempty"`
	// FightingWords (shelling, clashes, violation, القصف, خرق) name fighting or a breach of the
	// truce: a time they govern ("resumed shelling at midnight", "بدأوا خرق الهدنة اعتباراً من
	// السادسة") dates the fighting, not the truce.
	FightingWords []string `json:"fighting_words,omitempty"`
	// BreachWords (violations, breach, خرق, الخروقات) name a breach of the truce, not fighting
	// as such: "violations must be referred to the commission" names who watches the truce;
	// "civilians wounded in the shelling were referred to the Red Cross" does not
	// (monitors_breach_referral.go).
	BreachWords []string `json:"breach_words,omitempty"`
	// AgeWords tell how old a truce is, not how long it runs: "the five-day-old ceasefire" (the
	// word right after the span's unit), «هدنة عمرها خمسة أيام» (the word right before its
	// number). A span they mark is the truce's age, no term (durations_truce_age.go).
	AgeWords []string `json:"age_words,omitempty"`
	// HesitationVerbs (hesitate, تتردد) negated affirm the act they govern: "will not hesitate to
	// retaliate", «لن تتردد القوات في الرد» keep the right (provisions_hesitation.go).
	HesitationVerbs []string `json:"hesitation_verbs,omitempty"`
	// CountingVerbs (counts, reckons) take a side's figure as their bare object: "The SPLM-N
	// counts three months" is its account of the truce's length (durations_held_span.go).
	CountingVerbs []string `json:"counting_verbs,omitempty"`
	// FigureNouns (figure, tally, clock, تقدير) name a side's own figure when that side owns
	// them: "the government's figure is 40 days", "the ten-day figure is the RSF's", "the
	// U.N.'s thirty-day clock", «تقدير الجيش أربعون يوماً» state the owner's account of the
	// truce's length (durations_owned_figure.go). Alone they own nothing ("the figure is higher").
	FigureNouns []string `json:"figure_nouns,omitempty"`
	// DatingVerbs are phrases by which a side dates the truce's start, the time their object:
	// "Tehran dates it from midnight", "an army spokesman later put the start at midnight
	// tonight" (time_rival_start.go).
	DatingVerbs []string `json:"dating_verbs,omitempty"`
	// ListingVerbs (list, name, count), among the stance verbs, give their subject's count of
	// the signatories as their object: "The presidency lists five signatory factions"
	// (speakers_stance_count_frame.go); "saw 40 fighters leave" counts nothing of anyone's.
	ListingVerbs []string `json:"listing_verbs,omitempty"`
	// VerbAdverbs (still, also, already) may stand between a subject and its verb of saying
	// or counting: "the Houthis still count sixty".
	VerbAdverbs []string `json:"verb_adverbs,omitempty"`
	// ResumptiveObjects (بها, عنها, به) after a verb that follows an indefinite noun make the
	// verb a relative clause on that noun: «ثلاثين يوماً يتمسك بها مكتب المبعوث», the thirty
	// days the envoy's office holds to.
	ResumptiveObjects []string `json:"resumptive_objects,omitempty"`
	// ConflictNouns (war, conflict, feud, siege, الحرب, النزاع, الثأر) name the conflict a truce
	// ends: a span whose duration cue they are the subject of ("a feud that lasted ten years")
	// is the conflict's, not the truce's.
	ConflictNouns []string `json:"conflict_nouns,omitempty"`
	// OfferVerbs (offered, عرضت) right before a hosting verb make it an offer to host: turned
	// down by a clause after it, it names no venue.
	OfferVerbs []string `json:"offer_verbs,omitempty"`
	// OfferRefusals (declined, turned down, رفض) after an offer to host in its sentence turn it
	// down as a clause break does ("A Kenyan offer to host a follow-up round in Nairobi was
	// politely declined by both parties").
	OfferRefusals []string `json:"offer_refusals,omitempty"`
	// SeatNouns (palace, residence, قصر, مقر) before a person whose title names a city ("the
	// palace of the Emir of Maru", «قصر أمير مارو») make the city a place: the person's seat is
	// there (venue_seat_of_title.go).
	SeatNouns []string `json:"seat_nouns,omitempty"`
	// PostponementWords (postponed, deferred, أرجئت, تأجلت) after a talks date make it the date
	// the talks no longer keep.
	PostponementWords []string `json:"postponement_words,omitempty"`
	// QuestionCues (asked, in answer to a question, رداً على سؤال, لدى سؤاله, سُئل) open the
	// clause of a question put to a speaker: "Asked about claims that seven armed groups signed,
	// she said only two did", "X, asked by reporters whether the deal covers Y, said: ...",
	// «وأضاف، رداً على سؤال حول مدة الهدنة، أنها ...». What the question is about asserts
	// nothing (the answer says what the answerer holds); the answerer speaks the answer. A
	// one-word cue opens such a clause only at its start (after a comma or a time clause
	// opener: "When asked") and with a question's complement in it (about, whether); an open
	// question (who, what) frames what the answer names and is read.
	QuestionCues []string `json:"question_cues,omitempty"`
	// AffirmativeAnswers (yes, نعم) opening the answer to a closed question restate it: "X,
	// asked whether the deal includes a swap of detainees, said: \"Yes - ...\"" asserts the swap.
	AffirmativeAnswers []string `json:"affirmative_answers,omitempty"`
	// QuestionWords (how, why, whether, كيف, لماذا) after a naming verb open a clause of their
	// own: "did not describe how Qatar brokered the deal" withholds no role.
	QuestionWords []string `json:"question_words,omitempty"`
	// RestrictionWords (limited, restricted, اقتصرت, تقتصر) before an object preposition (to,
	// على) make the list that follows it the whole set: «الوساطة اقتصرت على ماليزيا وحكومة
	// بانغسامورو» names the only mediators (sets_restricted_to.go).
	RestrictionWords []string `json:"restriction_words,omitempty"`
	// OtherThanWords (غيرها, سواها: "other than it") after a negated role noun in a tag closing
	// the role's clause make the set exclusive: «هي الضامن، ولا ضامن غيرها» (sets_exclusive_tag.go).
	OtherThanWords []string `json:"other_than_words,omitempty"`
	// AnyOtherThanWords (غير: "other than") right after a role noun that "any" determines,
	// under a negation or a refusal, set apart the names after them as the only holders: «لن
	// تقبل بأي ضامن غير جنوب السودان», «ترفض أي ضامن غير إيغاد وكينيا» (sets.go
	// exceptWordEnd). Elsewhere the word is "non-" or "however" (غير معنية, غير أن).
	AnyOtherThanWords []string `json:"any_other_than_words,omitempty"`
	// ParticipationWords (participation, support, بمشاركة) in a phrase of doing together ("with
	// the participation of", «بمشاركة», or after the name: "with U.N. participation") name who
	// takes part in the talks, not who convenes them beside the host: such a phrase adds no
	// sponsor (sponsors_cohost.go).
	ParticipationWords []string `json:"participation_words,omitempty"`
	// RoleOnlyAdverbs (merely) right before a role cue restrict the role, not who holds it:
	// "Italy merely hosted the talks" names a host, not the only one (sets_only_role.go). Not
	// "only", which before a cue noun is an adjective ("the only mediator").
	RoleOnlyAdverbs []string `json:"role_only_adverbs,omitempty"`
	// ConditionBounds after a refused withdrawal make it the speaker's condition, no term of the
	// truce: "will not withdraw an inch as long as PKK fighters are in the area", "لن تغادر
	// محاورها قبل ذلك", "باقية ما دام هناك سلاح منفلت", "لن يغادروا مواقعهم إلا بعد دمجهم"
	// (withdrawal_conditional_refusal.go). Not "unless" nor "until": "would not pull back unless
	// Armenian forces withdrew first" keeps the refusal beside the demand (withdrawal_conditioned.go).
	ConditionBounds []string `json:"condition_bounds,omitempty"`
	// EspeciallyMarkers open, after a comma, the named members a coverage predicate's generic
	// subject or object stands for ("the groups outside the deal, especially Dogo Maikwana's
	// gang", "عصابات التهريب، وفي مقدمتها عصابة الرقيعي", "ولا سيما"): they take its value
	// (exclusions_especially_members.go). After a clause of signing that already names its
	// signer ("the groups not covered by the accord the state government signed, especially the
	// Dogo Maikwana gang"), who follows one is of the plural before, no further signer
	// (signatories_agents.go focusIn).
	EspeciallyMarkers []string `json:"especially_markers,omitempty"`
	// AmongWords put a subject in the set a coverage participle closes ("Chibabava district is
	// not among the areas covered", "is one of the groups excluded", "ضمن المناطق المشمولة")
	// (exclusions_among_covered.go).
	AmongWords []string `json:"among_words,omitempty"`
	// CorrelativeAlso closes the first member of a "not only X but also Y" subject ("but also",
	// "بل"): a passive coverage predicate after it is said of both (exclusions.go).
	CorrelativeAlso []string `json:"correlative_also,omitempty"`
	// QuantifiedObjects stand for every group or place as the object of a coverage verb
	// ("does not exclude anyone", "لا يستثني أحداً", "أي جهة"); NegativeQuantifiers do and deny
	// it at once ("excludes no one", "nobody"). QuantifiedParts end in a partitive whose object
	// is the place meant ("any part of Sool", "أي جزء من"). MemberMarkers open the members such a
	// quantifier is said of, after a comma ("not even X", "neither X nor Y", "ولا حتى X", "لا X
	// ولا غيرهم"), as "including" does (exclusions_quantified_object.go).
	QuantifiedObjects   []string `json:"quantified_objects,omitempty"`
	NegativeQuantifiers []string `json:"negative_quantifiers,omitempty"`
	QuantifiedParts     []string `json:"quantified_parts,omitempty"`
	MemberMarkers       []string `json:"member_markers,omitempty"`
	// DirectionNouns name a part of a country by its direction ("the north", "الشمال"; Arabic's
	// bare construct forms "شمال" are the scope topic's region_of cues), DirectionAdjectives
	// qualify an area noun with one ("the northern provinces", "المناطق الشمالية"), and
	// CountryNouns stand for the country itself ("the north of the country", "شمال البلاد"): a
	// truce placed there is partial (scope_direction_area.go).
	DirectionNouns      []string `json:"direction_nouns,omitempty"`
	DirectionAdjectives []string `json:"direction_adjectives,omitempty"`
	CountryNouns        []string `json:"country_nouns,omitempty"`
	// AttributionNounHomographs (ثمن: "price" beside ثمّن, "commended") are verbs of saying
	// spelled as a noun: opening a sentence before a deal noun, the noun.
	AttributionNounHomographs []string `json:"attribution_noun_homographs,omitempty"`
	// AttributionAdjectiveHomographs (تابع: "affiliated" beside "he went on") are verbs of saying
	// spelled as an adjective: before a word carrying a preposition («تابع للمجموعة»), the
	// adjective (speakers_affiliation_adjective.go).
	AttributionAdjectiveHomographs []string `json:"attribution_adjective_homographs,omitempty"`
	// OngoingVerbs (will continue, cannot stop, ستواصل) and PursuitStems (operations, pursu,
	// ملاحق, دحر: word beginnings) tell a pursuit that goes on: after a group the truce leaves
	// out, the right to keep fighting it (retained_left_out_pursued.go).
	OngoingVerbs []string `json:"ongoing_verbs,omitempty"`
	PursuitStems []string `json:"pursuit_stems,omitempty"`
	// InsurgentNouns (militant, insurgent, jihadist, متشدد: word beginnings, one word each, as
	// a phrase never begins a token) present a target as insurgents: the pursuit of a group the
	// truce leaves out is the right to fight terrorism only against such a target
	// (retained_left_out_pursued.go).
	InsurgentNouns []string `json:"insurgent_nouns,omitempty"`
	// PursuitTargetPhrases (against whom, against them, ضدها) point a pursuit back at the group
	// left out as its target, not its agent.
	PursuitTargetPhrases []string `json:"pursuit_target_phrases,omitempty"`
	// Disjunctions (or, أو) join list members as Coordinators do: "PKK affiliates in Sinjar or
	// Qandil" (exclusions_coordinated_locators.go).
	Disjunctions []string `json:"disjunctions,omitempty"`
	// Complementizers (أن, that) open reported content: a speaker is not looked for past them,
	// and a comma followed by one does not end a modal frame.
	Complementizers []string `json:"complementizers"`
	// Copulas (is, was) right before a cue, or before a negation before it, make the cue a
	// passive participle whose subject comes before it ("X was not covered").
	Copulas []string `json:"copulas"`
	// Conditionals (if, unless, إذا, ما لم) open a clause that asserts nothing: "the deal could
	// collapse if the Houthis do not withdraw" says nothing of whether they must. The clause
	// runs to the next comma or the end of the sentence.
	Conditionals []string `json:"conditionals"`
	// SourceLinks (in, within, في) place an unnamed source in a body that it then speaks for: "a
	// source in the army", "مصدر في الجيش الوطني".
	SourceLinks []string `json:"source_links"`
	// SubjectPronouns (he, they) standing right before a verb of saying are its subject: the
	// speaker is the one named before ("..., he said"), not a name earlier in the sentence.
	SubjectPronouns []string `json:"subject_pronouns"`
	// PersonPronouns (he, she) and ThingPronouns (it) among the subject pronouns refer back to a
	// person or to a body: "..., it added" after "diplomats said" is the ministry quoted before.
	PersonPronouns []string `json:"person_pronouns,omitempty"`
	ThingPronouns  []string `json:"thing_pronouns,omitempty"`
	// PerfectAuxiliaries (had, has, have) may stand between a subject pronoun and its verb: "said
	// it had signed" keeps the pronoun as the verb's subject.
	PerfectAuxiliaries []string `json:"perfect_auxiliaries"`
	// PossessiveDeterminers (its, their) before a statement noun give it an owner of its own
	// ("its statement said"): not the statement quoted earlier.
	PossessiveDeterminers []string `json:"possessive_determiners"`
	// Demonstratives (this, that, هذه) point back to a noun named before: "this area".
	Demonstratives []string `json:"demonstratives"`
	// PlaceAnaphors are singular place nouns that, after a demonstrative, stand for a place
	// named before ("this area", "that town", "هذه المنطقة").
	PlaceAnaphors []string `json:"place_anaphors"`
	// LocatingPrepositions place a member of a list by a landmark ("the Tishreen dam on the
	// Euphrates", "سد تشرين على الفرات") without being locatives of the truce.
	LocatingPrepositions []string `json:"locating_prepositions"`
	// PlacingPrepositions name a capital after them as the city, not its state ("زيارة إلى
	// طوكيو", "arrived in Moscow"); "ضغوط على موسكو", "رسالة من دمشق" name the state.
	PlacingPrepositions []string `json:"placing_prepositions"`
	// DeparturePrepositions open what is left ("withdraw from the talks", "pull out of",
	// "الانسحاب من المفاوضات"): the noun after them says whether ground or a forum is left.
	DeparturePrepositions []string `json:"departure_prepositions,omitempty"`
	// ObjectPronouns stand for a body as a verb's object ("requires it to pull out").
	ObjectPronouns []string `json:"object_pronouns,omitempty"`
	// InfinitiveMarkers open an infinitive after an object ("requires them to leave").
	InfinitiveMarkers []string `json:"infinitive_markers,omitempty"`
	// SubjunctiveParticles open a verb that is not asserted: "من المقرر أن يسري", "على أن يسري",
	// "لن يسري" plan, set as a term or deny the start the verb would state.
	SubjunctiveParticles []string `json:"subjunctive_particles,omitempty"`
	// InchoativeVerbs say a movement has begun ("began to withdraw", "بدأت تنسحب"): an
	// observation on the ground, not a term.
	InchoativeVerbs []string `json:"inchoative_verbs,omitempty"`
	// ForumNouns name what a state or party leaves that is no ground: an event, a body, a
	// process ("withdrawing from the tournament", "لا خروج من الأزمة").
	ForumNouns []string `json:"forum_nouns,omitempty"`
	// ContentNouns carry what someone reported or alleged ("claims", "reports", "الأنباء"): a
	// denial of them ("rejected claims that ...", "رفض الأنباء التي تحدثت عن أن ...") denies what
	// they say, though the noun or a verb of saying in its clause opens it.
	ContentNouns []string `json:"content_nouns,omitempty"`
	// AidActorNouns are people and bodies an aid word qualifies ("aid workers", "عمال الإغاثة"):
	// who they are or what befalls them is no term on aid access.
	AidActorNouns []string `json:"aid_actor_nouns,omitempty"`
	// StaffNouns are a body's own teams (teams, officers, فرق, طواقم): one carrying a pronoun
	// suffix before a monitoring word ("أكدت البعثة أن فرقها تراقب") is the speaking body's staff.
	StaffNouns []string `json:"staff_nouns,omitempty"`
	// BlockingWords block what follows them ("منعت إدخال المواد الطبية", "blocked the entry of
	// aid"): a humanitarian provision right after one is a blockade seen, no term of the truce.
	BlockingWords []string `json:"blocking_words,omitempty"`
	// RouteNouns name a way in or out ("road", "highway", "port", "crossing", "الطريق",
	// "الميناء", "المعابر"): opening one (cue object "route": "فتح", "reopening of") is aid access.
	RouteNouns []string `json:"route_nouns,omitempty"`
	// GoalPrepositions (towards, أمام, نحو, باتجاه) lead what a thing is opened to or aimed at:
	// before a route noun they end an opening word's object ("فتح النيران باتجاه الطريق" opens
	// fire toward the road); after one they lead where the road goes.
	GoalPrepositions []string `json:"goal_prepositions,omitempty"`
	// RoadGoals are what a road is opened to as a figure ("open the road to peace", "تفتح الطريق
	// أمام الحوار"), as talks, agreement and truce nouns are: that opens no way for aid.
	RoadGoals []string `json:"road_goals,omitempty"`
	// ClosingWords (closure, إغلاق) take a route noun after them as their own object: "accused
	// Israel of closing the crossings" opens none.
	ClosingWords []string `json:"closing_words,omitempty"`
	// AccusingVerbs (accuse, blame, اتهم) charge someone with a deed: an error word next to one
	// ("wrongly accused it of violating the truce", "اتهمتها بالخطأ") qualifies the accusation,
	// not the sentence: it is no correction of an earlier report (lexicon background).
	AccusingVerbs []string `json:"accusing_verbs,omitempty"`
	// TimeClauseOpeners open a clause that dates the main one ("As the truce took effect, ...",
	// "ومع دخول الهدنة حيز التنفيذ، ..."): a truce named only in one frames no provision of the
	// main clause (the governor opening a new bridge then is no aid access).
	TimeClauseOpeners []string `json:"time_clause_openers,omitempty"`
	// PosteriorWords place what they open before the event they follow ("after", "بعد"): "signed
	// on Thursday after four days of talks" dates the signing, not the talks.
	PosteriorWords []string `json:"posterior_words,omitempty"`
	// RoleMarkers ("as") put a role on the name right before them ("accepts Saudi Arabia as
	// guarantor", "counts Malaysia and the OIC as guarantors"): that name holds the role a set
	// cue after the marker names, not the verb's subject.
	RoleMarkers []string `json:"role_markers,omitempty"`
	// TenureNouns name a stay in a post or a place ("office", "power", "service", "captivity",
	// "الحكم", "منصبه", "الأسر"): a span right before one ("after ten years in office", "ten
	// months' service", "400 days in captivity") measures that stay, not the truce.
	TenureNouns []string `json:"tenure_nouns,omitempty"`
	// VerbHomographs are truce nouns spelled as a common verb (قلد, the Beja truce, and قلّد "he
	// decorated, imitated, appointed"): with an ending only the verb takes (VerbEndings: قلّدت,
	// قلّدوا) or opening the sentence before its subject, bare or with a pronoun ending a verb
	// and a noun share (VerbObjectEndings: قلّده الرئيس وساماً), the word is the verb.
	VerbHomographs    []string `json:"verb_homographs,omitempty"`
	VerbEndings       []string `json:"verb_endings,omitempty"`
	VerbObjectEndings []string `json:"verb_object_endings,omitempty"`
	// MannerAdjuncts are the manner a deed was done in ("under pressure", "تحت ضغوط"): dismissed
	// content with one after its cue dismisses that manner, and the deed stands ("claims that
	// the truce was signed under pressure are baseless").
	MannerAdjuncts []string `json:"manner_adjuncts,omitempty"`
	// RoleNouns name a part someone played ("role", "part", "دور"): a denied part in reaching
	// the truce ("denied playing any part in brokering the ceasefire", "نفى أن تكون دمشق قد أدّت
	// أي دور في التوصل إلى التهدئة") denies the role, not the truce.
	RoleNouns []string `json:"role_nouns,omitempty"`
	// DirectionPhrases place a thing by a landmark's bearing ("north of", "east of", "شمال",
	// "جنوبي"): a place right after one is the landmark ("Croix-des-Bouquets, east of the
	// capital, is covered", "صالة شرق تعز"), not what the truce covers or leaves out.
	DirectionPhrases []string `json:"direction_phrases,omitempty"`
	// RecurrenceSpans open the time since a thing last happened ("for the first time in five
	// weeks", "لأول مرة منذ ستة أشهر"): a span right after one is no term of the truce.
	RecurrenceSpans []string `json:"recurrence_spans,omitempty"`
	// LinkNouns name travel or trade between places ("flights", "trade", "الرحلات", "التجارة"):
	// "between X and Y" after one, or after a route noun, links places; it names no sides.
	LinkNouns []string `json:"link_nouns,omitempty"`
	// DivideNouns name a divide between two ("gap", "rift", "الهوة"): "between X and Y" after one
	// names who differ, no sides of the truce.
	DivideNouns []string `json:"divide_nouns,omitempty"`
	// ExceptionWords set a name after them apart from the list before ("the signatory groups,
	// save against X", "الجماعات الموقعة باستثناء X"): a list of signers stops there. Words that
	// also restrict ("except" in except_only: "signed by none except X") are read as those.
	ExceptionWords []string `json:"exception_words,omitempty"`
	// WatchedEvents are events other than a truce that monitors watch ("election monitors",
	// "مراقبو الانتخابات"): monitors so qualified are none of the truce's.
	WatchedEvents []string `json:"watched_events,omitempty"`
	// NamingVerbs give someone a description ("describe", "call", "mention", "وصف", "تشر"): a
	// role word that is such a verb's predicate names nobody to the role when the verb is
	// refused, negated or withheld ("declined to describe the bloc as a mediator", "رفض وصف
	// إيران بالوسيط").
	NamingVerbs []string `json:"naming_verbs,omitempty"`
	// OwnCountryWords are a speaker's own country named by a possessed noun ("بلادها", her
	// country): as the subject beside an alongside phrase, the speaker's state.
	OwnCountryWords []string `json:"own_country_words,omitempty"`
	// ChannelWords name a body's own publishing channel after or before its name in an
	// article's source ("FLEC-FAC Information Bureau", "OCHA Iraq Flash Update", "المكتب
	// الإعلامي لـ..."): a source made of one body's name, places and such words is the body's
	// own channel, and its unattributed sentences are the body's.
	ChannelWords []string `json:"channel_words,omitempty"`
	// AddressPrepositions stand alone before the outlet or person a speaker tells, closing a
	// live-blog speaker's phrase before its colon ("X لـ«المشهد العربي»: ...", "X to Reuters:
	// ...": speakers_headline_colon.go).
	AddressPrepositions []string `json:"address_prepositions,omitempty"`
	// WithholdingVerbs hold back a description without denying it ("declined to", "stopped
	// short of", "refrained from", "امتنع عن"), ending right before the naming verb they govern.
	WithholdingVerbs []string `json:"withholding_verbs,omitempty"`
	// MembershipWords open the list of who sits on a body named right before them ("a joint
	// committee comprising", "made up of", "of", "التي تضم", "المكونة من", "لجنة مشتركة من").
	MembershipWords []string `json:"membership_words,omitempty"`
	// AttachedMembershipWords open, after a comma, the list of others attached to a body named
	// before them ("A joint military commission ..., with SADC observers attached, will monitor",
	// "the 5+5 Joint Military Commission, backed by a small team of UNSMIL observers"): a
	// membership only when the phrase names staff (lexicon staff_nouns: observers, officers), not
	// a backing ("with the backing of Qatar").
	AttachedMembershipWords []string `json:"attached_membership_words,omitempty"`
	// ModalAuxiliaries stand between a subject pronoun and its verb ("it would guarantee", "it
	// will mediate"): the pronoun is still the verb's subject.
	ModalAuxiliaries []string `json:"modal_auxiliaries,omitempty"`
	// TermDemandModals after "any truce" ("any truce must include", "any deal would have to see",
	// «أي هدنة يجب أن تتضمن»), and TermConditionNouns before TermConditionObjects and a truce noun
	// ("a condition for any deal", «شرطٌ لأي اتفاق»), make a term in their clause a demand on
	// the truce, not an account of it (modality_any_truce.go).
	TermDemandModals     []string `json:"term_demand_modals,omitempty"`
	TermConditionNouns   []string `json:"term_condition_nouns,omitempty"`
	TermConditionObjects []string `json:"term_condition_objects,omitempty"`
	// OtherDealQualifiers make an agreement noun another kind of deal ("a trade deal", "اتفاقا
	// تجاريا"): before the noun in English, after it in Arabic.
	OtherDealQualifiers []string `json:"other_deal_qualifiers,omitempty"`
	// HomographDemonyms are demonyms spelled like a common adjective (المالي, المالية: Malian and
	// financial): they stand for their country only in coverage of it, like a context alias
	// ("وزير المالية", "الدعم المالي" in a Sudan report name no state).
	HomographDemonyms []string `json:"homograph_demonyms,omitempty"`
	// AdditiveBreaks are clause breaks that add a predicate to the subject before them ("ينص
	// الاتفاق على ...، كما يتيح ...": the agreement also allows): a provision in the clause
	// they open is still the agreement's.
	AdditiveBreaks []string `json:"additive_breaks,omitempty"`
	// AsReportedMarkers open a clause that gives another's account of what the main clause
	// sets against it ("not at 6 p.m. as the PA announced", "لا منتصف الليل كما أعلن مكتب
	// المبعوث"); AsReportedVerbs are the impersonal verbs of report such a clause may take
	// besides the verbs of saying ("كما ورد في بيان الرئاسي").
	AsReportedMarkers []string `json:"as_reported_markers,omitempty"`
	AsReportedVerbs   []string `json:"as_reported_verbs,omitempty"`
	// TermActions make a term of a thing right after them ("تسليم جثتي", "يُفرج ... عن مخطوف",
	// "let in water tankers"): release, handover, delivery, entry. A thing (cue object "bare" or
	// "carrier") after one is a term of the agreement the sentence before named.
	TermActions []string `json:"term_actions,omitempty"`
	// OrderingVerbs give an order whose doer goes unnamed ("أمر الجيش بإخلاء المستشفى": the army
	// orders others out): a force right after one is who orders, not who leaves.
	OrderingVerbs []string `json:"ordering_verbs,omitempty"`
	// BoundNouns name the limits of a place ("حدود", "borders", "outskirts"): after a limit
	// predicate ("لا تتعدى الهدنة حدود ...") they make its object a place.
	BoundNouns []string `json:"bound_nouns,omitempty"`
	// ProvinceWords name a first-level unit of a state ("province", "region", "state", "محافظة",
	// "إقليم", "ولاية"): a place so named that a truce is said to cover is its area as a whole,
	// not a part inside it ("covers the Sool region" against "covers the Jufra district").
	ProvinceWords []string `json:"province_words,omitempty"`
	// BorderWords name a border ("الحدودي", "border"): "with X" right after one names the
	// neighbour across it ("معبر أدري الحدودي مع تشاد", "its border with Chad"), not a side.
	BorderWords []string `json:"border_words,omitempty"`
	// BothWords stand for each of two things named before ("Neither is covered", "كلاهما").
	BothWords []string `json:"both_words"`
	// SameWords mark an unnamed source as the one quoted before ("the same official", "المصدر
	// ذاته", "نفس المصدر"): it takes up the earlier speaker instead of standing for any source.
	SameWords []string `json:"same_words"`
	// SourceFieldWords (security, military, senior, عسكري, دبلوماسية) qualify an unnamed
	// source by its field or rank and may stand between it and the state or body that makes it
	// its own: "مصدر دبلوماسي جزائري", "مصدر عسكري في اللواء 444", "Lebanese security sources".
	SourceFieldWords []string `json:"source_field_words,omitempty"`
	// UnitNouns (مكتب, جناح, قيادة, غرفة) head a body's unit, office or organ named with the
	// body after ل: "قال المكتب الإعلامي لحركة حماس" is the body speaking, not telling it.
	UnitNouns []string `json:"unit_nouns,omitempty"`
	// GenericDeterminers quantify a noun as any one of its kind ("any ceasefire", "أي هدنة"):
	// such a ceasefire is not the one the article is about.
	GenericDeterminers []string `json:"generic_determiners"`
	// RestatingLeads (أي, i.e.) open, after a comma, a restatement of the time before in
	// other words or another zone: "منتصف ليل الخميس، أي العاشرة مساءً بتوقيت غرينتش". The
	// zone named in the restatement is its own, not the sentence's.
	RestatingLeads []string `json:"restating_leads,omitempty"`
	// LocativeClitics (ب, وب) are preposition prefixes that mean "in" before a place glued to
	// them: "بمسقط", "بمدينة سواكن".
	LocativeClitics []string `json:"locative_clitics,omitempty"`
	// ComplementClitics (ب, وب) are preposition prefixes that open what a verb of obliging
	// asks of its objects, glued to a verbal noun: "يُلزم الجيش بسحب قواته" (to withdraw).
	ComplementClitics []string `json:"complement_clitics,omitempty"`
	// FirstPersonPlural (we, نحن) as the subject of a signing verb: the party speaks of its
	// own signature ("we did not sign anything").
	FirstPersonPlural []string `json:"first_person_plural"`
	// FreeRelatives head a relative clause with no noun: "what we agreed", "ما اتفقنا عليه".
	FreeRelatives []string `json:"free_relatives"`
	// SignerNouns are who signs a truce when no name is given ("groups", "factions", "fronts",
	// "sides"): "The ELN's three fronts have all signed", not "300 doctors have signed".
	SignerNouns []string `json:"signer_nouns,omitempty"`
	// AnnexNouns name a text attached to the agreement ("annex", "ملحقاً"): who signs one signs
	// the agreement it is attached to ("The CRP insists it signed an annex alongside CODECO").
	AnnexNouns []string `json:"annex_nouns,omitempty"`
	// BilateralWords call the truce one between two sides ("bilateral", "الثنائي"): "the bilateral
	// ceasefire with X", said by a side, names that side and X.
	BilateralWords []string `json:"bilateral_words,omitempty"`
	// PluralEndings end a plural noun of people where the language marks the plural on the
	// word's end ("drivers", "delegates": "s"); NonPluralEndings end words they would wrongly
	// take ("witness", "press", "various": "ss", "ous"). A bare plural noun as the subject of a
	// verb of saying ("..., drivers said") is unnamed people (speakers_unnamed_people.go); a
	// language without the list has no such test.
	PluralEndings    []string `json:"plural_endings,omitempty"`
	NonPluralEndings []string `json:"non_plural_endings,omitempty"`
	// GovernmentNouns name a government in an entity's name ("the Pakistani government",
	// "الحكومة اليمنية"): a government named as a side of a truce is that side, not the state
	// its entry speaks for; a ministry or a seat is not one.
	GovernmentNouns []string `json:"government_nouns,omitempty"`
	// ArmyNouns name a state's armed forces after a possessive owner: "Congo's army", "Chad's
	// military", "Senegal's troops" (mentions_possessive_army.go). Arabic's construct state
	// ("جيش الكونغو") has no possessive mark and no entry.
	ArmyNouns []string `json:"army_nouns,omitempty"`
	// SittingBodies are a state's own sitting organs, a legislature, a cabinet or a court
	// ("parliament", "البرلمان", "مجلس النواب"): a meeting or session they own ("جلسة البرلمان",
	// "the parliament session") is their own sitting, no talks between the sides
	// (talks_organ_sitting.go).
	SittingBodies []string `json:"sitting_bodies,omitempty"`
	// ExplicativePrepositions after a free relative and its verb name what it stands for ("بما
	// وقّعت عليه من اتفاقيات", "what it signed of"): the thing signed is then named there.
	ExplicativePrepositions []string `json:"explicative_prepositions,omitempty"`
	// ObjectPrepositions (on, to, على) may stand between a verb and its object: "we did not
	// agree to anything", "لم نوقع على أي شيء".
	ObjectPrepositions []string `json:"object_prepositions"`
	// IndefinitePronouns stand for any object at all: "we did not sign anything".
	IndefinitePronouns []string `json:"indefinite_pronouns"`
	// Auxiliaries (did, have, قد) and NegatingAuxiliaries (not, never, لم) may stand between a
	// subject and its verb ("we did not sign").
	Auxiliaries         []string `json:"auxiliaries"`
	NegatingAuxiliaries []string `json:"negating_auxiliaries"`
	// LinkingVerbs (remain, stay) link a subject to a predicate like a copula ("it stays a
	// legitimate target", "they remain outside the scope").
	LinkingVerbs []string `json:"linking_verbs"`
	// PluralDemonstratives (those, these, هذه) before a force noun (ForceNouns: forces,
	// troops, القوات) point back to a force named before ("those forces must leave").
	PluralDemonstratives []string `json:"plural_demonstratives"`
	ForceNouns           []string `json:"force_nouns"`
	// ForceHeads are the nouns a demonym turns into a country's armed force ("Thai soldiers",
	// "the Cambodian side", "القوات الكمبودية"); DualForces name the two sides' forces at once
	// ("the two armies", "الجيشين").
	ForceHeads []string `json:"force_heads"`
	DualForces []string `json:"dual_forces"`
	// KunyaWords open a kunya or patronymic that names a person alone ("أبو زيد" after "أسامة
	// أبو زيد"); GroupAnaphors point back to the armed group just named ("the group", "الحركة").
	KunyaWords    []string `json:"kunya_words"`
	GroupAnaphors []string `json:"group_anaphors"`
	// GenericActorNouns are class nouns for the armed men of any war ("the gunmen",
	// "المسلحين"): a context alias made of them names its armed group only in an article that
	// names the group or those it belongs with, not the gunmen of another war.
	GenericActorNouns []string `json:"generic_actor_nouns"`
	// CalendarNames are month and feast names no date rule reads (رمضان, شوال): in a script
	// without capitals a surname among them names a person only in a kunya ("هدنة رمضان").
	CalendarNames []string `json:"calendar_names"`
	// Partitives carry a noun on into what it is a part or kind of ("the group of mediators"):
	// the noun is then no anaphor.
	Partitives []string `json:"partitives"`
	// CountNouns head a noun to give its count ("the number of detainees", "عدد المحتجزين"): a
	// statement on the count ("is not settled yet") is no term on the slot the noun names.
	CountNouns []string `json:"count_nouns,omitempty"`
	// StrengthEstimates are the verbs that put a group's strength at a number ("its fighters are
	// estimated at about 6,000", "يقدَّر عددهم بنحو ثلاثة آلاف مقاتل"): the count is the group's
	// size, no count of the truce's signatories.
	StrengthEstimates []string `json:"strength_estimates,omitempty"`
	// AbsoluteInclusion closes an absolute phrase that adds a member to the object before it
	// ("binds every clan of the tribe, them included"): the pronoun's antecedent is covered.
	AbsoluteInclusion []string `json:"absolute_inclusion,omitempty"`
	// RivalHeads head a list of armed groups as each other's opponents: a kin group that feuds
	// with its like ("two tribes, X and Y", "عشيرتي X وY") or a noun a rivalry adjective follows
	// ("الطرفان المتناحران، X وY"); a truce those names reach is between them.
	RivalHeads []string `json:"rival_heads,omitempty"`
	// RivalQualifiers are rivalry adjectives before the noun that heads such a list ("rival",
	// "feuding"): the noun after them is the head.
	RivalQualifiers []string `json:"rival_qualifiers,omitempty"`
	// ObligationWords predicate an obligation or a concern of their subject ("bound by", "ملزم",
	// "concerned by", «معني بـ»): a pronoun subject after a verb of saying stands for the one who
	// says it ("X says it is not bound by the truce"), unlike coverage words, whose subject is
	// what is covered.
	ObligationWords []string `json:"obligation_words,omitempty"`
	// ArmedMen are nouns of irregular armed men ("gunmen", "مسلحي"): placed in a district that
	// speaks for an armed group ("gunmen in Bab al-Tabbaneh"), they are that group.
	ArmedMen []string `json:"armed_men,omitempty"`
	// ObligingVerbs bind their object to a term ("يلزم", "binds", "requires"): "يُلزم الطرفين
	// بسحب المسلحين" binds both sides to pull their men back.
	ObligingVerbs []string `json:"obliging_verbs,omitempty"`
	// RemovingVerbs take a right away ("take away", "strips", "يُسقط", "ينزع"): a retained right
	// right after one is not retained, unless the verb is negated.
	RemovingVerbs []string `json:"removing_verbs,omitempty"`
	// ObservationVerbs report what was seen or recorded ("no withdrawal was recorded", "لم
	// يُسجَّل أي انسحاب"): negated, they observe that nothing happened, no term of the deal.
	ObservationVerbs []string `json:"observation_verbs,omitempty"`
	// ArrivalDeeds tell in the past that something arrived ("reached", "arrived", "وصلت"): aid
	// said to have arrived ("the first aid convoy reached Agok") is a deed seen on the ground,
	// no term of the deal, unless the sentence names the deal otherwise than as a date ("a
	// convoy sent under the agreement reached the town").
	ArrivalDeeds []string `json:"arrival_deeds,omitempty"`
	// HandoverDeeds tell in the past that captives or bodies changed hands ("handed", "exchanged",
	// "freed", "سلّمت", "أُفرج"): a handover seen, no term of the deal unless the sentence names
	// the deal (exchange_handover_seen.go).
	HandoverDeeds []string `json:"handover_deeds,omitempty"`
	// GesturePhrases call a release a gesture ("goodwill gesture", «بادرة حسن نية»): a release
	// said to be one is kept out of the deal's terms (exchange_gesture.go).
	GesturePhrases []string `json:"gesture_phrases,omitempty"`
	// JudicialPhrases hand a release to the courts ("a matter for the judiciary", «شأن قضائي»):
	// a release said to be one is kept out of the deal's terms (exchange_gesture.go).
	JudicialPhrases []string `json:"judicial_phrases,omitempty"`
	// ProvisionModals are the voice of a treaty's text ("shall"): a sentence with one, in an
	// article about a ceasefire, states the text's terms (provisions_modal.go).
	ProvisionModals []string `json:"provision_modals,omitempty"`
	// FreeChoiceWords pick out whatever thing may be ("any", «أي»): outside a negation, an
	// exchange they pick out is no term (exchange_any_swap.go).
	FreeChoiceWords []string `json:"free_choice_words,omitempty"`
	// DeedNegations negate a verb as a deed not done ("لم تنسحب القوات", "troops have not
	// withdrawn", "did not release"): right before a provision verb, they report that it has not
	// happened, no term of the deal.
	DeedNegations []string `json:"deed_negations,omitempty"`
	// AgreeingVerbs are the forms of a verb of agreeing a negation or a deed negation may stand
	// before ("agree", "يتفق", "يُتفق"): negated a few words before a provision ("the two sides
	// did not agree on a prisoner exchange", «لم يُتفق بعد على تبادل الأسرى») they leave it out
	// of the deal (transforms/claims/provisions_agreeing_negated.go).
	AgreeingVerbs []string `json:"agreeing_verbs,omitempty"`
	// StillWords tell a state that lasts as it is ("remains", "still", «لا يزال»): with a
	// provision's noun for subject ("Medical evacuations from Kadugli remain pending", «لا يزال
	// ملف الأسرى أكثر البنود غموضاً») they report the situation, no term of the deal
	// (transforms/claims/provisions_state_observed.go).
	StillWords []string `json:"still_words,omitempty"`
	// AgendaWords put a thing on the agenda of talks to come ("will discuss", "on the agenda",
	// «ستبحث», «جدول أعمالها»): a provision after them is a subject of the talks, no term of
	// the deal (transforms/claims/provisions_agenda.go).
	AgendaWords []string `json:"agenda_words,omitempty"`
	// FailedAttempts say an attempt came to nothing ("failed to", "فشلوا في"): right before
	// an agreeing verb ("failed to agree a truce", "فشلوا في التوصل إلى هدنة"), no agreement.
	FailedAttempts []string `json:"failed_attempts,omitempty"`
	// CessationVerbs say a doing stopped ("stopped", "ceased", "توقفت عن"): right before a cue of
	// compliance ("stopped observing the truce"), the truce is no longer kept, not in force.
	CessationVerbs []string `json:"cessation_verbs,omitempty"`
	// AidAdjectives make a team noun (lexicon staff_nouns) an aid team ("الفرق الإنسانية",
	// "فرق الإغاثة"): as who arrives, they name aid access (humanitarian_actor_reach.go).
	AidAdjectives []string `json:"aid_adjectives,omitempty"`
	// ComingAboutVerbs say a thing came about or was done (جاء, تم, تحقق): with the truce for
	// their subject and a manner word of MediationManners after them ("وجاء الاتفاق بوساطة
	// أوروبية", "الصلح تم برعاية المحافظ"), the truce was reached.
	ComingAboutVerbs []string `json:"coming_about_verbs,omitempty"`
	// MediationManners tell through whom a thing came about (بوساطة, برعاية, بجهود), after a
	// verb of ComingAboutVerbs.
	MediationManners []string `json:"mediation_manners,omitempty"`
	// CueGapWords may stand between the words of a mediation cue without breaking it: manner
	// adverbs and role adjectives ("أسهمت بدورها في التوصل", "أدى دوراً محورياً في إنضاج",
	// "helped quietly broker"); quotation marks may too (sets_cue_gap.go).
	CueGapWords []string `json:"cue_gap_words,omitempty"`
	// ContactNouns name contacts, calls or talks held with someone ("contacts with Damascus",
	// "اتصالات مع دمشق"): the name after their "with" is whom a broker spoke to, no co-broker
	// (sets_contacts_with.go).
	ContactNouns []string `json:"contact_nouns,omitempty"`
	// WorkPauseNouns are truce nouns that also name a body's pause of its own work ("suspension
	// of operations": Manipur's truce, and an aid agency's or a company's halt); WorkSites
	// ("hospital", "mine") and OperatorNouns ("company", "charity") tell the body's own pause
	// (truce_noun_owned_pause.go).
	WorkPauseNouns []string `json:"work_pause_nouns,omitempty"`
	WorkSites      []string `json:"work_sites,omitempty"`
	OperatorNouns  []string `json:"operator_nouns,omitempty"`
	// AttendanceWords say who sat in a meeting ("attended by", "بحضور"): an observer they name
	// holds a seat at the talks, not a watch over the truce (monitors_talks_observer.go).
	AttendanceWords []string `json:"attendance_words,omitempty"`
	// MissionNouns name a body's field mission ("mission", "بعثة"): "the U.N. mission" is the UN
	// mission the article names outright, not the UN at large (mentions_mission_refer_back.go).
	MissionNouns []string `json:"mission_nouns,omitempty"`
	// SubsetHeads take a part of a whole ("one of the factions that signed", "إحدى الجماعات
	// الموقعة"), and FrontedPartitives open a sentence on one ("Of the ten factions that signed,
	// ...", "من بين الفصائل الموقعة، ..."): the signers named are some of the signers, not their
	// list (signatories_subset.go).
	SubsetHeads       []string `json:"subset_heads,omitempty"`
	FrontedPartitives []string `json:"fronted_partitives,omitempty"`
	// NegativeConditionals open a condition that something be done ("unless", "ما لم"): a
	// withdrawal in their clause is a term demanded, not nothing (withdrawal_conditioned.go).
	NegativeConditionals []string `json:"negative_conditionals,omitempty"`
	// FramePrepositions open a fronted adjunct naming the frame a clause is told in ("Under the
	// UN proposal, the truce would cover Sirte", "بموجب المقترح"): a modality in the frame
	// qualifies the clause after its comma (scope_fronted_frame.go).
	FramePrepositions []string `json:"frame_prepositions,omitempty"`
	// TermParticiples qualify a provision as a term of the agreement ("promised in the
	// agreement", "المنصوص عليها في الاتفاق").
	TermParticiples []string `json:"term_participles"`
	// SinceWords open a span lasting up to now ("held since March 2022", "منذ عام 2022"): the
	// year dates when a present state began, not an earlier event.
	SinceWords []string `json:"since_words"`
	// AccountPrepositions give whose account a value is, right after it, in a list of rival
	// accounts ("thirty days for the mediators, three months for the Zuwaya council", «ثلاثون
	// يوماً عند الوسطاء، وثلاثة أشهر عند مجلس الزوية»): durations_for_account.go.
	AccountPrepositions []string `json:"account_prepositions,omitempty"`
	// RelativeDenialLinks tie a denial verb right after them, or its subject, to the term
	// before ("..., وهو ما ترفضه بيروت", "..., which the SDF denies"): the denial is another
	// side's account of the term (provisions.go relativeDenialAfter, provisions_relative_denier.go).
	RelativeDenialLinks []string `json:"relative_denial_links,omitempty"`
	// YearNouns name a year before its number ("the year 2015", "عام 2022"): with a month name
	// or a month lead they tell a year from another four-digit number.
	YearNouns []string `json:"year_nouns"`
	// DraftWords mark an agreement as not concluded ("a draft agreement", "مسودة اتفاق"): a
	// pronoun standing for it ("signed it") is read only after a concluded one.
	DraftWords []string `json:"draft_words"`
	// ResolutionWords name a text put to a vote ("a resolution", "the vote", "قرار", "التصويت"): a
	// sponsorship word next to one sponsors the resolution, no mediation of the truce.
	ResolutionWords []string `json:"resolution_words,omitempty"`
	// TimeLeads place an event in time ("since", "after", "moment of", "منذ", "عقب"), and
	// TimingVerbs introduce an event as the subject of a timing ("وجاء توقيع الاتفاق بعد"):
	// signing used as a time reference states no agreement.
	TimeLeads   []string `json:"time_leads"`
	TimingVerbs []string `json:"timing_verbs"`
	// Coordinators (and, و) join two predicates of one subject ("X is A and is covered").
	Coordinators []string `json:"coordinators"`
	// DefiniteArticles written as a word (the; Arabic attaches its article, clitics.article):
	// "the official added" points back to the source quoted before.
	DefiniteArticles []string `json:"definite_articles"`
	// IndefiniteArticles (a, an) count one of the unit after them: "for a month".
	IndefiniteArticles []string `json:"indefinite_articles"`
	// PassiveAgents are background phrases that are also the passive agent "by X" (من قبل
	// X): followed by a name they are not background.
	PassiveAgents []string `json:"passive_agents"`
	// MakingParticiples are passive participles of making a deal ("was reached", "was hammered
	// out", "was negotiated", «الاتفاق أُنجز»): with the truce as subject, the place after them is
	// where this truce was made (venue_passive_making.go).
	MakingParticiples []string `json:"making_participles,omitempty"`
	// BothSides name the truce's two sides at once ("both sides", "الطرفين"): with a force noun
	// or a provision they stand for the sides' forces.
	BothSides []string `json:"both_sides,omitempty"`
	// TruceLocatives put the truce right before them in a place, besides the locatives: "a
	// ceasefire for Taiz", "a 30-day ceasefire around Las Anod".
	TruceLocatives []string `json:"truce_locatives,omitempty"`
	// FrontNouns name a front ("front", «جبهة»): after a locating preposition ("on", «على»)
	// that follows the truce noun, a front with a place's name places the truce there as a
	// locative does ("a truce on the Marib front", «الهدنة على جبهة مأرب»).
	FrontNouns []string `json:"front_nouns,omitempty"`
	// LeaderLinks name who leads the noun before them ("the coalition led by Riyadh", «تحالف
	// بقيادة الرياض»): the leader is no side of its own in a list of sides.
	LeaderLinks []string `json:"leader_links,omitempty"`

	CeasefireNouns []string `json:"ceasefire_nouns"`
	AgreementNouns []string `json:"agreement_nouns"`
	TalksNouns     []string `json:"talks_nouns"`
	// MeetingNouns (اجتماع, meeting) name talks only when a place names them ("اجتماع
	// أستانة"); otherwise any meeting (a Security Council session) would be the talks.
	MeetingNouns []string `json:"meeting_nouns"`
	// RemoteMeetingNouns (video call, اتصال مرئي) are meeting nouns too (not repeated in
	// MeetingNouns), of a meeting held nowhere: who hosts one convenes it and gives it no venue
	// ("a video call hosted by Moscow").
	RemoteMeetingNouns []string `json:"remote_meeting_nouns,omitempty"`
	// TalksVerbs (convene in, ستنعقد) name talks only in a sentence that names a truce, an
	// agreement, talks or a meeting: parliaments, courts and councils convene too.
	TalksVerbs []string `json:"talks_verbs,omitempty"`
	// JointBodies (a joint commission, اللجنة المشتركة) are bodies of both sides: their sitting
	// is talks, so a verb of convening with one names talks too.
	JointBodies []string `json:"joint_bodies,omitempty"`
	// PronounTalksVerbs (be held in, أن تُعقد في, بعقدها في) hold talks a pronoun stands for:
	// talks only after a subject pronoun ("it will be held in"), a complementizer ("أنها
	// ستُعقد في") or with an object suffix ("بعقدها في"), the talks named before them in the
	// sentence (talks_pronoun_verbs.go).
	PronounTalksVerbs []string `json:"pronoun_talks_verbs,omitempty"`
	// RoundNouns (round, جولة) name a round of talks only where the round is named as one: by
	// its city ("the Addis Ababa round", "جولة سواكن"), by its day ("Tuesday's round") or, when
	// definite, placed in a city ("بعقد الجولة في بورت أو برنس"); alone a round is as often one of
	// fighting, a tour or a shot (talks_named_rounds.go).
	RoundNouns []string `json:"round_nouns,omitempty"`
	// PlannedTalksMarkers say that talks are announced for later, not held: future verbs of
	// holding and meeting ("will be held", "ستعقد"), "next", "upcoming", "scheduled", "المقبلة",
	// "المقررة". One in the clause of a claim of a topic marked "rounds" (next to its talks noun or
	// its value) makes the claim's round "planned" (Claim.Round), so that the venue of the round
	// to come set against the venue of the round that produced the truce ranks low.
	PlannedTalksMarkers []string `json:"planned_talks_markers"`
	// HeldTalksMarkers are past-tense predicates of talks held ("ended", "broke down", "were
	// held", "انتهت", "عُقدت"): a bare weekday in their clause is the latest such day, not the
	// nearest one either way ("Talks in Doha on Friday ended without agreement").
	HeldTalksMarkers []string `json:"held_talks_markers,omitempty"`

	Time    TimeWords   `json:"time"`
	Numbers NumberWords `json:"numbers"`

	// Topics maps a topic id to the cues that trigger it, with the value or slot they give.
	Topics map[string][]Cue `json:"topics"`
}

// Grammar is what the extraction rules need to know about a language's word order and
// inflection, so that a language is described by its lexicon and not by code.
type Grammar struct {
	// SubjectBeforeVerb: a speaker usually precedes its verb of saying ("the ministry said");
	// otherwise it follows it ("قالت الوزارة").
	SubjectBeforeVerb bool `json:"subject_before_verb"`
	// AdjectiveAfterNoun: an adjective follows its noun ("القوات الكمبودية"), not precedes it
	// ("Cambodian troops").
	AdjectiveAfterNoun bool `json:"adjective_after_noun"`
	// ReportAfterContent: a verb of saying may close what it reports ("..., the ministry
	// said"), so its speaker also holds for the clause before it. Otherwise only an attribution
	// preposition looks back (بحسب X); a verb introduces the content after it.
	ReportAfterContent bool `json:"report_after_content"`
	// ModalAfterSubject: modals follow the subject ("the talks may resume"), so a modal a few
	// words after a claim's cue still governs it.
	ModalAfterSubject bool `json:"modal_after_subject"`
	// MonthBeforeDay: dates are written month first ("December 29, 2016").
	MonthBeforeDay bool `json:"month_before_day"`
	// SuffixInflection: words inflect by suffixes (Clitics.Suffixes: -s, -ed, -ing), which are
	// stripped to match; otherwise by the clitic prefixes and the article of Clitics.
	SuffixInflection bool `json:"suffix_inflection"`
}

// Clitics are the attached particles the matcher strips before comparing words.
type Clitics struct {
	Prefixes []string `json:"prefixes"` // و ف ب ل ك and combinations
	Article  []string `json:"article"`  // ال (the bare article first), and what ل+ال contracts to (لل)
	Suffixes []string `json:"suffixes"` // inflection and pronoun suffixes tried on stems
	// ImperfectPrefixes are verb person prefixes treated as equal (يشمل = تشمل); the first is
	// the one cue words are written with.
	ImperfectPrefixes []string `json:"imperfect_prefixes"`
	// Contractions map a suffix to the word it stands for (n't: not): a word ending in one
	// also matches as that word and as its stem (isn't: not, is).
	Contractions map[string]string `json:"contractions"`
	// Prepositions are the prefixes that carry a preposition (ب ل ك, وب): a cue word reached
	// by stripping one is a noun (بوصفها, "as it is"), not the verb وصف.
	Prepositions []string `json:"prepositions"`
	// NounPrefixes are the article with what may precede it (ال, وال, بال, لل): a cue word
	// written with one is a verbal noun (الإعلان عن), not a verb.
	NounPrefixes []string `json:"noun_prefixes"`
	// Conjunctions are the prefixes that carry "and" (و): a name written with one ("وإسرائيل")
	// is listed with the name right before it.
	Conjunctions []string `json:"conjunctions"`
	// Possessives mark the word they end, or follow as a token, as the owner of the next noun
	// ("Syria's army", "Russia's statement"): a name qualifying another, not a side of its own.
	Possessives []string `json:"possessives"`
	// FuturePrefixes (س) make an imperfect verb future (ستشكل): after a condition's first
	// word, such a verb opens the main clause.
	FuturePrefixes []string `json:"future_prefixes"`
	// ParticiplePrefixes (م) start participles: a cue written with one is passive, its
	// subject before it (القوة المشتركة "مشمولة").
	ParticiplePrefixes []string `json:"participle_prefixes"`
	// ObjectSuffixes (ها, هم) are pronoun suffixes: a one-word cue carrying one has its object
	// in it (استثنائها), so what follows is not its object.
	ObjectSuffixes []string `json:"object_suffixes"`
	// FirstPersonPluralAffixes mark a verb whose subject is "we" (اتفقنا, نوقع).
	FirstPersonPluralAffixes Affixes `json:"first_person_plural_affixes"`
	// NisbaSuffixes make a relative adjective of a name (فلسطيني of فلسطين): a mention written
	// with one that the name itself does not end in is an adjective, not the name.
	NisbaSuffixes []string `json:"nisba_suffixes"`
	// DualSuffixes (ين) end a unit word counted two (يومين): "a truce of two days".
	DualSuffixes []string `json:"dual_suffixes"`
	// ParticipleSuffixes (-ed) end the participles that may follow their noun as an absolute
	// phrase ("Idlib excluded.").
	ParticipleSuffixes []string `json:"participle_suffixes"`
	// AdverbSuffixes (-ly) make a manner adverb, which may stand between a copula and its
	// participle ("is fully covered").
	AdverbSuffixes []string `json:"adverb_suffixes"`
	// IrregularVerbs map a lemma to its past and participle when they are not lemma+ed (take:
	// took, taken): a word written in one also matches as the lemma, and a participle also as
	// the past, so "withdrew" reads as withdraw and "has taken effect" as "took effect".
	IrregularVerbs map[string][]string `json:"irregular_verbs,omitempty"`
	// TaMarbuta is the letter a feminine noun ends in before a suffix and the one it ends in
	// alone: ["ت", "ة"]. A stem left ending in the first once one of PronounSuffixes is
	// stripped also reads with the second (هدنته, مراقبتها → هدنة, مراقبة).
	TaMarbuta []string `json:"ta_marbuta,omitempty"`
	// FemininePlurals (ات) end plurals: a stem ending in one before a pronoun is a plural
	// (قواتها), not a noun in ta marbuta (قوة).
	FemininePlurals []string `json:"feminine_plurals,omitempty"`
	// PluralVerbSuffixes (وا) end a verb whose subject is a plural pronoun ("وقالوا إنهم");
	// PluralNounSuffixes (ون, ين, ات) end the head of a plural name ("الحوثيون", "قوات الدعم
	// السريع"), which such a verb stands for.
	PluralVerbSuffixes []string `json:"plural_verb_suffixes,omitempty"`
	PluralNounSuffixes []string `json:"plural_noun_suffixes,omitempty"`
	// BrokenPlurals are plural heads of group names formed inside the stem, with no plural
	// suffix (فصائل, أكراد, قبائل, كتائب): such a head is plural too.
	BrokenPlurals []string `json:"broken_plurals,omitempty"`
	// PronounSuffixes are the suffixes after which ta marbuta and hamza seats are restored.
	// Dual, plural and nisba suffixes are left out: الحكومتين, الجماعات would read as the
	// names "الحكومة", "الجماعة" of one body, and استثنائي (exceptional) as استثناء.
	PronounSuffixes []string `json:"pronoun_suffixes,omitempty"`
	// CompoundParticles (out, back, off) make a verb phrase that is also written as one word
	// or hyphenated when it names the act: "pull out" is also read as pullout and pull-out.
	CompoundParticles []string `json:"compound_particles,omitempty"`
	// ImperfectKeepsPerfect (ت) starts the perfects whose imperfect is a person prefix + the
	// perfect (forms V and VI: توصل, يتوصل; تعهد, نتعهد): such an imperfect reads as the perfect.
	ImperfectKeepsPerfect string `json:"imperfect_keeps_perfect,omitempty"`
	// HamzaSeats map the letters a final hamza sits on before a pronoun suffix to the bare
	// hamza (استثنائه → استثناء).
	HamzaSeats map[string]string `json:"hamza_seats,omitempty"`
	// WeakFinals map a verb suffix to the weak final letters it replaces (نفوا, ينفون → نفى,
	// ينفي; يدعون → يدعو): a short stem (weakFinalMaxStem letters) also reads with each.
	WeakFinals map[string][]string `json:"weak_finals,omitempty"`
}

// Affixes are prefixes and suffixes that mark the same thing.
type Affixes struct {
	Prefixes []string `json:"prefixes"`
	Suffixes []string `json:"suffixes"`
}

// Cue is one trigger phrase with what it means.
type Cue struct {
	Cue      string `json:"cue"`
	Value    string `json:"value,omitempty"`    // topic value it asserts (agreed, nationwide, included...)
	Slot     string `json:"slot,omitempty"`     // topic slot (fighters, prisoners...)
	Modality string `json:"modality,omitempty"` // hedged, expected, proposed, demanded
	// Object constrains what the cue attaches to, by topic:
	//   - any topic: "direct" = the ceasefire noun must be its direct object (أعلن الجيش وقفاً
	//     للنار, not أعلن التزامه بوقف النار); "self" = the cue names the cessation itself ("the
	//     guns fell silent", "held firm") and needs no ceasefire noun in an article about a truce;
	//     "definite" = as "direct", and the object must not be indefinite: "is committed to the
	//     truce" abides by it, "is committed to a ceasefire" wants one.
	//   - parties: "with" = the preposition with; "copula" = a role noun a copula joins to the
	//     sides ("the only parties were X and Y", "طرفا الاتفاق هما"), or an appositive list
	//     ("طرفي الاتفاق، أي X وY،"); "role" = a role noun ("both parties", "الطرفان") that names
	//     the sides only through an appositive list ("Both parties, X and Y, sent ..."); "binds"
	//     below.
	//   - talks.venue: "host" = a hosting verb, whose city next to it hosts the talks ("أن تستضيف
	//     مسقط جولة مشاورات", "Muscat will host"); "own_ground" = the talks are held on the
	//     speaking state's soil ("ستُعقد على أراضيها", "on its soil"); "move" = a verb or noun of
	//     moving whose object is the talks, the city after "to" their venue ("نقل المفاوضات إلى",
	//     "moved the talks to"): with a modality (a verbal noun, an infinitive: "نقل", "moving")
	//     the move is spoken of, not made.
	//   - start_time: "time" = a preposition that dates only the time right after it ("from
	//     midnight").
	//   - duration: "after" = a word that follows a span of the truce's term ("renewable"); "adjacent"
	//     = a lead that counts only for the span right after it ("من أصل", "amounting to").
	//   - scope: "outside" = a part of the war that makes the truce partial only when stated
	//     outside it ("the front line is not covered", "لا يشمل العمليات البرية"); "covered" = a
	//     kind of target that does so only as the first object of a coverage verb ("covers
	//     ports"); "region_of" = a direction word that places the truce in part of its country
	//     ("in northern Mali", "في شمال وشرق سوريا"); "subject" = as for status below ("confined to",
	//     "محصورة في": "fighting was confined to" is no scope).
	//   - monitors: "holder" = the task handed to whoever follows ("falls to", "مهمة", "تتولاها").
	//   - guarantors, mediators, talks.sponsors: "agreement" = a verb whose object must be the
	//     truce, the deal or the talks ("guarantee", "sponsor", "يضمن", "رعت"): with an object
	//     and none of them in the sentence it guarantees or sponsors something else.
	//   - withdrawal: "agent" = an intransitive verbal noun whose genitive right after it is who
	//     leaves ("خروج الجرحى": the wounded, no force); not a transitive one (مغادرة الأراضي);
	//     "cleared" = a noun of clearing a place of a force, named after a preposition ("إخلاء
	//     المنطقة من مقاتلي X"); "withdrawn" = a transitive verbal noun whose object is what is
	//     pulled back ("سحب الأسلحة الثقيلة الكمبودية": Cambodia's army's); "repositioned" = a
	//     force staying where it has moved to ("stay in their new positions"), which refuses no
	//     withdrawal: the cue only hides the shorter one it holds.
	//   - humanitarian: "carrier" = ambulances or relief teams let through ("سيارات الإسعاف",
	//     "Red Cross teams"): aid access, unless what they are sent for follows right after, an
	//     evacuation ("لنقل الجرحى") or a handover ("لتسلم جثامين"); a safe corridor for them
	//     is their access only.
	//   - humanitarian and exchange: "bare" = a thing every war report names ("food supplies",
	//     "جثة", "people kidnapped"): like a carrier, it names its slot only in a provision's
	//     frame (the sentence names the truce or the agreement, an inclusion or agreeing verb
	//     governs it, or an action cue of the topic stands right before it: "تسليم جثتي");
	//     "with_action" = as "bare", and a term action word (term_actions) stands within four
	//     tokens of it ("the dead are to be returned", "handover of the dead"; not "for each of
	//     the dead", "bury the dead").
	//   - withdrawal: "wanted_out" = "out of", a withdrawal only as what a demand wants of a force
	//     named right before it ("wants BIFF fighters out of the villages"; not "came out of
	//     the forest", "keeps the army out of the talks").
	//   - withdrawal: "stay_place" = a verb of staying, with its modal or future, and its
	//     locative ("would stay at", «ستبقى في»): a refusal only with a city, region or country
	//     named right after it ("would stay in Zvečan"; not "will stay in touch").
	//   - exchange: "captive_released" = a detention or abduction word ("detained", "in prison",
	//     "kidnapped") that names its slot only with a release or handover verb (term_actions)
	//     after it in its clause, told as a term: a modal or an infinitive before the verb, or the
	//     truce or the agreement named after it ("his men held in prisons would be freed under
	//     the deal"; not "two men were detained", "released 12 detained suspects").
	//   - exchange: "anaphor" = a release of a pronoun ("their release", «الإفراج عنهم»,
	//     «إطلاق سراحهم»): it names the slot of the captive noun it points back at, the nearest
	//     before it in the sentence or the last in the sentence before; with none, nothing
	//     (exchange_release_anaphor.go).
	//   - humanitarian: "route" = an opening word ("فتح", "reopen", "reopening of") that names aid
	//     access only with a way in or out (route_nouns: road, port, crossing, الطريق, الميناء)
	//     as its object, at most six words after it in its clause and before any locating or
	//     placing preposition ("فتح الطريق القومي", "the reopening of the Port Sudan-Atbara
	//     highway"; not "فتح النار على الطريق", "reopen talks", "reopened schools in the port").
	//   - retained rights and monitors: "truce_after" = a phrase also used of policing or human
	//     rights ("بيد من حديد", "كل من يخرق", "follow up on violations"): it names its slot or
	//     role only with the truce or the deal within five tokens after it; "breach_after" = a
	//     phrase also used of protesters or crime ("الرد بالقوة"): as "truce_after", or with a
	//     breach or fighting word there ("الرد بالقوة على الخروقات").
	//   - guarantors and mediators: "named_truce" = a guarantee or facilitation word loans,
	//     courts, evacuations and workshops use too ("ضمنته", "كفالة", "stood surety for",
	//     "يسّرتها", "facilitators"): it names a guarantor or mediator only in a sentence naming
	//     the truce or the deal.
	//     "assisting" = a phrase of help ("with help from", "with the help of", "بمساعدة"): it
	//     names a co-broker only after the deal it helped, a truce or agreement noun or a cue of
	//     mediating or agreeing ending at most eight tokens before it in its clause ("brokered
	//     by X with help from Y"; not "retook the town with help from Russia").
	//   - scope: "bound" = a limit predicate ("does not extend beyond", "لا تتعدى"): as "subject",
	//     and what follows must be a place (a name, an area noun, a front line), not a time, a
	//     length or anything else.
	//   - exchange: "head" = a general noun that names its own slot only when no captive noun
	//     follows it; retained rights: "jihadist" = a cue that names its slot only against a
	//     jihadist group; "jihadist_war" = a war noun ("war on", "الحرب على") that does so only
	//     when the truce is said to cover the war or leave it out (alone it is background).
	//   - status, value in_force, start_time and scope: "subject" = a predicate many nouns take
	//     ("remains in place", "began"): the truce or the deal must be its subject, not a noun
	//     after it or after a preposition ("checkpoints remain in place despite the truce",
	//     "shelling began at 10 a.m., hours after the ceasefire"); a start verb may also have "it"
	//     for the truce or its observance for object ("began observing the truce").
	//   - status, value in_force: "attributive" = the truce noun with an in-force participle
	//     ("الهدنة السارية", "وقف إطلاق النار الساري"): placed in a city or region that no earlier
	//     sentence names, while others do, it names another truce ("الساري في تعز").
	//   - status, value agreed: "public" = a verb that makes the agreement known or approves it
	//     ("was announced", "ratified", "صادقت"): where that happened is no forum of the talks;
	//     "result" = the truce named as what someone's effort produced ("led to the truce",
	//     "أفضت إلى الاتفاق", "جاء ثمرة"): its subject is a broker, never a party.
	//   - talks.sponsors: "invitation" = an invitation ("بدعوة من", "تلبيةً لدعوة من", "at the
	//     invitation of"): it convenes talks or a meeting; with none named, or with the truce
	//     nearer, it is a call ("التزامهم بالهدنة بدعوة من الأمم المتحدة"), no mediation.
	//   - parties: "binds" = a verb whose subject is the truce and whose objects are its sides
	//     ("the truce, which binds only X and Y", "الاتفاق يضم X وY"); with value "only" the verb
	//     itself restricts, and its list is exhaustive ("الاتفاق يقتصر على X وY").
	//   - signatories: "signed" = a counted noun that counts signatories only beside a verb of
	//     signing ("signed by the leaders of nine gangs"): gangs are counted in many other
	//     frames ("police dismantled nine gangs since the truce").
	//   - parties: "us" = "between" with a first-person object ("بيننا وبين X", "between us and
	//     X"): the body who speaks is the side the pronoun stands for; "self" = the same with a
	//     third-person or reflexive object ("بينها وبين X", "between itself and X"): the side is
	//     the body who speaks, else the clause's subject.
	//   - status, with no value: "operations" = a noun of military operations and "continues" = a
	//     predicate saying they go on ("will continue", "لن تتوقف"): together, in one clause, they
	//     exclude the place or group they name.
	// Value carries more meanings for some topics: a start time cue with value "past" is in the
	// past tense (began, منذ), one with value "current" is a present that states the truce in
	// force ("يسري اعتباراً من الواحدة": today's hour, though it has passed) and one with value
	// "end" marks the time after it as the truce's end ("runs out", "until"); a duration cue
	// with value "frame" makes a sentence about the truce's length (مدة الهدنة), "term" leads
	// its first term ("initial"), and "increment" adds to it ("a further 30 days").
	Object string `json:"object,omitempty"`
	// Signing (status) marks a finite verb of signing or concluding the text ("signed",
	// "initialled", "put their signatures on", "وقّع", "أُبرم", and "لم يوقّعه" for the exceptive
	// "لم يوقّعه سوى"): saying who signed says that it was signed, so an exhaustive word on
	// its subject ("Only two parties signed", "وقّعه طرفان فقط") leaves the agreement asserted,
	// and an English one needs no object in an article about the truce ("have all signed").
	Signing bool `json:"signing,omitempty"`
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
	// NamedZones are zones whose offset follows rules ("Eastern time", "بتوقيت مكة المكرمة"):
	// cue → IANA zone, its offset taken on the expression's date (summer time included); the
	// zone "local" is the event's own clock ("local time", "بالتوقيت المحلي").
	NamedZones map[string]string `json:"named_zones"`
	// TimezoneOfPlace: "بتوقيت" + place entity takes the place's country offset.
	TimezoneOfPlace []string `json:"timezone_of_place"`
	Hours           []string `json:"hours"` // الساعة, at
	// DayOrdinals are the ordinal words of a day of the month ("العاشر من أغسطس", "the tenth
	// of August"), each with its number; OrdinalSuffixes follow a day's digits ("10th"), and
	// DayMonthFillers stand between the day and its month ("من", "of").
	DayOrdinals     map[string]int `json:"day_ordinals"`
	OrdinalSuffixes []string       `json:"ordinal_suffixes"`
	DayMonthFillers []string       `json:"day_month_fillers"`
	// Noon words name 12:00 of their day as a clock time does ("at noon on Friday", "ظهر
	// الجمعة"); one word each.
	Noon []string `json:"noon"`
	// DayParts may sit between an hour and its day, each with the half of the day it means:
	// "am" (صباح, morning, a.m.) or "pm" (مساء, evening, p.m.), which moves hours before noon
	// by 12. An abbreviation's final dot is optional (a sentence may end on it).
	DayParts map[string]string `json:"day_parts"`
	// ClockFillers join an hour to its day: "من صباح", "on Thursday", "local time".
	ClockFillers []string `json:"clock_fillers"`
	// RangeLinks join the first day of a range of days of the month to its last ("from 10 to
	// 12 September", "بين 13 و15 آذار", "يومي ١٠ و١١ أكتوبر"): talks over such days open on
	// the first (talks_dates_day_range.go).
	RangeLinks []string `json:"range_links,omitempty"`
	// ClockMinutes are fractions of an hour said after it, with the minutes they add:
	// "الواحدة والنصف" (1:30), "السادسة والربع" (6:15). Optional.
	ClockMinutes map[string]int `json:"clock_minutes,omitempty"`
	// Between words open the night between two days: "midnight between Wednesday and
	// Thursday", "منتصف الليل بين الأربعاء والخميس".
	Between []string `json:"between"`
	// DayPrepositions may stand between midnight and its day: "midnight on Thursday".
	DayPrepositions []string `json:"day_prepositions"`
	// MonthLeads before a bare month name make it a month of this year ("in March", "before
	// the end of March", "قبل نهاية مارس"); without one a month name may be part of something
	// else. A lead that is also in next_before makes it the coming one ("next March").
	MonthLeads []string `json:"month_leads"`
	// NextBefore and LastBefore come before the month noun they make relative to
	// publication ("next month", "last month"); next_words and last_words follow it
	// ("الشهر المقبل").
	NextBefore []string `json:"next_before"`
	LastBefore []string `json:"last_before"`
	// CurrentMonth words around the month noun make it the publication's month.
	CurrentMonth CurrentMonthWords `json:"current_month"`
}

// CurrentMonthWords make the month noun (الشهر, month) the publication's month: "this month",
// "by the end of the month", "الشهر الجاري", "نهاية الشهر".
type CurrentMonthWords struct {
	// Before are phrases ending right before the noun; the expression starts with them.
	Before []string `json:"before"`
	// BeforeDefinite are words right before the noun written with the article (clitics.article):
	// "نهاية الشهر", while "نهاية شهر مارس" names a month.
	BeforeDefinite []string `json:"before_definite"`
	// After follow the noun: "الشهر الجاري".
	After []string `json:"after"`
}

// NumberWords are number words with their values, and the words around numbers.
type NumberWords struct {
	Words         map[string]float64 `json:"words"`       // ستون 60 (variants by the matcher)
	Multipliers   map[string]float64 `json:"multipliers"` // الف 1000
	Conjunctions  []string           `json:"conjunctions"`
	Approximators []Cue              `json:"approximators"` // value: about, more, less, at_least, at_most
	// DurationUnits map a unit word to its length in days.
	DurationUnits map[string]float64 `json:"duration_units"`
	// UnitSuffixes turn a unit into an adjective and belong to the duration: "a week-long truce".
	UnitSuffixes []string `json:"unit_suffixes"`
	// MeasureConnectors join a noun and the quantity that counts or measures it: "60 ألفاً من
	// المقاتلين", "a truce of seven days", "هدنة من ثلاثة أيام".
	MeasureConnectors []string `json:"measure_connectors"`
	// CaseEndings are pairs of endings a number word alternates between with its grammatical
	// case (ستون in the nominative, ستين otherwise): listing one form of a word is enough.
	CaseEndings [][2]string `json:"case_endings"`
}

func (lx *Lexicon) validate(t *Topics) error {
	if lx.Script != "" && lx.Script != "arabic" && lx.Script != "latin" {
		return fmt.Errorf("lexicon %s: script %q, want arabic or latin", lx.Lang, lx.Script)
	}
	words := make([]string, 0, len(lx.Time.DayParts))
	for w := range lx.Time.DayParts {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		if part := lx.Time.DayParts[w]; part != "am" && part != "pm" {
			return fmt.Errorf("lexicon %s: day part %q means %q, want am or pm", lx.Lang, w, part)
		}
	}
	for cue, zone := range lx.Time.NamedZones {
		if zone == LocalZone {
			continue
		}
		if _, err := time.LoadLocation(zone); err != nil {
			return fmt.Errorf("lexicon %s: named zone %q: %v", lx.Lang, cue, err)
		}
	}
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
