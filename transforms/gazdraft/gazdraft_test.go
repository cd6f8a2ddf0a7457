package gazdraft

import (
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/articles"
	"github.com/tanaqud/tanaqud/transforms/claims"
)

var (
	hiddenOnce sync.Once
	hiddenData *schemas.Data
	hiddenX    *claims.Extractor
	hiddenErr  error
)

// withoutKufra is the data and extractor had nobody written schemas/gazetteer/kufra.json.
func withoutKufra(t *testing.T) (*claims.Extractor, *schemas.Data) {
	t.Helper()
	hiddenOnce.Do(func() {
		hiddenData, hiddenErr = schemas.LoadFS(schemas.HidingFS{FS: schemas.EmbeddedFS(), Hidden: []string{schemas.WarFile("kufra")}})
		if hiddenErr == nil {
			hiddenX, hiddenErr = claims.New(hiddenData)
		}
	})
	if hiddenErr != nil {
		t.Fatal(hiddenErr)
	}
	return hiddenX, hiddenData
}

func defaultDrafter(t *testing.T) *Drafter {
	t.Helper()
	x, err := claims.Default()
	if err != nil {
		t.Fatal(err)
	}
	data, err := schemas.Load()
	if err != nil {
		t.Fatal(err)
	}
	d, err := New(x, data)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func readFile(t *testing.T, d *Drafter, path string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sink := articles.Sink{Article: d.Add, Reject: func(r schemas.RejectRow) { t.Errorf("%s: rejected: %s", path, r.Reason) }}
	if err := articles.Parse(path, f, articles.Limits{}, sink); err != nil {
		t.Fatal(err)
	}
}

func byName(cands []Candidate) map[string]Candidate {
	m := map[string]Candidate{}
	for _, c := range cands {
		m[c.Name] = c
	}
	return m
}

// One sentence at a time: the names drafted with their types, and the spans that must not be.
// The names are made up (no gazetteer file has them).
func TestSpansOfOneSentence(t *testing.T) {
	tests := []struct {
		lang, text string
		want       map[string]string // name → type
		not        []string
	}{
		{"en", "Fighting between Bani Ruwaydan gunmen and the Suqur al-Qartas Brigade killed six people on Sunday.",
			map[string]string{"Bani Ruwaydan": "armed_group", "Suqur al-Qartas Brigade": "armed_group"}, []string{"Fighting", "Sunday"}},
		{"en", "Colonel Fawwaz Dirbashi said his men would hold the al-Tawahin district.",
			map[string]string{"Fawwaz Dirbashi": "person", "al-Tawahin": "region"}, []string{"Colonel", "Colonel Fawwaz Dirbashi"}},
		{"en", "Rami Hilwani, spokesman for the council, said the road to the town of Ain Sabra was open.",
			map[string]string{"Rami Hilwani": "person", "Ain Sabra": "city"}, nil},
		{"en", "Elders of the Shawaqra tribe met on 3 March in the Social Council of Qartas Tribes hall.",
			map[string]string{"Shawaqra": "organization", "Social Council of Qartas Tribes": "organization"}, []string{"March"}},
		// Near misses: capitalized common words opening a sentence or a quote, months, a known
		// country, a dateline of one word.
		{"en", "But Tuesday's talks in Libya failed, the statement said.", map[string]string{}, []string{"But", "Tuesday", "Libya"}},
		{"en", "CORRECTION: What the truce covers is disputed.", map[string]string{}, []string{"CORRECTION", "What"}},
		{"ar", "قُتل ستة أشخاص في اشتباكات بين مسلحي بني رويدان ولواء صقور القرطاس في مدينة أم حزرة.",
			map[string]string{"بني رويدان": "armed_group", "لواء صقور القرطاس": "armed_group", "أم حزرة": "city"}, []string{"ستة"}},
		{"ar", "وقال العقيد فواز الدرباشي إن قواته باقية في حي الطواحين.",
			map[string]string{"فواز الدرباشي": "person", "الطواحين": "region"}, []string{"العقيد فواز الدرباشي", "قواته"}},
		// «اللواء» with a name after it is a general (a cue only with the article), not «لواء» a
		// brigade; with an adjective after it, the brigade.
		{"ar", "وقال اللواء خالد المحجوب إن قواته ستنسحب من حي الطواحين.",
			map[string]string{"خالد المحجوب": "person", "الطواحين": "region"}, []string{"اللواء خالد المحجوب"}},
		{"ar", "وأعلن أعيان قبيلة الشواقرة أن الناطقة باسمها سلمى العتيبي ستتابع الهدنة.",
			map[string]string{"الشواقرة": "organization", "سلمى العتيبي": "person"}, nil},
		// A cue with the article is a noun and its adjective, not a name («والأعيان المنبثقة»,
		// «السوق مغلقاً»); a name the gazetteer knows is no candidate («مدينة الكفرة»).
		{"ar", "وبقي السوق مغلقاً في مدينة الكفرة بحسب الأعيان المحليين.", map[string]string{}, []string{"مغلقاً", "الكفرة", "المحليين"}},
	}
	for _, tt := range tests {
		d := defaultDrafter(t)
		d.Add(schemas.Article{ID: "s1", Lang: tt.lang, Text: tt.text})
		got := byName(d.Candidates())
		for name, typ := range tt.want {
			c, ok := got[name]
			if !ok {
				t.Errorf("%q: no candidate %q; got %v", tt.text, name, names(got))
				continue
			}
			if c.Type != typ {
				t.Errorf("%q: %q typed %s (cue %q), want %s", tt.text, name, c.Type, c.Cue, typ)
			}
		}
		for _, n := range tt.not {
			if _, ok := got[n]; ok {
				t.Errorf("%q: %q drafted; got %v", tt.text, n, names(got))
			}
		}
	}
}

func names(m map[string]Candidate) []string {
	var out []string
	for n, c := range m {
		out = append(out, n+" ("+c.Type+")")
	}
	return out
}

// The fixture is a made-up war's coverage in both languages (testdata/gazdraft/fixture.jsonl):
// every actor and place of it is drafted with its type, the speakers with their titles, and
// nothing else.
func TestFixtureWar(t *testing.T) {
	d := defaultDrafter(t)
	readFile(t, d, "../../testdata/gazdraft/fixture.jsonl")
	cands := d.Candidates()
	got := byName(cands)
	want := map[string]string{
		"Umm Hizra": "city", "Bani Ruwaydan": "armed_group", "Suqur al-Qartas Brigade": "armed_group",
		"Fawwaz Dirbashi": "person", "Rami Hilwani": "person", "Shawaqra": "organization", "al-Tawahin": "region",
		"Ain Sabra": "city", "Qartas Wire": "media",
		"الطواحين": "region", "لواء صقور القرطاس": "armed_group", "الشواقرة": "organization", "بني رويدان": "armed_group",
		"رامي الحلواني": "person", "فواز الدرباشي": "person", "أم حزرة": "city", "عين صبرة": "city",
	}
	for name, typ := range want {
		c, ok := got[name]
		if !ok {
			t.Errorf("no candidate %q", name)
			continue
		}
		if c.Type != typ {
			t.Errorf("%q typed %s, want %s", name, c.Type, typ)
		}
	}
	if c := got["Rami Hilwani"]; c.Speakers != 1 || !strings.Contains(c.Title, "spokesman") {
		t.Errorf("Rami Hilwani: speaker of %d outlet claims, title %q; want 1 and the spokesman title", c.Speakers, c.Title)
	}
	if c := got["Umm Hizra"]; c.Articles != 3 || c.Mentions != 4 {
		t.Errorf("Umm Hizra: %d articles, %d mentions; want 3 and 4 (the dateline UMM HIZRA is the same name)", c.Articles, c.Mentions)
	}
	for _, c := range cands {
		if _, ok := want[c.Name]; !ok && c.Name != "قبيلة الشواقرة" && c.Name != "Ruwaydan" {
			t.Errorf("unexpected candidate %q (%s)", c.Name, c.Type)
		}
	}
	// Sorted by articles: the three-article names first.
	for i, c := range cands {
		if i < 4 && c.Articles != 3 {
			t.Errorf("candidate %d %q has %d articles; want the four three-article names first", i, c.Name, c.Articles)
		}
	}
}

// A development set with its own gazetteer file hidden: the tribes, the mediators, the
// districts and the speakers of Kufra's coverage come out on top.
func TestKufraWithoutItsFile(t *testing.T) {
	x, data := withoutKufra(t)
	d, err := New(x, data)
	if err != nil {
		t.Fatal(err)
	}
	readFile(t, d, "../../testdata/kufra/articles.jsonl")
	cands := d.Candidates()
	rank := map[string]int{}
	for i, c := range cands {
		rank[c.Name] = i + 1
	}
	for _, w := range []struct {
		name string
		top  int
	}{
		{"Zuwaya", 5}, {"Tebu", 5}, {"أولاد سليمان", 6}, {"التبو", 8}, {"Kufra", 3}, {"Awlad Suleiman", 12},
		{"الشورى", 20}, {"al-Shura", 30}, {"كتيبة سبل السلام", 20}, {"مسعود سيف النصر", 12}, {"عبد الحميد بوشناف", 20},
		{"Masoud Saif al-Nasr", 20}, {"حسن وردكو", 30}, {"Najwa al-Mabrouk", 30}, {"قدرفي", 60},
	} {
		if r := rank[w.name]; r == 0 || r > w.top {
			t.Errorf("%q ranked %d, want within the first %d", w.name, r, w.top)
		}
	}
	if t.Failed() {
		for i, c := range cands {
			if i < 40 {
				t.Logf("%2d %s [%s] %d", i+1, c.Name, c.Type, c.Articles)
			}
		}
	}
}

// The skeleton is a gazetteer file: it decodes into schemas.Gazetteer with unique ids, a type
// and role "other" on every entity, and the label in the candidate's language.
func TestSkeletonIsAGazetteerFile(t *testing.T) {
	cands := []Candidate{
		{Name: "Bani Ruwaydan", Type: "armed_group", Articles: 3, Languages: []string{"en"}, Examples: []Example{{"a1", "s"}}},
		{Name: "بني رويدان", Type: "armed_group", Articles: 2, Languages: []string{"ar"}},
		{Name: "Bani-Ruwaydan", Type: "unknown", Articles: 1, Languages: []string{"en"}},
		{Name: "رامي الحلواني", Type: "person", Title: "الشيخ", Articles: 1, Languages: []string{"ar"}},
	}
	b, err := Skeleton(cands)
	if err != nil {
		t.Fatal(err)
	}
	var g schemas.Gazetteer
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	wantIDs := []string{"bani_ruwaydan", "bny_rwydan", "bani_ruwaydan_2", "ramy_alhlwany"}
	for i, e := range g.Entities {
		if e.ID != wantIDs[i] || e.Role != "other" || e.Type == "" || e.Type == "unknown" {
			t.Errorf("entity %d: %+v, want id %s, role other and a type", i, e, wantIDs[i])
		}
		lang := cands[i].Languages[0]
		if e.Label[lang] != cands[i].Name || len(e.Aliases[lang]) != 1 {
			t.Errorf("entity %d: label %v aliases %v", i, e.Label, e.Aliases)
		}
	}
	if g.Entities[3].Title["ar"] != "الشيخ" {
		t.Errorf("person title %v", g.Entities[3].Title)
	}
	if !strings.Contains(string(b), `"examples"`) {
		t.Errorf("no examples in the skeleton")
	}
}
