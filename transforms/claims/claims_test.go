package claims

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tanaqud/tanaqud/schemas"
)

func extractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// brief renders the claims of one topic as "subject=value@speaker[~modality]" lines, sorted by
// appearance, so a table row states what a reader expects.
func brief(cs []Claim, topic string) []string {
	var out []string
	for _, c := range cs {
		if c.Topic != topic {
			continue
		}
		s := c.Value + "@" + c.Speaker
		if c.Subject != "" {
			s = c.Subject + "=" + s
		}
		if c.Hedged {
			s += "~" + c.Modality
		}
		out = append(out, s)
	}
	return out
}

type mechanismCase struct {
	name, lang, published, text, topic string
	want                               []string
}

func runCases(t *testing.T, cases []mechanismCase) {
	t.Helper()
	runCasesOn(t, extractor(t), cases)
}

// runCasesOn is runCases on an extractor built from other data (see withGazetteerFile).
func runCasesOn(t *testing.T, x *Extractor, cases []mechanismCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := schemas.Article{ID: "t", Lang: tc.lang, Published: tc.published, Text: tc.text}
			got := brief(x.Analyze(a).Claims, tc.topic)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\n%s: claims mismatch (-want +got):\n%s", tc.text, tc.topic, diff)
			}
		})
	}
}

func TestAttribution(t *testing.T) {
	runCases(t, []mechanismCase{
		{"verb subject order", "ar", "", "وقال الجيش السوري في بيان إن وقف إطلاق النار يستثني جبهة فتح الشام.", "ceasefire.exclusions",
			[]string{"jabhat_fatah_al_sham=excluded@syrian_army"}},
		{"title and name", "ar", "", "وأكد وزير الدفاع الروسي سيرغي شويغو أن الهدنة تستثني تنظيم داعش.", "ceasefire.exclusions",
			[]string{"isis=excluded@sergei_shoigu"}},
		{"according to a capital speaks for its state", "ar", "", "يستثني الاتفاق، بحسب إعلان موسكو، جبهة النصرة.", "ceasefire.exclusions",
			[]string{"jabhat_fatah_al_sham=excluded@russia"}},
		{"continuation keeps the speaker", "ar", "", "قال أسامة أبو زيد إن الاتفاق شامل. وأضاف أن وقف إطلاق النار لا يستثني جبهة فتح الشام.", "ceasefire.exclusions",
			[]string{"jabhat_fatah_al_sham=not_excluded@osama_abu_zeid"}},
		{"outlet when nobody is quoted", "ar", "", "الهدنة تستثني تنظيم داعش.", "ceasefire.exclusions",
			[]string{"isis=excluded@outlet"}},
		{"english said", "en", "", "The Syrian army said the ceasefire excludes Jabhat Fatah al-Sham.", "ceasefire.exclusions",
			[]string{"jabhat_fatah_al_sham=excluded@syrian_army"}},
		{"english according to", "en", "", "The truce excludes the Nusra Front, according to Moscow.", "ceasefire.exclusions",
			[]string{"jabhat_fatah_al_sham=excluded@russia"}},
	})
}

func TestNegationAndTraps(t *testing.T) {
	runCases(t, []mechanismCase{
		{"negated exclusion", "ar", "", "وقف إطلاق النار لا يستثني جبهة فتح الشام.", "ceasefire.exclusions",
			[]string{"jabhat_fatah_al_sham=not_excluded@outlet"}},
		{"negated inclusion", "ar", "", "اتفاق وقف إطلاق النار لن يشمل التنظيمات الإرهابية.", "ceasefire.exclusions",
			[]string{"terrorist_groups=excluded@outlet"}},
		{"denial flips", "ar", "", "رفضت موسكو استثناء الغوطة الشرقية من وقف إطلاق النار.", "ceasefire.exclusions",
			[]string{"eastern_ghouta=not_excluded@outlet"}},
		{"la yazal is not negation", "ar", "", "لا يزال وقف إطلاق النار يستثني تنظيم داعش.", "ceasefire.exclusions",
			[]string{"isis=excluded@outlet"}},
		{"illa anna is however, not only", "ar", "", "الخطة تشمل كل أنحاء البلاد إلا أنها تستثني المجموعات الإرهابية.", "ceasefire.exclusions",
			[]string{"terrorist_groups=excluded@outlet"}},
		{"english not", "en", "", "The ceasefire does not exclude Jabhat Fatah al-Sham.", "ceasefire.exclusions",
			[]string{"jabhat_fatah_al_sham=not_excluded@outlet"}},
		{"english negated predicate", "en", "", "A prisoner exchange is not part of the truce.", "ceasefire.exchange",
			[]string{"prisoners=not_included@outlet"}},
	})
}

func TestOnlyConstructions(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct{ name, text, subject string }{
		{"la yastathni illa", "وقف إطلاق النار لا يستثني إلا تنظيم داعش.", "isis"},
		{"yastathni faqat", "الاتفاق يستثني فقط تنظيم داعش.", "isis"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs := x.Analyze(schemas.Article{ID: "t", Lang: "ar", Text: tc.text}).Claims
			if len(cs) == 0 || cs[0].Subject != tc.subject || cs[0].Value != "excluded" || !cs[0].Exhaustive {
				t.Errorf("%s: want %s excluded, exhaustive; got %+v", tc.text, tc.subject, cs)
			}
		})
	}
	runCases(t, []mechanismCase{
		{"exhaustive set", "en", "", "Only Oman and the United Nations will guarantee the ceasefire.", "ceasefire.guarantors",
			[]string{"only:oman,un@outlet"}},
	})
}

func TestModality(t *testing.T) {
	runCases(t, []mechanismCase{
		{"qad + imperfect hedges", "ar", "", "قد يكون مكان محادثات السلام في أستانة.", "talks.venue", []string{"astana@outlet~hedged"}},
		{"qad + past does not", "ar", "", "قد عقدت محادثات السلام في أستانة.", "talks.venue", []string{"astana@outlet"}},
		{"expected", "ar", "", "ومن المتوقع أن تتم جولة مفاوضات جديدة في أستانة.", "talks.venue", []string{"astana@outlet~expected"}},
		{"demanded", "ar", "", "واشترطت روسيا عدم شمول وقف إطلاق النار منطقة الغوطة.", "ceasefire.exclusions",
			[]string{"eastern_ghouta=excluded@outlet~demanded"}},
		{"english may", "en", "", "The talks may take place in Astana.", "talks.venue", []string{"astana@outlet~hedged"}},
		{"the month May is no hedge", "en", "2027-06-02T10:00:00Z", "The talks held in Astana in May 2027 produced the truce.", "talks.venue", []string{"astana@outlet"}},
		{"May after a preposition is the month", "en", "2027-06-02T10:00:00Z", "The talks held in Astana in May produced the truce.", "talks.venue", []string{"astana@outlet"}},
		{"a title-case headline keeps the modal", "en", "", "Truce May Collapse As Talks In Astana Stall.", "talks.venue", []string{"astana@outlet~hedged"}},
	})
}

func TestBackground(t *testing.T) {
	runCases(t, []mechanismCase{
		{"kana yahsul", "ar", "", "لكن وقف إطلاق النار كان يحصل برعاية روسية أميركية.", "ceasefire.mediators", nil},
		{"previous truce", "en", "", "A previous truce was brokered by Russia and the United States.", "ceasefire.mediators", nil},
		{"earlier year", "en", "2016-12-30", "A ceasefire brokered by the United States in 2015 collapsed.", "ceasefire.mediators", nil},
		{"current one is a claim", "ar", "", "تم التوصل إلى وقف إطلاق النار برعاية تركية - روسية.", "ceasefire.mediators", []string{"russia,turkey@outlet"}},
	})
}

func TestTime(t *testing.T) {
	runCases(t, []mechanismCase{
		{"midnight between two days, no date", "ar", "", "يبدأ وقف إطلاق النار في سوريا منتصف ليل الخميس الجمعة.", "ceasefire.start_time",
			[]string{"unresolved:Fri 00:00@outlet"}},
		{"midnight between two days, Damascus winter time", "ar", "2016-12-29T12:00:00Z", "يبدأ وقف إطلاق النار في سوريا منتصف ليل الخميس الجمعة.", "ceasefire.start_time",
			[]string{"2016-12-29T22:00:00Z@outlet"}},
		{"midnight of Thursday night", "ar", "2016-12-30T08:00:00Z", "تدخل الهدنة في سوريا حيز التنفيذ منتصف ليل الخميس.", "ceasefire.start_time",
			[]string{"2016-12-29T22:00:00Z@outlet"}},
		{"last midnight", "ar", "2016-12-30T08:00:00Z", "وأكد أن الهدنة في سوريا تسري بداية من منتصف ليل أمس.", "ceasefire.start_time",
			[]string{"2016-12-29T22:00:00Z@outlet"}},
		{"last midnight unresolved", "ar", "", "وأكد أن الهدنة في سوريا تسري بداية من منتصف ليل أمس.", "ceasefire.start_time",
			[]string{"unresolved:today 00:00@outlet"}},
		{"english tonight with place time zone", "en", "2025-10-15T14:05:00Z", "The truce will take effect at midnight tonight Yemen time (2100 GMT).", "ceasefire.start_time",
			[]string{"2025-10-15T21:00:00Z@outlet"}},
		{"month of the other calendar", "ar", "2016-12-29T12:00:00Z", "ستعقد محادثات السلام في أستانة في كانون الثاني المقبل.", "talks.date",
			[]string{"2017-01@outlet"}},
		{"month unresolved", "ar", "", "اجتماع أستانة المقرر عقده في يناير المقبل.", "talks.date",
			[]string{"unresolved:January@outlet"}},
	})
}

func TestNumbers(t *testing.T) {
	runCases(t, []mechanismCase{
		{"digits and alf", "ar", "", "وقعت اتفاق وقف إطلاق النار مجموعات تمثل 62 ألف مقاتل.", "ceasefire.signatories", []string{"fighters=62000@outlet"}},
		{"arabic-indic digits, more than", "ar", "", "وقع على الاتفاق أكثر من ٦٠ ألف مسلح.", "ceasefire.signatories", []string{"fighters=[60000,inf]@outlet"}},
		{"number words with case", "ar", "", "وقع على الاتفاق نحو ستين ألف مقاتل.", "ceasefire.signatories", []string{"fighters=[54000,66000]@outlet"}},
		{"gendered number word, factions slot", "ar", "", "وقعت على الاتفاق سبعة فصائل.", "ceasefire.signatories", []string{"factions=7@outlet"}},
		{"compound teens", "ar", "", "وقع على الاتفاق اثنا عشر فصيلا.", "ceasefire.signatories", []string{"factions=12@outlet"}},
		{"english words", "en", "", "Twelve armed factions representing 61,000 fighters have signed the ceasefire.", "ceasefire.signatories",
			[]string{"factions=12@outlet", "fighters=61000@outlet"}},
		{"duration in days", "ar", "", "ويمتد وقف إطلاق النار لثلاثين يوماً.", "ceasefire.duration", []string{"30@outlet"}},
		{"duration in months is an interval", "en", "", "The truce will last for a period of one month.", "ceasefire.duration", []string{"[28,31]@outlet"}},
	})
}

func TestSets(t *testing.T) {
	runCases(t, []mechanismCase{
		{"demonyms under sponsorship", "ar", "", "تم التوصل إلى اتفاق وقف إطلاق النار برعاية تركية - روسية.", "ceasefire.mediators", []string{"russia,turkey@outlet"}},
		{"guarantors before the cue", "ar", "", "ستبذل روسيا وتركيا جهودهما لتنفيذ الاتفاق، بوصفهما دولتين ضامنتين لوقف إطلاق النار.", "ceasefire.guarantors", []string{"russia,turkey@outlet"}},
		{"sponsorship of talks is not mediation", "ar", "", "ستعقد محادثات السلام في أستانة برعاية روسية.", "ceasefire.mediators", nil},
		{"sponsors of talks", "ar", "", "ستعقد محادثات السلام في أستانة برعاية روسية.", "talks.sponsors", []string{"russia@outlet"}},
		{"english brokered", "en", "", "The ceasefire was brokered by Oman and the United Nations.", "ceasefire.mediators", []string{"oman,un@outlet"}},
	})
}

func TestGluedWords(t *testing.T) {
	// Glued names are repaired by textnorm (its vocabulary comes from the gazetteer); until it
	// does, the claim may lack members, but it must not invent any.
	x := extractor(t)
	cs := x.Analyze(schemas.Article{ID: "t", Lang: "ar", Text: "وتعهد الوزير بأن أنقرةوموسكو ستضمنان اتفاق وقف إطلاق النار الشامل."}).Claims
	for _, c := range cs {
		if c.Topic == "ceasefire.guarantors" {
			for _, m := range c.Members {
				if m != "russia" && m != "turkey" {
					t.Errorf("unexpected guarantor %q", m)
				}
			}
		}
	}
}

// TestCrossLingual: the same statement in Arabic and English gives the same normalized claim.
func TestCrossLingual(t *testing.T) {
	x := extractor(t)
	pairs := []struct{ ar, en string }{
		{"قال الجيش السوري إن وقف إطلاق النار يستثني جبهة فتح الشام.", "The Syrian army said the ceasefire excludes Jabhat Fatah al-Sham."},
		{"وقال أسامة أبو زيد إن الاتفاق لا يستثني جبهة النصرة.", "Osama Abu Zeid said the agreement does not exclude the Nusra Front."},
		{"ستضمن روسيا وتركيا وقف إطلاق النار.", "Russia and Turkey will guarantee the ceasefire."},
		{"وقعت على الاتفاق فصائل تمثل 62 ألف مقاتل.", "Factions representing 62,000 fighters signed the agreement."},
	}
	key := func(cs []Claim) []string {
		var out []string
		for _, c := range cs {
			if c.Topic == "ceasefire.status" {
				continue // "signed" asserts agreement in either language; not the point here
			}
			out = append(out, fmt.Sprintf("%s|%s|%s|%s|%s", c.Event, c.Topic, c.Subject, c.Value, c.Speaker))
		}
		return out
	}
	for _, p := range pairs {
		ar := key(x.Analyze(schemas.Article{ID: "a", Lang: "ar", Text: p.ar}).Claims)
		en := key(x.Analyze(schemas.Article{ID: "e", Lang: "en", Text: p.en}).Claims)
		if len(ar) == 0 {
			t.Errorf("no claims from %s", p.ar)
		}
		if diff := cmp.Diff(ar, en); diff != "" {
			t.Errorf("Arabic and English disagree (-ar +en):\n%s", diff)
		}
	}
}

// TestClaimFields: every field is filled and offsets point at the sentence in the original.
func TestClaimFields(t *testing.T) {
	x := extractor(t)
	text := "وقف إطلاق النار في سوريا. وقال أسامة أبو زيد إن الاتفاقية لا تستثني جبهة فتح الشام."
	cs := x.Analyze(schemas.Article{ID: "a1", Source: "", Lang: "ar", Text: text}).Claims
	if len(cs) != 1 {
		t.Fatalf("want 1 claim, got %+v", cs)
	}
	c := cs[0]
	runes := []rune(text)
	if got := string(runes[c.Start:c.End]); got != c.Sentence {
		t.Errorf("offsets [%d,%d) give %q, sentence is %q", c.Start, c.End, got, c.Sentence)
	}
	want := Claim{ID: c.ID, ArticleID: "a1", Lang: "ar", Event: "syria", SentenceIndex: 1, Start: c.Start, End: c.End, Sentence: c.Sentence,
		Topic: "ceasefire.exclusions", Subject: "jabhat_fatah_al_sham", SubjectLabel: "Jabhat Fatah al-Sham", Kind: "polarity",
		Value: "not_excluded", ValueLabel: "not excluded", Speaker: "osama_abu_zeid", SpeakerLabel: "Osama Abu Zeid (FSA negotiator)",
		SpeakerRole: "armed_opposition", Modality: "asserted", Confidence: 0.9, Rule: "exclusion.cue.negated", Account: c.Account,
		Context: []string{"jabhat_fatah_al_sham", "osama_abu_zeid"}}
	if diff := cmp.Diff(want, c); diff != "" {
		t.Errorf("claim mismatch (-want +got):\n%s", diff)
	}
	if c.ID == "" || c.Account == "" {
		t.Error("empty ID or Account")
	}
	// The same wire copy in another outlet is the same account.
	other := x.Analyze(schemas.Article{ID: "b2", Source: "other", Lang: "ar", Text: "وقال أسامة أبو زيد إن الاتفاقية لا تستثني جبهة فتح الشام."}).Claims
	if len(other) != 1 || other[0].Account != c.Account || other[0].ID == c.ID {
		t.Errorf("syndication: want same account, different id; got %+v", other)
	}
}

func TestSeedsDeterministicAndKeyClaims(t *testing.T) {
	x := extractor(t)
	arts := loadTestArticles(t, "../../testdata/articles/*.txt")
	if len(arts) != 5 {
		t.Fatalf("want 5 seed articles, got %d", len(arts))
	}
	var first []Claim
	for run := 0; run < 2; run++ {
		var all []Claim
		for _, a := range arts {
			all = append(all, x.Analyze(a).Claims...)
		}
		if run == 0 {
			first = all
		} else if diff := cmp.Diff(first, all); diff != "" {
			t.Fatalf("Analyze is not deterministic:\n%s", diff)
		}
	}
	has := func(article, subject, value, speaker string) bool {
		for _, c := range first {
			if strings.HasPrefix(c.ArticleID, article) && c.Topic == "ceasefire.exclusions" && c.Subject == subject && c.Value == value && c.Speaker == speaker {
				return true
			}
		}
		return false
	}
	for _, want := range []struct{ article, subject, value, speaker string }{
		{"001", "jabhat_fatah_al_sham", "excluded", "syrian_army"},
		{"000", "jabhat_fatah_al_sham", "excluded", "syrian_government"},
		{"003", "jabhat_fatah_al_sham", "not_excluded", "osama_abu_zeid"},
	} {
		if !has(want.article, want.subject, want.value, want.speaker) {
			t.Errorf("missing %+v", want)
		}
	}
	for _, c := range first {
		if c.Event != "syria" {
			t.Errorf("claim %s has event %q, want syria", c.ID, c.Event)
		}
	}
}

func BenchmarkAnalyze(b *testing.B) {
	benchmarkAnalyze(b, loadTestArticles(b, "../../testdata/articles/*.txt"))
}

// benchmarkAnalyze reports Analyze's throughput over arts in bytes of article text.
func benchmarkAnalyze(b *testing.B, arts []schemas.Article) {
	x := extractor(b)
	b.SetBytes(textBytes(arts))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			x.Analyze(a)
		}
	}
}

// textBytes is the size of the articles' texts.
func textBytes(arts []schemas.Article) int64 {
	n := 0
	for _, a := range arts {
		n += len(a.Text)
	}
	return int64(n)
}
