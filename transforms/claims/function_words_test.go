package claims

import (
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tanaqud/tanaqud/schemas"
)

// TestFunctionWordsFromData: the closed word lists rules compare tokens against come from the
// lexicon, folded like tokens, so a new language brings its own in its JSON file.
func TestFunctionWordsFromData(t *testing.T) {
	lx := &schemas.Lexicon{
		Lang:               "xx",
		Copulas:            []string{"est"},
		Negation:           []string{"pas", "ne pas"},
		Complementizers:    []string{"que"},
		IndefiniteArticles: []string{"un", "une"},
		Clitics:            schemas.Clitics{Article: []string{"l'"}, Contractions: map[string]string{"n'": "pas"}},
		Time: schemas.TimeWords{
			DayParts:     map[string]string{"matin": "am", "Soir": "pm", "p.m.": "pm"},
			ClockFillers: []string{"du"},
			MonthLeads:   []string{"en", "prochain"},
			NextBefore:   []string{"prochain"},
			CurrentMonth: schemas.CurrentMonthWords{Before: []string{"ce", "à la fin du"}, After: []string{"courant"}},
		},
		Numbers: schemas.NumberWords{UnitSuffixes: []string{"-long"}, MeasureConnectors: []string{"de"}},
	}
	fw := compileFunctionWords(lx)
	sets := map[string]map[string]bool{
		"copulas": fw.copulas, "negations": fw.negations, "complementizers": fw.complementizers,
		"indefinite articles": fw.indefiniteArticles, "clock fillers": fw.clockFillers, "month leads": fw.monthLeads,
		"next before": fw.nextBefore, "current after": fw.currentAfter, "measure connectors": fw.measureConnectors,
		"contracted negations": fw.contractedNegations,
	}
	got := map[string][]string{}
	for name, set := range sets {
		got[name] = sortedKeys(set)
	}
	want := map[string][]string{
		"copulas": {"est"}, "negations": {"pas"}, "complementizers": {"que"}, "indefinite articles": {"un", "une"},
		"clock fillers": {"du"}, "month leads": {"en", "prochain"}, "next before": {"prochain"},
		"current after": {"courant"}, "measure connectors": {"de"}, "contracted negations": {"pas"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("word sets (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]bool{"matin": false, "soir": true}, fw.dayParts); diff != "" {
		t.Errorf("day parts (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]dayPartPhrase{{toks: []string{"p", ".", "m"}, evening: true}}, fw.dayPartPhrases, cmp.AllowUnexported(dayPartPhrase{})); diff != "" {
		t.Errorf("day part phrases (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([][]string{{"à", "la", "fin", "du"}, {"ce"}}, fw.currentBefore); diff != "" {
		t.Errorf("current-month phrases, longest first (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([][]string{{"-", "long"}}, fw.unitSuffixes); diff != "" {
		t.Errorf("unit suffixes (-want +got):\n%s", diff)
	}
}

// TestEmbeddedFunctionWords pins the published lexicons' lists, in their folded form, to the
// lists the rules were written against (they used to be Go literals).
func TestEmbeddedFunctionWords(t *testing.T) {
	d, err := schemas.Load()
	if err != nil {
		t.Fatal(err)
	}
	ar, en := compileFunctionWords(d.Lexicons["ar"]), compileFunctionWords(d.Lexicons["en"])
	cases := []struct {
		name string
		set  map[string]bool
		want []string
	}{
		{"ar complementizers", ar.complementizers, []string{"ان", "انه", "انها", "بان", "بانه", "بانها", "وان", "وانه", "وانها", "وبان"}},
		{"en complementizers", en.complementizers, []string{"that"}},
		{"ar comitatives", ar.comitatives, []string{"مع"}},
		{"en comitatives", en.comitatives, []string{"with"}},
		{"en copulas", en.copulas, []string{"are", "be", "been", "being", "is", "was", "were"}},
		{"en definite articles", en.definiteArticles, []string{"the"}},
		{"en indefinite articles", en.indefiniteArticles, []string{"a", "an"}},
		{"ar prepositions", ar.prepositions, []string{"الي", "عن", "علي", "في", "من"}},
		{"ar clock fillers", ar.clockFillers, []string{"الرسمي", "المحلي", "من", "يوم"}},
		{"en clock fillers", en.clockFillers, []string{"hours", "hrs", "local", "o'clock", "of", "on", "time"}},
		{"en day prepositions", en.dayPrepositions, []string{"on"}},
		{"ar month leads", ar.monthLeads, []string{"اوائل", "اواخر", "اواسط", "في", "قبل", "حتي", "خلال", "مطلع", "منتصف", "نهايه"}},
		{"en month leads", en.monthLeads, []string{"before", "by", "early", "in", "late", "mid", "next", "of", "until"}},
		{"ar current month before", ar.currentBeforeDefinite, []string{"اوائل", "اواخر", "مطلع", "منتصف", "نهايه", "هذا"}},
		{"ar current month after", ar.currentAfter, []string{"الجاري", "الحالي"}},
		{"ar measure connectors", ar.measureConnectors, []string{"من"}},
		{"en measure connectors", en.measureConnectors, []string{"of"}},
		{"en contracted negations", en.contractedNegations, []string{"not"}},
	}
	for _, tc := range cases {
		got := sortedKeys(tc.set)
		want := append([]string(nil), tc.want...)
		sort.Strings(want)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
	evening := map[string]bool{}
	for w, pm := range ar.dayParts {
		evening[w] = pm
	}
	for w, pm := range en.dayParts {
		evening[w] = pm
	}
	wantParts := map[string]bool{"صباح": false, "صباحا": false, "فجر": false, "الفجر": false, "ظهر": true, "ظهرا": true,
		"مساء": true, "ليلا": true, "عصر": true, "عصرا": true, "morning": false, "am": false, "evening": true, "pm": true, "afternoon": true, "night": true}
	if diff := cmp.Diff(wantParts, evening); diff != "" {
		t.Errorf("day parts (-want +got):\n%s", diff)
	}
}

func TestFunctionWordRules(t *testing.T) {
	runCases(t, []mechanismCase{
		{"en p.m. moves the hour", "en", "2025-10-14T08:00:00Z", "The truce in Hodeidah will take effect at 6 p.m. on Thursday.", "ceasefire.start_time",
			[]string{"2025-10-16T15:00:00Z@outlet"}},
		{"ar evening moves the hour", "ar", "2025-10-14T11:00:00+03:00", "وتبدأ الهدنة في الحديدة في السادسة من مساء الخميس.", "ceasefire.start_time",
			[]string{"2025-10-16T15:00:00Z@outlet"}},
		{"en this month", "en", "2025-10-14T08:00:00Z", "Talks will resume in Muscat this month.", "talks.date",
			[]string{"2025-10@outlet"}},
		{"en next month", "en", "2025-10-14T08:00:00Z", "Talks will resume in Muscat next month.", "talks.date",
			[]string{"2025-11@outlet"}},
		{"en contracted negation", "en", "", "The ceasefire took effect on Thursday. The truce doesn't cover Hays.", "ceasefire.exclusions",
			[]string{"hays=excluded@outlet"}},
		{"en passive with a negation", "en", "", "The ceasefire took effect on Thursday. Hays is not covered.", "ceasefire.exclusions",
			[]string{"hays=excluded@outlet"}},
		{"en next before a month name", "en", "2025-10-14T08:00:00Z", "Talks will resume in Muscat next March.", "talks.date",
			[]string{"2026-03@outlet"}},
	})
}

func TestContractionVariants(t *testing.T) {
	d, err := schemas.Load()
	if err != nil {
		t.Fatal(err)
	}
	m := newMorphology(d.Lexicons["en"].Clitics, d.Lexicons["en"].Grammar)
	got := m.variants("doesn't")
	if diff := cmp.Diff([]string{"doesn't", "not", "does"}, got); diff != "" {
		t.Errorf("variants of doesn't (-want +got):\n%s", diff)
	}
}

// TestOnlyContractionsNegate: a word negates itself through a contraction (isn't), not because
// suffix stripping happens to leave "not" (noted, notes, noting).
func TestOnlyContractionsNegate(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	en := x.langs["en"]
	for word, want := range map[string]bool{"isn't": true, "doesn't": true, "noted": false, "notes": false, "noting": false, "not": false} {
		if got := en.addWord(&token{text: word}).negates; got != want {
			t.Errorf("%q negates itself: %v, want %v", word, got, want)
		}
	}
}

// TestLanguageByScript: an article that declares no language is read with the lexicon whose
// script most of its letters are in.
func TestLanguageByScript(t *testing.T) {
	x := extractor(t)
	for text, want := range map[string]string{
		"The truce took effect at midnight.":      "en",
		"دخلت الهدنة حيز التنفيذ منتصف الليل.":    "ar",
		"قال المتحدث إن Hodeidah مشمولة بالهدنة.": "ar",
	} {
		if got := x.language(schemas.Article{Text: text}).code; got != want {
			t.Errorf("%q read as %s, want %s", text, got, want)
		}
	}
}
