package claims

import (
	"slices"
	"sort"
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
)

// functionWords are the lexicon's closed word lists that rules compare single tokens against
// (prepositions, articles, day parts...), compiled to sets of folded words: a map lookup per
// token, with no matcher pass.
type functionWords struct {
	comitatives        map[string]bool
	prepositions       map[string]bool
	prepositionClitics []string // ب, وب: prefixes that carry a preposition
	nounPrefixes       []string // ال, بال: the article and what may precede it
	complementizers    map[string]bool
	// readingPrepositions (in, by, on) open a body's reading frame ("in the council's text");
	// readingCopulaNouns (line, position) frame only as a copula's subject.
	readingPrepositions map[string]bool
	readingCopulaNouns  map[string]bool
	copulas             map[string]bool
	subjectPronouns     map[string]bool
	personPronouns      map[string]bool // he, she: a person quoted before
	inflections         []string        // ت, وا, ها: suffixes a verb form may carry (clitics.suffixes)
	pronounSuffixes     []string        // ه, ها, هم as written: a possessive on a noun (مطالبته)
	thingPronouns       map[string]bool // it: a body quoted before
	// perfectAuxiliaries (had, has) may stand between a subject pronoun and its verb.
	perfectAuxiliaries map[string]bool
	// possessiveDeterminers (its, their) give a noun an owner of its own.
	possessiveDeterminers map[string]bool
	// conjunctionPrefixes (و) carry "and" on the next word; possessives ('s) mark an owner.
	conjunctionPrefixes []string
	possessives         []string
	sourceLinks         map[string]bool // "in", "في": an unnamed source placed in a body
	negations           map[string]bool // one-word negation cues: "X was not covered"
	negationHeads       map[string]bool // first words of all negation cues ("no" of "no longer")
	// contractedNegations: negation words a contraction stands for (n't: not).
	contractedNegations map[string]bool
	definiteArticles    map[string]bool
	indefiniteArticles  map[string]bool
	conjunctions        map[string]bool // number conjunctions (and): they name no partner
	passiveAgents       [][]string      // من قبل: a background phrase that is also "by X"
	makingParticiples   [][]string      // reached, hammered out, أنجز: a deal made (passive)
	makingFirst         map[string]bool // the first words of makingParticiples
	bothSides           [][]string      // both sides, الطرفين: the truce's two sides at once
	truceLocatives      map[string]bool // for, around: right after the truce noun, its place
	frontNouns          map[string]bool // front, جبهة: "a truce on the X front" (scope_front_locative.go)
	leaderLinks         [][]string      // led by, بقيادة: the leader of the side before (parties_between_leader.go)
	// dayParts maps a one-word day part to whether it means the evening (pm);
	// dayPartPhrases hold the longer ones ("p.m.") without an abbreviation's final dot.
	dayParts       map[string]bool
	dayPartPhrases []dayPartPhrase
	clockFillers   map[string]bool
	rangeLinks     map[string]bool // to, و: between the two days of a range of days
	clockMinutes   map[string]int  // "والنصف": 30 minutes past the hour before it
	// countedNounSlots maps a one-word counted noun of the signatories (fighters) to its slot,
	// for the names that end with one ("ELN fighters"), where the name hides the cue hit.
	countedNounSlots map[string]string
	// fateWords (killed, missing, جثث) make a count next to them a casualty count.
	fateWords map[string]bool
	// echoPhrases (the same, الشيء نفسه): folded words of each phrase (echo_said_same.go).
	echoPhrases [][]string
	// topicPrepositions (about, حول) join talks to their topic.
	topicPrepositions map[string]bool
	// concludingParticiples (المبرم, signed) and dealObjectPrefixes (ل) read another deal
	// (status_other_deal.go).
	concludingParticiples map[string]bool
	dealObjectPrefixes    []string
	// fightingWords (shelling, خرق) make a time they govern the fighting's.
	fightingWords map[string]bool
	// breachWords (violations, خرق) are what a referral word sends to a monitoring body.
	breachWords map[string]bool
	// ageWords (old, عمرها) make a span the truce's age (durations_truce_age.go).
	ageWords map[string]bool
	// hesitationVerbs (hesitate, تتردد) negated affirm what they govern.
	hesitationVerbs map[string]bool
	// countingVerbs (counts, reckons), verbAdverbs (still, also) and resumptiveObjects (بها,
	// عنها) read a side's figure held as the object of its verb (durations_held_span.go).
	countingVerbs [][]string
	// figureNouns (figure, tally, clock) name the figure of the side that owns them
	// (durations_owned_figure.go).
	figureNouns map[string]bool
	// datingVerbs (dates it from, put the start at) date the start a side gives
	// (time_rival_start.go).
	datingVerbs [][]string
	// listingVerbs (lists, names, counts) take a count of the signatories or a rival list as
	// their object (speakers_stance_count_frame.go, sets_rival_object.go).
	listingVerbs      map[string]bool
	verbAdverbs       map[string]bool
	resumptiveObjects map[string]bool
	// conflictNouns (war, feud, نزاع) as the subject of a duration cue make its span the
	// conflict's (durations_conflict_span.go).
	conflictNouns map[string]bool
	// offerVerbs (offered, عرضت) before a hosting verb make it an offer (venue_declined_offer.go).
	offerVerbs map[string]bool
	// offerRefusals (declined, رفض) after an offer to host turn it down (venue_declined_offer.go).
	offerRefusals map[string]bool
	// seatNouns (palace, قصر) before a person whose title names a city (venue_seat_of_title.go).
	seatNouns map[string]bool
	// ongoingVerbs (will continue, ستواصل) and pursuitStems (operations, ملاحق) tell a pursuit
	// that goes on (retained_left_out_pursued.go).
	ongoingVerbs   [][]string
	pursuitStems   []string
	insurgentNouns []string // militant, متشدد: word beginnings presenting a target as insurgents
	// pursuitTargetPhrases (against whom, ضدها) make the group the pursuit's target.
	pursuitTargetPhrases [][]string
	// disjunctions (or, أو) join list members as coordinators do.
	disjunctions map[string]bool
	// postponementWords (postponed, أرجئت) after a talks date make it a former one
	// (talks_dates_postponed.go).
	postponementWords map[string]bool
	// questionWords (how, whether, كيف) open an embedded question (sets_withheld_role.go).
	questionWords map[string]bool
	// restrictionWords (limited, اقتصرت) before "to"/«على» make the list after it exhaustive
	// (sets_restricted_to.go).
	restrictionWords map[string]bool
	// otherThanWords (غيرها) after a negated role noun close an exclusive tag (sets_exclusive_tag.go).
	otherThanWords map[string]bool
	// anyOtherThanWords (غير) right after "any" and a role noun are an exception word
	// (exceptWordEnd).
	anyOtherThanWords map[string]bool
	// participationWords (participation, بمشاركة) make a phrase of doing together one of taking
	// part: it adds no sponsor beside the host (sponsors_cohost.go).
	participationWords map[string]bool
	// roleOnlyAdverbs (merely) right before a role cue restrict the role, not its holders
	// (sets_only_role.go).
	roleOnlyAdverbs map[string]bool
	// quantifiedObjects, negativeQuantifiers, quantifiedParts and memberMarkers read a coverage
	// verb's quantified object and the members named after it (exclusions_quantified_object.go).
	quantifiedObjects, negativeQuantifiers, quantifiedParts, memberMarkers [][]string
	// directionNouns, directionAdjectives and countryNouns place a truce in a part of its
	// country named by a direction (scope_direction_area.go).
	directionNouns                    [][]string
	directionAdjectives, countryNouns map[string]bool
	// conditionBounds after a refused withdrawal make it a condition (withdrawal_conditional_refusal.go).
	conditionBounds [][]string
	// especiallyMarkers open the members a generic coverage subject stands for (exclusions_especially_members.go).
	especiallyMarkers [][]string
	// amongWords put a subject in a covered set (exclusions_among_covered.go).
	amongWords [][]string
	// correlativeAlso ("but also", "بل") closes a "not only" subject member (exclusions.go).
	correlativeAlso [][]string
	// attrNounHomographs (ثمن) are verbs of saying spelled as a noun (speakers_price_noun.go).
	attrNounHomographs map[string]bool
	// attrAdjHomographs (تابع) are verbs of saying spelled as an adjective (speakers_affiliation_adjective.go).
	attrAdjHomographs map[string]bool
	// plainDualSuffixes are the dual endings no plural shares (فصيلان; not ين, also the
	// oblique plural of مقاتلين): a noun with one counts two.
	plainDualSuffixes []string
	noon              map[string]bool
	between           map[string]bool
	// dayOrdinals are the ordinal phrases of a day of the month, longest first.
	dayOrdinals     []dayOrdinal
	ordinalFirst    map[string]bool // first words of dayOrdinals
	ordinalSuffixes []string
	dayMonthFillers map[string]bool
	dayPrepositions map[string]bool
	monthLeads      map[string]bool
	nextBefore      map[string]bool
	lastBefore      map[string]bool
	// currentBefore: phrases ending right before the month noun, longest first.
	currentBefore         [][]string
	currentBeforeDefinite map[string]bool
	currentAfter          map[string]bool
	articles              []string // article clitics (ال) a definite noun starts with
	unitSuffixes          [][]string
	measureConnectors     map[string]bool

	// Reference and inflection words the scope, set and status rules look at.
	demonstratives map[string]bool
	placeAnaphors  map[string]bool
	// constructPlaceNouns: place nouns (place_anaphors, area_nouns) written without the
	// article, as the head of a construct before a place's name («مدينة بارديري», «مديرية X»).
	constructPlaceNouns  map[string]bool
	locatingPrepositions map[string]bool
	placingPrepositions  map[string]bool

	// departurePrepositions (from, من) open what a withdrawal leaves; objectPronouns (it,
	// them) and infinitiveMarkers (to) make "requires it to"; inchoativeVerbs (began) an
	// observed movement.
	departurePrepositions map[string]bool
	objectPronouns        map[string]bool
	infinitiveMarkers     map[string]bool
	inchoativeVerbs       map[string]bool
	subjunctiveParticles  map[string]bool // أن, لن: the verb after them is not asserted
	forumNouns            map[string]bool // tournament, الأزمة: left without leaving ground
	contentNouns          map[string]bool // claims, الأنباء: what a denial of them denies
	aidActorNouns         map[string]bool // workers, منظمات: an aid word qualifying them names people
	staffNouns            map[string]bool // teams, فرق: a body's own staff
	aidAdjectives         map[string]bool // الإنسانية, الإغاثية: a team noun before one is an aid team
	otherDealQualifiers   map[string]bool // trade, تجاريا: an agreement of another kind
	watchedEvents         map[string]bool // election, الانتخابات: what monitors other than the truce's watch
	namingVerbs           map[string]bool // describe, وصف: a description given (sets_withheld_role.go)
	ownCountryWords       map[string]bool // بلادها: the speaker's own country (sets_speaker_body_alongside.go)
	channelWords          map[string]bool // "Information Bureau": a body's own channel in a source (speakers_source_body.go)
	addressPreps          map[string]bool // "لـ", "to": before the outlet a live-blog speaker told (speakers_headline_colon.go)
	withholdingVerbs      [][]string      // "declined to", "امتنع عن": a description held back
	membershipWords       map[string]bool // comprising, تضم: who sits on the body before them
	attachedMembership    map[string]bool // ", with", ", backed by": staff attached to the body before them
	modalAuxiliaries      map[string]bool // would, will: between a pronoun subject and its verb
	// termDemandModals, termConditionNouns and termConditionObjects make a demand on "any
	// truce" (modality_any_truce.go).
	termDemandModals, termConditionNouns, termConditionObjects [][]string
	// termFrameFirst holds the first words of termDemandModals and termConditionNouns: a
	// sentence with none of them holds no demand on "any truce" (anyTruceFrames).
	termFrameFirst map[string]bool
	// agendaStarts and agendaSingles are the first words of agendaWords and its one-word
	// entries; stillStarts the first words of stillWords (classAgendaStart, classStillStart).
	agendaStarts, agendaSingles, stillStarts map[string]bool

	bothWords            map[string]bool
	sameWords            map[string]bool // "same", "ذاته": the source quoted before
	sourceFieldWords     map[string]bool // "security", "عسكري": a source's field or rank
	unitNouns            map[string]bool // "مكتب", "قيادة": a body's unit named with it after ل
	additiveBreaks       map[string]bool // "كما": a clause break adding a predicate to the same subject
	asReportedMarkers    map[string]bool // "as", "كما": "not at 6 p.m. as the PA announced"
	asReportedVerbs      map[string]bool // "ورد": "كما ورد في بيان الرئاسي"
	termActions          map[string]bool // "تسليم", "release": what makes a term of a thing after it
	orderingVerbs        map[string]bool // "أمر": the force after it orders, others leave
	boundNouns           map[string]bool // "حدود", "borders": the limits of a place
	provinceWords        map[string]bool // "province", "إقليم": a first-level unit of a state (exclusions_covered_parts.go)
	borderWords          map[string]bool // "الحدودي", "border": "with X" after one is a neighbour
	blockingWords        map[string]bool // "منعت", "blocked": a provision after one is a blockade
	routeNouns           map[string]bool // "road", "الميناء": what an opening word opens for aid
	goalPrepositions     map[string]bool // "towards", "أمام": what a way is opened to
	roadGoals            map[string]bool // "peace", "الحوار": a road opened to one is a figure
	closingWords         map[string]bool // "closure", "إغلاق": a route after one is closed
	accusingVerbs        map[string]bool // "accuse", "اتهم": an error word next to one qualifies it
	timeClauseOpeners    map[string]bool // "as", "مع": a clause opened by one dates the main one
	posteriorWords       map[string]bool // "after", "بعد": what follows happened before (talks_date_after_talks.go)
	roleMarkers          map[string]bool // "as": the name before it holds the role after it (sets_role_object.go)
	tenureNouns          map[string]bool // "office", "الحكم": a span before one measures a stay
	verbHomographs       map[string]bool // قلد: a truce noun that is also a verb
	verbEndings          []string        // ت, وا: endings only the verb of a homograph takes
	verbObjectEndings    []string        // ه, هم: a verb's object or a noun's owner
	mannerAdjuncts       [][]string      // "under pressure", "تحت ضغوط": how a deed was done
	questionCues         [][]string      // "asked", "رداً على سؤال": open a question put to a speaker (question_asked.go)
	questionCueFirst     map[string]bool // the first words of questionCues
	affirmativeAnswers   map[string]bool // "yes", "نعم": an answer restating a closed question
	recurrenceSpans      [][]string      // "first time in", "لأول مرة منذ": the time since it last happened
	directionPhrases     [][]string      // "north of", "شرق": a place after one is a landmark
	roleNouns            map[string]bool // "role", "part", "دور": a part someone played
	predicateObjectLinks map[string]bool // "of", "من": open a negated predicate's own object (provisions_negated.go)
	linkNouns            map[string]bool // "flights", "التجارة": travel or trade between places
	divideNouns          map[string]bool // "gap", "الهوة": a divide between two (parties_between_links.go)
	exceptionWords       map[string]bool // "save", "باستثناء": a name set apart from a list (signatories_agents.go)
	genericDeterminers   map[string]bool
	restatingLeads       [][]string // أي, i.e. (tokens "i", ".", "e", "."): a restatement after a comma (time_restating_zone.go)
	locativeClitics      []string
	complementClitics    []string
	genericActorNouns    map[string]bool // lexicon generic_actor_nouns
	firstPersonPlural    map[string]bool
	freeRelatives        map[string]bool
	signerNouns          map[string]bool // "groups", "fronts": who signs when no name is given
	annexNouns           map[string]bool // "annex", "ملحقاً": a text attached to the agreement (signatory_groups_annex.go)
	bilateralWords       map[string]bool // "bilateral", "الثنائي": a truce between two sides
	pluralEndings        []string        // "s": a plural noun of people (speakers_unnamed_people.go)
	nonPluralEndings     []string        // "ss", "ous": no plural though ending so
	governmentNouns      []string        // "government", "حكومة": a government's name (parties_government_side.go)
	armyNouns            []string        // "army", "troops" after a possessive owner (mentions_possessive_army.go)
	sittingBodies        [][]string      // "parliament", "مجلس النواب": a state organ's sitting is no talks (talks_organ_sitting.go)
	explicativePreps     map[string]bool // من after "بما وقّعت عليه": what the free relative is
	indefinitePronouns   map[string]bool
	objectPrepositions   map[string]bool
	linkingVerbs         map[string]bool
	pluralDemonstratives map[string]bool
	forceNouns           map[string]bool
	forceHeads           map[string]bool
	groupAnaphors        map[string]bool
	brokenPlurals        map[string]bool // plural heads with no plural suffix (فصائل, أكراد)
	partitives           map[string]bool
	countNouns           map[string]bool // number, عدد: the count of what follows
	strengthEstimates    map[string]bool // estimated, يقدر: a group's size put at a number (quantities_strength.go)
	absoluteInclusion    map[string]bool // "them included": the pronoun's antecedent is covered
	rivalHeads           map[string]bool // "two tribes, X and Y", "عشيرتي X وY": opponents
	rivalQualifiers      map[string]bool // "rival camps, X and Y": the noun after heads the list
	obligationWords      map[string]bool // bound, ملزم: "X says it is not bound" is X
	armedMen             map[string]bool // gunmen, مسلحي: "gunmen in <district>" are its group
	armedMenPhrases      [][]string      // the same as phrases ("armed men"): "armed men on both sides"
	removingVerbs        [][]string      // take away, يسقط: a right after one is taken away
	obligingVerbs        map[string]bool // يلزم, binds: "يُلزم الطرفين بسحب" binds both sides
	observationVerbs     map[string]bool // recorded, يسجل: what was seen, not agreed
	arrivalDeeds         map[string]bool // reached, وصلت: aid that arrived, a deed seen
	handoverDeeds        map[string]bool // handed, سلمت: captives or bodies that changed hands, a deed seen
	gesturePhrases       [][]string      // goodwill gesture, بادرة حسن نية: a release kept out of the terms
	judicialPhrases      [][]string      // a matter for the courts, شأن قضائي: a release kept out of the terms
	// gestureFirst holds the first words of gesturePhrases and judicialPhrases: a sentence
	// with none of them calls no release a gesture (gestureRelease).
	gestureFirst         map[string]bool
	provisionModals      map[string]bool // shall: the voice of a treaty's text
	freeChoiceWords      map[string]bool // any, أي: a thing whatever it may be
	deedNegations        map[string]bool // لم, "has not": a deed not done (folded phrases)
	agreeingVerbs        map[string]bool // agree, يتفق: negated before a provision (provisions_agreeing_negated.go)
	stillWords           [][]string      // "remains", «لا يزال»: a state observed (provisions_state_observed.go)
	agendaWords          [][]string      // "will discuss", «ستبحث»: talks to come (provisions_agenda.go)
	deedNegationEnds     map[string]bool // the last words of deedNegations
	failedAttempts       map[string]bool // "failed to", "فشلوا في": an attempt that came to nothing (folded phrases)
	failedAttemptEnds    map[string]bool // the last words of failedAttempts
	cessationVerbs       map[string]bool // "stopped", "توقفت عن": a doing that stopped (folded phrases)
	comingAboutVerbs     map[string]bool // جاء, تم, تحقق: a thing came about (status_came_about.go)
	mediationManners     map[string]bool // بوساطة, برعاية, بجهود: through whom it came about
	cueGapWords          map[string]bool // بدورها, بهدوء, محورياً, quietly: may split a mediation cue (sets_cue_gap.go)
	contactNouns         map[string]bool // contacts, اتصالات: "with" after one names whom a broker spoke to (sets_contacts_with.go)
	workPauseNouns       map[string]bool // "suspension of operations": a truce noun or a body's own pause (folded phrases)
	workPauseHeads       map[string]bool // their first words
	workSites            map[string]bool // hospital, mine: where a body's own work is paused
	attendanceWords      map[string]bool // attended, بحضور: a seat at a meeting
	missionNouns         map[string]bool // mission, بعثة: a body's field mission (folded)
	subsetHeads          map[string]bool // one (of), إحدى: a part of a whole
	frontedPartitives    [][]string      // "of", "من بين": a sentence opening on a whole (folded words)
	negativeConditionals map[string]bool // unless, ما لم: a condition that something be done
	framePrepositions    map[string]bool // under, بموجب: a fronted frame ("Under the UN proposal, ...")
	operatorNouns        map[string]bool // company, charity: a body whose own work is paused
	termParticiples      map[string]bool
	sinceWords           map[string]bool
	accountPreps         map[string]bool // "for" of "thirty days for the mediators" (durations_for_account.go)
	relativeDenialLinks  map[string]bool // وهو, ما, which: "وهو ما ترفضه بيروت" (provisions_relative_denier.go)
	yearNouns            map[string]bool
	earlierTruceWords    map[string]bool
	ceasefireModifiers   map[string]bool
	postnominalModifiers map[string]bool // after the truce noun: "الهدنة الهشة في"
	additiveAdverbs      map[string]bool // also, أيضاً: "also covers X" adds X, limits nothing
	remainVerbs          map[string]bool
	draftWords           map[string]bool
	resolutionWords      map[string]bool // "resolution", "قرار": a text put to a vote (sets_resolution_sponsors.go)
	resolutionStarts     map[string]bool // the first words of resolutionWords
	timeLeads            map[string]bool
	timingVerbs          map[string]bool
	auxiliaries          map[string]auxKind
	imperfectPrefixes    []string
	futurePrefixes       []string
	participlePrefixes   []string
	objectSuffixes       []string
	weVerbPrefixes       []string // نوقع: first person plural
	weVerbSuffixes       []string // اتفقنا
	nisbaSuffixes        []string
	adverbSuffixes       []string
	participleSuffixes   []string
	dualSuffixes         []string // يومين: a unit word counted two (the matcher strips it)
	coordinators         map[string]bool
}

// dayOrdinal is an ordinal phrase of a day of the month.
type dayOrdinal struct {
	toks []string
	day  int
}

// dayPartPhrase is a day part of several tokens ("p.m." is p . m).
type dayPartPhrase struct {
	toks    []string
	evening bool
}

func compileFunctionWords(lx *schemas.Lexicon) functionWords {
	t, n := lx.Time, lx.Numbers
	fw := functionWords{
		comitatives:           wordSet(lx.Comitatives),
		prepositions:          wordSet(lx.Prepositions),
		prepositionClitics:    foldAll(lx.Clitics.Prepositions),
		nounPrefixes:          foldAll(lx.Clitics.NounPrefixes),
		complementizers:       wordSet(lx.Complementizers),
		readingPrepositions:   wordSet(lx.ReadingPrepositions),
		readingCopulaNouns:    wordSet(lx.ReadingCopulaNouns),
		copulas:               wordSet(lx.Copulas),
		subjectPronouns:       wordSet(lx.SubjectPronouns),
		personPronouns:        wordSet(lx.PersonPronouns),
		inflections:           foldAll(lx.Clitics.Suffixes),
		pronounSuffixes:       lx.Clitics.PronounSuffixes,
		thingPronouns:         wordSet(lx.ThingPronouns),
		perfectAuxiliaries:    wordSet(lx.PerfectAuxiliaries),
		possessiveDeterminers: wordSet(lx.PossessiveDeterminers),
		conjunctionPrefixes:   foldAll(lx.Clitics.Conjunctions),
		possessives:           foldAll(lx.Clitics.Possessives),
		sourceLinks:           wordSet(lx.SourceLinks),
		negations:             wordSet(oneWord(lx.Negation)),
		negationHeads:         firstWords(lx.Negation),
		definiteArticles:      wordSet(lx.DefiniteArticles),
		indefiniteArticles:    wordSet(lx.IndefiniteArticles),
		conjunctions:          wordSet(n.Conjunctions),
		passiveAgents:         phraseTokens(lx.PassiveAgents),
		makingParticiples:     phraseTokens(lx.MakingParticiples),
		bothSides:             phraseTokens(lx.BothSides),
		truceLocatives:        wordSet(lx.TruceLocatives),
		frontNouns:            wordSet(lx.FrontNouns),
		leaderLinks:           phraseTokens(lx.LeaderLinks),
		dayParts:              map[string]bool{},
		clockFillers:          wordSet(t.ClockFillers),
		rangeLinks:            wordSet(t.RangeLinks),
		clockMinutes:          foldedInts(t.ClockMinutes),
		countedNounSlots:      countedNounSlots(lx.Topics["ceasefire.signatories"]),
		fateWords:             wordSet(lx.FateWords),
		echoPhrases:           phraseWords(lx.EchoPhrases),
		topicPrepositions:     wordSet(lx.TopicPrepositions),
		concludingParticiples: wordSet(lx.ConcludingParticiples),
		dealObjectPrefixes:    lx.DealObjectPrefixes,
		fightingWords:         wordSet(lx.FightingWords),
		breachWords:           wordSet(lx.BreachWords),
		ageWords:              wordSet(lx.AgeWords),
		hesitationVerbs:       wordSet(lx.HesitationVerbs),
		countingVerbs:         phraseTokens(lx.CountingVerbs),
		figureNouns:           wordSet(lx.FigureNouns),
		datingVerbs:           phraseTokens(lx.DatingVerbs),
		listingVerbs:          wordSet(lx.ListingVerbs),
		verbAdverbs:           wordSet(lx.VerbAdverbs),
		resumptiveObjects:     wordSet(lx.ResumptiveObjects),
		conflictNouns:         wordSet(lx.ConflictNouns),
		offerVerbs:            wordSet(lx.OfferVerbs),
		offerRefusals:         wordSet(lx.OfferRefusals),
		seatNouns:             wordSet(lx.SeatNouns),
		ongoingVerbs:          phraseTokens(lx.OngoingVerbs),
		insurgentNouns:        foldAll(lx.InsurgentNouns),
		pursuitTargetPhrases:  phraseTokens(lx.PursuitTargetPhrases),
		pursuitStems:          foldAll(lx.PursuitStems),
		disjunctions:          wordSet(lx.Disjunctions),
		postponementWords:     wordSet(lx.PostponementWords),
		questionWords:         wordSet(lx.QuestionWords),
		restrictionWords:      wordSet(lx.RestrictionWords),
		otherThanWords:        wordSet(lx.OtherThanWords),
		anyOtherThanWords:     wordSet(lx.AnyOtherThanWords),
		participationWords:    wordSet(lx.ParticipationWords),
		roleOnlyAdverbs:       wordSet(lx.RoleOnlyAdverbs),
		quantifiedObjects:     phraseTokens(lx.QuantifiedObjects),
		negativeQuantifiers:   phraseTokens(lx.NegativeQuantifiers),
		quantifiedParts:       phraseTokens(lx.QuantifiedParts),
		memberMarkers:         phraseTokens(lx.MemberMarkers),
		directionNouns:        phraseTokens(lx.DirectionNouns),
		conditionBounds:       phraseTokens(lx.ConditionBounds),
		especiallyMarkers:     phraseTokens(lx.EspeciallyMarkers),
		amongWords:            phraseTokens(lx.AmongWords),
		correlativeAlso:       phraseTokens(lx.CorrelativeAlso),
		directionAdjectives:   wordSet(lx.DirectionAdjectives),
		countryNouns:          wordSet(lx.CountryNouns),
		attrNounHomographs:    wordSet(lx.AttributionNounHomographs),
		attrAdjHomographs:     wordSet(lx.AttributionAdjectiveHomographs),
		plainDualSuffixes:     plainDuals(lx.Clitics.DualSuffixes, n.CaseEndings),
		noon:                  wordSet(t.Noon),
		between:               wordSet(t.Between),
		ordinalSuffixes:       foldAll(t.OrdinalSuffixes),
		dayMonthFillers:       wordSet(t.DayMonthFillers),
		dayPrepositions:       wordSet(t.DayPrepositions),
		monthLeads:            wordSet(t.MonthLeads),
		nextBefore:            wordSet(t.NextBefore),
		lastBefore:            wordSet(t.LastBefore),
		currentBefore:         phraseTokens(t.CurrentMonth.Before),
		currentBeforeDefinite: wordSet(t.CurrentMonth.BeforeDefinite),
		currentAfter:          wordSet(t.CurrentMonth.After),
		unitSuffixes:          phraseTokens(n.UnitSuffixes),
		measureConnectors:     wordSet(n.MeasureConnectors),
	}
	fw.articles = foldAll(lx.Clitics.Article)
	fw.demonstratives = wordSet(lx.Demonstratives)
	fw.placeAnaphors = wordSet(lx.PlaceAnaphors)
	fw.constructPlaceNouns = map[string]bool{}
	for _, w := range append(slices.Clone(lx.PlaceAnaphors), lx.AreaNouns...) {
		w = foldCue(w)
		for _, a := range fw.articles {
			w = strings.TrimPrefix(w, a)
		}
		if !strings.Contains(w, " ") {
			fw.constructPlaceNouns[w] = true
		}
	}
	fw.locatingPrepositions = wordSet(lx.LocatingPrepositions)
	fw.placingPrepositions = wordSet(lx.PlacingPrepositions)
	fw.departurePrepositions = wordSet(lx.DeparturePrepositions)
	fw.objectPronouns = wordSet(lx.ObjectPronouns)
	fw.infinitiveMarkers = wordSet(lx.InfinitiveMarkers)
	fw.inchoativeVerbs = wordSet(lx.InchoativeVerbs)
	fw.subjunctiveParticles = wordSet(lx.SubjunctiveParticles)
	fw.forumNouns = wordSet(lx.ForumNouns)
	fw.contentNouns = wordSet(lx.ContentNouns)
	fw.aidActorNouns = wordSet(lx.AidActorNouns)
	fw.staffNouns = wordSet(lx.StaffNouns)
	fw.aidAdjectives = wordSet(lx.AidAdjectives)
	fw.otherDealQualifiers = wordSet(lx.OtherDealQualifiers)
	fw.watchedEvents = wordSet(lx.WatchedEvents)
	fw.namingVerbs = wordSet(lx.NamingVerbs)
	fw.ownCountryWords = wordSet(lx.OwnCountryWords)
	fw.channelWords = wordSet(lx.ChannelWords)
	fw.addressPreps = wordSet(lx.AddressPrepositions)
	fw.withholdingVerbs = phraseTokens(lx.WithholdingVerbs)
	fw.membershipWords = wordSet(lx.MembershipWords)
	fw.attachedMembership = wordSet(lx.AttachedMembershipWords)
	fw.modalAuxiliaries = wordSet(lx.ModalAuxiliaries)
	fw.termDemandModals = phraseTokens(lx.TermDemandModals)
	fw.termConditionNouns = phraseTokens(lx.TermConditionNouns)
	fw.termConditionObjects = phraseTokens(lx.TermConditionObjects)
	fw.termFrameFirst = firstTokens(fw.termDemandModals, fw.termConditionNouns)
	fw.bothWords = wordSet(lx.BothWords)
	fw.sameWords = wordSet(lx.SameWords)
	fw.sourceFieldWords = wordSet(lx.SourceFieldWords)
	fw.unitNouns = wordSet(lx.UnitNouns)
	fw.additiveBreaks = wordSet(lx.AdditiveBreaks)
	fw.asReportedMarkers = wordSet(lx.AsReportedMarkers)
	fw.asReportedVerbs = wordSet(lx.AsReportedVerbs)
	fw.termActions = wordSet(lx.TermActions)
	fw.orderingVerbs = wordSet(lx.OrderingVerbs)
	fw.boundNouns = wordSet(lx.BoundNouns)
	fw.provinceWords = wordSet(lx.ProvinceWords)
	fw.borderWords = wordSet(lx.BorderWords)
	fw.blockingWords = wordSet(lx.BlockingWords)
	fw.routeNouns = wordSet(lx.RouteNouns)
	fw.goalPrepositions = wordSet(lx.GoalPrepositions)
	fw.roadGoals = wordSet(lx.RoadGoals)
	fw.closingWords = wordSet(lx.ClosingWords)
	fw.accusingVerbs = wordSet(lx.AccusingVerbs)
	fw.timeClauseOpeners = wordSet(lx.TimeClauseOpeners)
	fw.posteriorWords = wordSet(lx.PosteriorWords)
	fw.roleMarkers = wordSet(lx.RoleMarkers)
	fw.tenureNouns = wordSet(lx.TenureNouns)
	fw.verbHomographs = wordSet(lx.VerbHomographs)
	fw.verbEndings = foldAll(lx.VerbEndings)
	fw.verbObjectEndings = foldAll(lx.VerbObjectEndings)
	fw.mannerAdjuncts = phraseTokens(lx.MannerAdjuncts)
	fw.questionCues = phraseTokens(lx.QuestionCues)
	fw.affirmativeAnswers = wordSet(lx.AffirmativeAnswers)
	fw.questionCueFirst = map[string]bool{}
	for _, p := range fw.questionCues {
		fw.questionCueFirst[p[0]] = true
	}
	fw.makingFirst = firstTokens(fw.makingParticiples)
	fw.recurrenceSpans = phraseTokens(lx.RecurrenceSpans)
	fw.directionPhrases = phraseTokens(lx.DirectionPhrases)
	fw.roleNouns = wordSet(lx.RoleNouns)
	fw.predicateObjectLinks = wordSet(lx.PredicateObjectLinks)
	fw.linkNouns = wordSet(lx.LinkNouns)
	fw.divideNouns = wordSet(lx.DivideNouns)
	fw.exceptionWords = wordSet(lx.ExceptionWords)
	fw.genericDeterminers = wordSet(lx.GenericDeterminers)
	fw.restatingLeads = phraseTokens(lx.RestatingLeads)
	fw.locativeClitics = foldAll(lx.LocativeClitics)
	fw.complementClitics = foldAll(lx.ComplementClitics)
	fw.genericActorNouns = wordSet(lx.GenericActorNouns)
	fw.firstPersonPlural = wordSet(lx.FirstPersonPlural)
	fw.freeRelatives = wordSet(lx.FreeRelatives)
	fw.signerNouns = wordSet(lx.SignerNouns)
	fw.annexNouns = wordSet(lx.AnnexNouns)
	fw.bilateralWords = wordSet(lx.BilateralWords)
	fw.pluralEndings, fw.nonPluralEndings = lx.PluralEndings, lx.NonPluralEndings
	fw.governmentNouns = foldAll(lx.GovernmentNouns)
	fw.armyNouns = foldAll(lx.ArmyNouns)
	fw.sittingBodies = phraseTokens(lx.SittingBodies)
	fw.explicativePreps = wordSet(lx.ExplicativePrepositions)
	fw.indefinitePronouns = wordSet(lx.IndefinitePronouns)
	fw.objectPrepositions = wordSet(lx.ObjectPrepositions)
	fw.linkingVerbs = wordSet(lx.LinkingVerbs)
	fw.pluralDemonstratives = wordSet(lx.PluralDemonstratives)
	fw.forceNouns = wordSet(lx.ForceNouns)
	fw.forceHeads = wordSet(lx.ForceHeads)
	fw.groupAnaphors = wordSet(lx.GroupAnaphors)
	fw.brokenPlurals = wordSet(lx.Clitics.BrokenPlurals)
	fw.partitives = wordSet(lx.Partitives)
	fw.countNouns = wordSet(lx.CountNouns)
	fw.strengthEstimates = wordSet(lx.StrengthEstimates)
	fw.absoluteInclusion = wordSet(lx.AbsoluteInclusion)
	fw.rivalHeads = wordSet(lx.RivalHeads)
	fw.rivalQualifiers = wordSet(lx.RivalQualifiers)
	fw.obligationWords = wordSet(lx.ObligationWords)
	fw.armedMen = wordSet(lx.ArmedMen)
	fw.armedMenPhrases = phraseTokens(lx.ArmedMen)
	fw.removingVerbs = phraseTokens(lx.RemovingVerbs)
	fw.obligingVerbs = wordSet(lx.ObligingVerbs)
	fw.observationVerbs = wordSet(lx.ObservationVerbs)
	fw.arrivalDeeds = wordSet(lx.ArrivalDeeds)
	fw.handoverDeeds = wordSet(lx.HandoverDeeds)
	fw.gesturePhrases = phraseTokens(lx.GesturePhrases)
	fw.judicialPhrases = phraseTokens(lx.JudicialPhrases)
	fw.gestureFirst = firstTokens(fw.gesturePhrases, fw.judicialPhrases)
	fw.provisionModals = wordSet(lx.ProvisionModals)
	fw.freeChoiceWords = wordSet(lx.FreeChoiceWords)
	fw.deedNegations = wordSet(lx.DeedNegations)
	fw.agreeingVerbs = wordSet(lx.AgreeingVerbs)
	fw.stillWords = phraseTokens(lx.StillWords)
	fw.agendaWords = phraseTokens(lx.AgendaWords)
	fw.agendaStarts, fw.agendaSingles, fw.stillStarts = firstTokens(fw.agendaWords), map[string]bool{}, firstTokens(fw.stillWords)
	for _, p := range fw.agendaWords {
		if len(p) == 1 {
			fw.agendaSingles[p[0]] = true
		}
	}
	fw.deedNegationEnds = lastWords(fw.deedNegations)
	fw.failedAttempts = wordSet(lx.FailedAttempts)
	fw.failedAttemptEnds = lastWords(fw.failedAttempts)
	fw.cessationVerbs = wordSet(lx.CessationVerbs)
	fw.comingAboutVerbs = wordSet(lx.ComingAboutVerbs)
	fw.mediationManners = wordSet(lx.MediationManners)
	fw.cueGapWords = wordSet(lx.CueGapWords)
	fw.contactNouns = wordSet(lx.ContactNouns)
	fw.workPauseNouns = wordSet(lx.WorkPauseNouns)
	fw.workPauseHeads = firstWords(lx.WorkPauseNouns)
	fw.workSites = wordSet(lx.WorkSites)
	fw.attendanceWords = wordSet(lx.AttendanceWords)
	fw.missionNouns = wordSet(lx.MissionNouns)
	fw.subsetHeads = wordSet(lx.SubsetHeads)
	for _, p := range lx.FrontedPartitives {
		fw.frontedPartitives = append(fw.frontedPartitives, strings.Fields(foldCue(p)))
	}
	fw.negativeConditionals = wordSet(lx.NegativeConditionals)
	fw.framePrepositions = wordSet(lx.FramePrepositions)
	fw.operatorNouns = wordSet(lx.OperatorNouns)
	fw.termParticiples = wordSet(lx.TermParticiples)
	fw.sinceWords = wordSet(lx.SinceWords)
	fw.accountPreps = wordSet(lx.AccountPrepositions)
	fw.relativeDenialLinks = wordSet(lx.RelativeDenialLinks)
	fw.yearNouns = wordSet(lx.YearNouns)
	fw.earlierTruceWords = wordSet(lx.EarlierTruceWords)
	fw.ceasefireModifiers = wordSet(lx.CeasefireModifiers)
	fw.postnominalModifiers = wordSet(lx.PostnominalCeasefireModifiers)
	fw.additiveAdverbs = wordSet(lx.AdditiveAdverbs)
	fw.remainVerbs = wordSet(lx.RemainVerbs)
	fw.draftWords = wordSet(lx.DraftWords)
	fw.resolutionWords = wordSet(lx.ResolutionWords)
	fw.resolutionStarts = firstWords(lx.ResolutionWords)
	fw.timeLeads = wordSet(lx.TimeLeads)
	fw.timingVerbs = wordSet(lx.TimingVerbs)
	fw.auxiliaries = map[string]auxKind{}
	for _, w := range lx.Auxiliaries {
		fw.auxiliaries[foldCue(w)] = plainAux
	}
	for _, w := range lx.NegatingAuxiliaries {
		fw.auxiliaries[foldCue(w)] = negatingAux
	}
	c := lx.Clitics
	fw.imperfectPrefixes = foldAll(c.ImperfectPrefixes)
	fw.futurePrefixes = foldAll(c.FuturePrefixes)
	fw.participlePrefixes = foldAll(c.ParticiplePrefixes)
	fw.objectSuffixes = foldAll(c.ObjectSuffixes)
	fw.weVerbPrefixes = foldAll(c.FirstPersonPluralAffixes.Prefixes)
	fw.weVerbSuffixes = foldAll(c.FirstPersonPluralAffixes.Suffixes)
	fw.nisbaSuffixes = foldAll(c.NisbaSuffixes)
	fw.adverbSuffixes = foldAll(c.AdverbSuffixes)
	fw.participleSuffixes = foldAll(c.ParticipleSuffixes)
	fw.dualSuffixes = foldAll(c.DualSuffixes)
	fw.coordinators = wordSet(lx.Coordinators)
	fw.ordinalFirst = map[string]bool{}
	for w, d := range t.DayOrdinals {
		if toks := wordTokens(w); len(toks) > 0 && d >= 1 && d <= 31 {
			fw.dayOrdinals = append(fw.dayOrdinals, dayOrdinal{toks, d})
			fw.ordinalFirst[toks[0]] = true
		}
	}
	// Longest first ("الحادي والعشرين" before "العشرين"), then by text: map order is random.
	sort.Slice(fw.dayOrdinals, func(a, b int) bool {
		x, y := fw.dayOrdinals[a], fw.dayOrdinals[b]
		if len(x.toks) != len(y.toks) {
			return len(x.toks) > len(y.toks)
		}
		return strings.Join(x.toks, " ") < strings.Join(y.toks, " ")
	})
	// Longest first: "end of the month" starts at "end", not at "of".
	sort.SliceStable(fw.currentBefore, func(a, b int) bool { return len(fw.currentBefore[a]) > len(fw.currentBefore[b]) })
	fw.contractedNegations = map[string]bool{}
	for _, w := range lx.Clitics.Contractions {
		if fw.negations[foldCue(w)] {
			fw.contractedNegations[foldCue(w)] = true
		}
	}
	for _, w := range sortedKeys(t.DayParts) {
		evening := t.DayParts[w] == "pm"
		toks := wordTokens(w)
		if len(toks) > 1 && toks[len(toks)-1] == "." {
			toks = toks[:len(toks)-1]
		}
		switch len(toks) {
		case 0:
		case 1:
			fw.dayParts[toks[0]] = evening
		default:
			fw.dayPartPhrases = append(fw.dayPartPhrases, dayPartPhrase{toks: toks, evening: evening})
		}
	}
	return fw
}

// wordClass is a bit set of function-word sets (wordInfo.classes).
type wordClass uint64

const (
	classBetween wordClass = 1 << iota
	classComplementizer
	classPreposition
	classOrdinalFirst
	classSubjectPronoun
	classCopula
	classComitative
	classTermParticiple
	classFirstPersonPlural
	classGenericDeterminer
	classFreeRelative
	classTopicPreposition

	// Classes of ruleClassesOf.
	classOtherDealQualifier
	classContentNoun
	classIndefinitePronoun
	classObjectPreposition
	classDemonstrative
	classPluralDemonstrative
	classForceNoun
	classForceHead // the word, or the word past its conjunction, is a force head (forceHead)
	classMeasureConnector
	classCoordinator
	classTruceLocative
	classAuxiliary         // fw.auxiliaries holds it as plainAux
	classNegatingAuxiliary // fw.auxiliaries holds it as negatingAux
	classDeedNegationEnd   // a deed negation may end with it (deedNegatedBefore)
	classCountedSideNoun   // fw.signerNouns or fw.forceHeads holds it (countedSubjectSides)
	classMediationManner   // fw.mediationManners holds it (anyMediationManner)
	classComingAboutVerb   // the word, or the word past its conjunction, is a coming-about verb
	classFailedAttemptEnd  // a failed attempt may end with it (failedAttemptBefore)
	classResolutionStart   // the word, or the word past its conjunction, may start a resolution word
	classQuote             // the word holds a quotation mark (isQuote; see sentInfo.quoteAt)
	classNamingVerb        // fw.namingVerbs holds it (withheldDescription)
	classModalOrFuture     // a modal auxiliary, or a future verb past its conjunction (fightingInSentence)
	classTermFrameFirst    // fw.termFrameFirst holds it (anyTruceFrames)
	classAgendaStart       // it may start an agenda word (fw.agendaStart)
	classStillStart        // it may start a still word (fw.stillStart)
	classCueGap            // fw.cueGapWords holds it: it may split a mediation cue (sets_cue_gap.go)
	classGestureFirst      // fw.gestureFirst holds it: a gesture or judicial phrase may start with it
	classObservationVerb   // fw.observationVerbs holds it (observedNone)
	classModalOrInfinitive // fw.modalAuxiliaries or fw.infinitiveMarkers holds it (observedNone)
	classStrengthEstimate  // the word past its conjunction is in fw.strengthEstimates (strengthEstimateAt)
	classProvisionModal    // fw.provisionModals holds it (provisionModalIn)
	classQuestionCueFirst  // the word, or the word past its conjunction, may start a question cue (questionCueAt)
	classMakingFirst       // fw.makingFirst holds it: a making participle may start with it (passiveMakingPlace)
	classListingVerb       // fw.listingVerbs holds it (rivalVenueObjects, rivalSetObjects)
)

// classesOf returns the classes whose sets hold word.
func (fw *functionWords) classesOf(word string) wordClass {
	var c wordClass
	for _, k := range []struct {
		set   map[string]bool
		class wordClass
	}{
		{fw.between, classBetween}, {fw.complementizers, classComplementizer},
		{fw.prepositions, classPreposition}, {fw.ordinalFirst, classOrdinalFirst},
		{fw.subjectPronouns, classSubjectPronoun}, {fw.copulas, classCopula},
		{fw.comitatives, classComitative}, {fw.termParticiples, classTermParticiple},
		{fw.firstPersonPlural, classFirstPersonPlural}, {fw.genericDeterminers, classGenericDeterminer},
		{fw.freeRelatives, classFreeRelative}, {fw.topicPrepositions, classTopicPreposition},
	} {
		if k.set[word] {
			c |= k.class
		}
	}
	return c
}

// ruleClassesOf returns the further classes of word: sets the topic rules test single tokens
// against on every sentence, which a class answers without a map lookup of the token's text
// (see sentInfo.tokIn). Unlike classesOf's, they do not make a word a function word.
func (fw *functionWords) ruleClassesOf(word string) wordClass {
	var c wordClass
	for _, k := range []struct {
		set   map[string]bool
		class wordClass
	}{
		{fw.otherDealQualifiers, classOtherDealQualifier}, {fw.contentNouns, classContentNoun},
		{fw.indefinitePronouns, classIndefinitePronoun}, {fw.objectPrepositions, classObjectPreposition},
		{fw.demonstratives, classDemonstrative}, {fw.pluralDemonstratives, classPluralDemonstrative},
		{fw.forceNouns, classForceNoun}, {fw.measureConnectors, classMeasureConnector},
		{fw.coordinators, classCoordinator}, {fw.truceLocatives, classTruceLocative},
	} {
		if k.set[word] {
			c |= k.class
		}
	}
	if fw.forceHeads[word] || fw.forceHeads[fw.withoutConjunction(word)] {
		c |= classForceHead
	}
	switch fw.auxiliaries[word] {
	case plainAux:
		c |= classAuxiliary
	case negatingAux:
		c |= classNegatingAuxiliary
	}
	if w := deedNegationWord(word); fw.deedNegationEnds[w] || fw.deedNegationEnds[fw.withoutConjunction(w)] {
		c |= classDeedNegationEnd
	}
	if fw.signerNouns[word] || fw.forceHeads[word] {
		c |= classCountedSideNoun
	}
	if fw.mediationManners[word] {
		c |= classMediationManner
	}
	if fw.comingAboutVerbs[word] || fw.comingAboutVerbs[fw.withoutConjunction(word)] {
		c |= classComingAboutVerb
	}
	if fw.failedAttemptEnds[word] {
		c |= classFailedAttemptEnd
	}
	if fw.resolutionStarts[word] || fw.resolutionStarts[fw.withoutConjunction(word)] {
		c |= classResolutionStart
	}
	if isQuote(word) {
		c |= classQuote
	}
	if fw.namingVerbs[word] {
		c |= classNamingVerb
	}
	if fw.modalAuxiliaries[word] || fw.futureVerb(fw.withoutConjunction(word)) {
		c |= classModalOrFuture
	}
	if fw.termFrameFirst[word] {
		c |= classTermFrameFirst
	}
	if fw.agendaStart(word) {
		c |= classAgendaStart
	}
	if fw.stillStart(word) {
		c |= classStillStart
	}
	if fw.cueGapWords[word] {
		c |= classCueGap
	}
	if fw.gestureFirst[word] {
		c |= classGestureFirst
	}
	if fw.observationVerbs[word] {
		c |= classObservationVerb
	}
	if fw.modalAuxiliaries[word] || fw.infinitiveMarkers[word] {
		c |= classModalOrInfinitive
	}
	if fw.strengthEstimates[fw.withoutConjunction(word)] {
		c |= classStrengthEstimate
	}
	if fw.provisionModals[word] {
		c |= classProvisionModal
	}
	if fw.questionCueFirst[word] || fw.questionCueFirst[fw.withoutConjunction(word)] {
		c |= classQuestionCueFirst
	}
	if fw.makingFirst[word] {
		c |= classMakingFirst
	}
	if fw.listingVerbs[word] {
		c |= classListingVerb
	}
	return c
}

// auxAt is fw.auxiliaries[si.tokText(k)]: from the token's word's classes when it has one.
func (fw *functionWords) auxAt(si *sentInfo, k int) auxKind {
	if uint(k) < uint(len(si.toks)) && si.toks[k].w != nil {
		switch c := si.toks[k].w.classes; {
		case c&classAuxiliary != 0:
			return plainAux
		case c&classNegatingAuxiliary != 0:
			return negatingAux
		}
		return 0
	}
	return fw.auxiliaries[si.tokText(k)]
}

// lastWords is the set of the last words of the phrases of set.
func lastWords(set map[string]bool) map[string]bool {
	out := make(map[string]bool, len(set))
	for p := range set {
		out[p[strings.LastIndexByte(p, ' ')+1:]] = true
	}
	return out
}

// firstWords is the set of the folded first words of phrases.
func firstWords(phrases []string) map[string]bool {
	out := make(map[string]bool, len(phrases))
	for _, p := range phrases {
		first, _, _ := strings.Cut(foldCue(p), " ")
		out[first] = true
	}
	return out
}

// wordSet folds words the way tokens are folded.
func wordSet(words []string) map[string]bool {
	out := make(map[string]bool, len(words))
	for _, w := range words {
		out[foldCue(w)] = true
	}
	return out
}

// hasAnyPrefix: t starts with one of the prefixes.
func hasAnyPrefix(t string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// gluedRest is word t without a glued clitic of the list (ب, وب), "" when it carries none: the
// rest must be a word of its own, three letters at least ("بمسقط", "بسحب"; not "بل").
func gluedRest(t string, clitics []string) string {
	for _, p := range clitics {
		if strings.HasPrefix(t, p) && runeLen(t)-runeLen(p) >= 3 {
			return t[len(p):]
		}
	}
	return ""
}

// hasAnySuffix: t ends with one of the suffixes.
func hasAnySuffix(t string, suffixes []string) bool {
	for _, p := range suffixes {
		if strings.HasSuffix(t, p) {
			return true
		}
	}
	return false
}

// possessiveBefore: the token before k marks an owner: it is or ends with a possessive clitic
// (lexicon clitics.possessives: "Israel's plan", "the WFP's suspension"), or it is a plural's
// possessive apostrophe ("the rebels' figure"). A language without such clitics marks none.
func (fw *functionWords) possessiveBefore(si *sentInfo, k int) bool {
	return k > 0 && (hasAnySuffix(si.tokText(k-1), fw.possessives) || si.pluralPossessive(k-1))
}

// possessiveAt: token k is a possessive mark standing alone after its owner's name: a clitic
// split off ("the junta 's") or a plural's apostrophe ("the Houthis' claim").
func (fw *functionWords) possessiveAt(si *sentInfo, k int) bool {
	return slices.Contains(fw.possessives, si.tokText(k)) || si.pluralPossessive(k)
}

// foldAll folds words the way tokens are folded, in order.
func foldAll(words []string) []string {
	out := make([]string, 0, len(words))
	for _, w := range words {
		out = append(out, foldCue(w))
	}
	return out
}

// oneWord keeps the entries of a single word.
func oneWord(words []string) []string {
	var out []string
	for _, w := range words {
		if len(wordTokens(w)) == 1 {
			out = append(out, w)
		}
	}
	return out
}

// phraseTokens splits phrases into the token texts a sentence would have.
func phraseTokens(phrases []string) [][]string {
	var out [][]string
	for _, p := range phrases {
		if toks := wordTokens(p); len(toks) > 0 {
			out = append(out, toks)
		}
	}
	return out
}

// agendaStart: word may start an agenda word (onTalksAgenda): the first word of one, or past
// a conjunction glued to it a one-word one.
func (fw *functionWords) agendaStart(word string) bool {
	return fw.agendaStarts[word] || fw.agendaSingles[fw.withoutConjunction(word)]
}

// stillStart: word may start a still word (stillWordAt), maybe past a glued conjunction.
func (fw *functionWords) stillStart(word string) bool {
	return fw.stillStarts[word] || fw.stillStarts[fw.withoutConjunction(word)]
}

// startAt answers a start test at token k of si from its word's class, or with test for a
// token without a word (out of range: the empty word).
func startAt(si *sentInfo, k int, c wordClass, test func(string) bool) bool {
	if uint(k) < uint(len(si.toks)) && si.toks[k].w != nil {
		return si.toks[k].w.classes&c != 0
	}
	return test(si.tokText(k))
}

// firstTokens returns the set of the first words of the phrases of every list.
func firstTokens(lists ...[][]string) map[string]bool {
	out := map[string]bool{}
	for _, l := range lists {
		for _, p := range l {
			out[p[0]] = true
		}
	}
	return out
}

// wordTokens returns the token texts of a folded lexicon entry.
func wordTokens(s string) []string {
	var out []string
	for _, t := range tokenize(foldCue(s)) {
		out = append(out, t.text)
	}
	return out
}

// tokensAt: the tokens of sentence si from i on are toks.
func tokensAt(si *sentInfo, i int, toks []string) bool {
	for k, t := range toks {
		if si.tokText(i+k) != t {
			return false
		}
	}
	return true
}

// phraseAt is the length of the first of phrases whose tokens start at token i of si, or 0.
func phraseAt(si *sentInfo, i int, phrases [][]string) int {
	for _, p := range phrases {
		if i+len(p) <= len(si.toks) && tokensAt(si, i, p) {
			return len(p)
		}
	}
	return 0
}

// tokensEndingAt: the tokens of sentence si right before token end are toks, the first maybe
// with a conjunction glued on ("وامتنعت" for "امتنعت").
func (fw *functionWords) tokensEndingAt(si *sentInfo, end int, toks []string) bool {
	start := end - len(toks)
	if start < 0 {
		return false
	}
	for i, w := range toks {
		t := si.tokText(start + i)
		if t != w && (i > 0 || fw.withoutConjunction(t) != w) {
			return false
		}
	}
	return true
}

// hasArticle: the word carries an article clitic (الشهر, السادسة).
func (fw *functionWords) hasArticle(w string) bool {
	for _, a := range fw.articles {
		if len(w) > len(a) && strings.HasPrefix(w, a) {
			return true
		}
	}
	return false
}

// dayPartPhraseAt reads a day part of several tokens at j ("p.m.", its final dot optional) and
// returns the token after it and whether it means the evening.
func (fw *functionWords) dayPartPhraseAt(si *sentInfo, j int) (int, bool, bool) {
	for _, p := range fw.dayPartPhrases {
		if tokensAt(si, j, p.toks) {
			e := j + len(p.toks)
			if si.tokText(e) == "." {
				e++
			}
			return e, p.evening, true
		}
	}
	return j, false, false
}

// passiveAgentAt: hit h is a passive agent phrase (من قبل): as many words, the same first word
// as written; its other words may be inflected (من قبله).
func (fw *functionWords) passiveAgentAt(si *sentInfo, h hit) bool {
	for _, p := range fw.passiveAgents {
		if h.end-h.start == len(p) && si.tokText(h.start) == p[0] {
			return true
		}
	}
	return false
}

// dayOrdinalAt reads an ordinal day phrase at token i: its day and the token after it.
func (fw *functionWords) dayOrdinalAt(si *sentInfo, i int) (int, int) {
	if !si.tokIn(i, classOrdinalFirst, fw.ordinalFirst) {
		return i, 0 // no ordinal phrase starts with this word: most words
	}
	for _, o := range fw.dayOrdinals {
		if tokensAt(si, i, o.toks) {
			return i + len(o.toks), o.day
		}
	}
	return i, 0
}

// mayStartTime: a time expression the matcher does not index may start with word w: noon, an
// ordinal day ("العاشر من أغسطس"), a day with its suffix ("10th").
func (fw *functionWords) mayStartTime(w string) bool {
	if fw.noon[w] || fw.ordinalFirst[w] {
		return true
	}
	_, ok := digitsWithSuffix(w, fw.ordinalSuffixes)
	return ok
}

// looksImperfect: an imperfect verb, which starts with a person prefix (Arabic ي ت ن; أ is
// folded to ا and left out, as it starts too many nouns), three letters at least.
func (fw *functionWords) looksImperfect(w string) bool {
	return runeLen(w) >= 3 && hasAnyPrefix(w, fw.imperfectPrefixes)
}

// futureVerb: an imperfect verb with a future prefix (ستشكل, سينسحب).
func (fw *functionWords) futureVerb(w string) bool {
	for _, p := range fw.futurePrefixes {
		if strings.HasPrefix(w, p) && fw.looksImperfect(w[len(p):]) {
			return true
		}
	}
	return false
}

// withoutConjunction strips the conjunction clitics (و) from the front of w.
func (fw *functionWords) withoutConjunction(w string) string {
	for _, c := range fw.conjunctionPrefixes {
		w = strings.TrimPrefix(w, c)
	}
	return w
}

// mannerAdverb: a manner adverb ("fully", "explicitly"), told by its suffix.
func (fw *functionWords) mannerAdverb(w string) bool {
	return len(w) > 4 && hasAnySuffix(w, fw.adverbSuffixes)
}

// contentWords counts the words of a name besides its articles ("the Presidential Council": 2).
func (fw *functionWords) contentWords(name string) int {
	n := 0
	for _, w := range strings.Fields(foldCue(name)) {
		if !fw.definiteArticles[w] && !fw.indefiniteArticles[w] {
			n++
		}
	}
	return n
}

// genericActorName: every word of the name but its articles is a generic actor noun ("the
// gunmen", "المسلحين"): the armed men of any war.
func (fw *functionWords) genericActorName(name string) bool {
	n := 0
	for _, w := range strings.Fields(foldCue(name)) {
		if fw.definiteArticles[w] {
			continue
		}
		if !fw.genericActorNouns[w] && !fw.genericActorNouns[fw.withoutArticlePrefix(w)] {
			return false
		}
		n++
	}
	return n > 0
}

// phraseWords folds each phrase and splits it into words.
func phraseWords(phrases []string) [][]string {
	out := make([][]string, 0, len(phrases))
	for _, p := range phrases {
		if ws := strings.Fields(foldCue(p)); len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out
}
