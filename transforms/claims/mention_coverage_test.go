package claims

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/tanaqud/tanaqud/schemas"
)

// TestMentionCoverage measures, on the development sets, which gold entities of entity topics
// (and gold speakers) are not among the resolved mentions of the sentence their evidence lies in,
// and sorts the misses by the form of the mention. A measuring tool, not a check: it runs only
// when TANAQUD_MENTION_COVERAGE is set (to "v" it lists every miss).
func TestMentionCoverage(t *testing.T) {
	mode := os.Getenv("TANAQUD_MENTION_COVERAGE")
	if mode == "" {
		t.Skip("TANAQUD_MENTION_COVERAGE not set")
	}
	x := extractor(t)
	g := &x.data.Gazetteer
	entityTopics := map[string]bool{"ceasefire.exclusions": true, "ceasefire.withdrawal": true, "ceasefire.guarantors": true,
		"ceasefire.mediators": true, "ceasefire.monitors": true, "ceasefire.parties": true, "ceasefire.signatory_groups": true,
		"talks.sponsors": true, "talks.venue": true}
	sets, _ := filepath.Glob("../../testdata/gold/*")
	counts := map[string]map[string]int{} // kind → class → n
	resolved := map[string]int{}
	for _, dir := range sets {
		if _, err := os.Stat(filepath.Join(dir, "BLIND")); err == nil {
			continue
		}
		set := filepath.Base(dir)
		var arts []schemas.Article
		if set == "seeds" {
			arts = loadTestArticles(t, "../../testdata/articles/*.txt")
		} else {
			arts = loadTestArticles(t, filepath.Join("../../testdata", set, "articles.jsonl"))
		}
		byID := map[string]schemas.Article{}
		for _, a := range arts {
			byID[a.ID] = a
		}
		f, err := os.Open(filepath.Join(dir, "claims.jsonl"))
		if err != nil {
			continue
		}
		type goldLine struct{ Article, Evidence, Topic, Subject, Value, Speaker string }
		var lines []goldLine
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<22)
		for sc.Scan() {
			var gl goldLine
			if json.Unmarshal(sc.Bytes(), &gl) == nil {
				lines = append(lines, gl)
			}
		}
		f.Close()
		cache := map[string]*articleContext{}
		for _, gl := range lines {
			a, ok := byID[gl.Article]
			if !ok {
				continue
			}
			ac := cache[a.ID]
			if ac == nil {
				ac = &articleContext{}
				x.resolveMentions(x.getScratch(), a, ac) // scratch kept: the infos live in it
				cache[a.ID] = ac
			}
			pos := strings.Index(a.Text, gl.Evidence)
			if pos < 0 {
				continue
			}
			var infos []*sentInfo
			for _, si := range ac.infos {
				if si.s.End > pos && si.s.Start < pos+len(gl.Evidence) {
					infos = append(infos, si)
				}
			}
			var want []string
			kind := "speaker"
			if entityTopics[gl.Topic] {
				kind = "entity"
				switch gl.Topic {
				case "ceasefire.exclusions", "ceasefire.withdrawal":
					want = []string{gl.Subject}
				default:
					want = strings.Split(strings.TrimPrefix(gl.Value, "only:"), ",")
				}
			}
			check := func(kind string, ids []string) {
				for _, id := range ids {
					e := g.Entity(id)
					if e == nil {
						continue
					}
					if counts[kind] == nil {
						counts[kind] = map[string]int{}
					}
					if mentioned(infos, e) {
						resolved[kind]++
						continue
					}
					class := mentionClass(x, infos, e)
					counts[kind][class]++
					if mode == "v" {
						var text []string
						for _, si := range infos {
							text = append(text, si.s.Text)
						}
						fmt.Printf("MISS %s %s %s %s %s [%s] %s\n", kind, class, set, gl.Article, gl.Topic, id, strings.Join(text, " | "))
					}
				}
			}
			check(kind, want)
			if gl.Speaker != "" && gl.Speaker != "outlet" {
				check("speaker", []string{gl.Speaker})
			}
		}
	}
	for _, kind := range []string{"entity", "speaker"} {
		var classes []string
		total := 0
		for c, n := range counts[kind] {
			classes = append(classes, c)
			total += n
		}
		sort.Strings(classes)
		fmt.Printf("== %s: resolved %d, unresolved %d\n", kind, resolved[kind], total)
		for _, c := range classes {
			fmt.Printf("  %-22s %d\n", c, counts[kind][c])
		}
	}
}

// mentioned: e, or an entity standing for it (a capital, a seat, a person of it), is among the
// sentences' mentions.
func mentioned(infos []*sentInfo, e *schemas.Entity) bool {
	for _, si := range infos {
		for _, m := range si.ents {
			if m.e.ID == e.ID || m.e.SpeaksFor == e.ID || slices.Contains(m.e.Members, e.ID) {
				return true
			}
		}
	}
	return false
}

// mentionClass names the form by which the sentences refer to e, for the coverage report.
func mentionClass(x *Extractor, infos []*sentInfo, e *schemas.Entity) string {
	g := &x.data.Gazetteer
	country := e.Country
	if e.Type == "country" {
		country = e.ID
	}
	var text strings.Builder
	for _, si := range infos {
		text.WriteString(" " + strings.ToLower(si.norm.Match) + " ")
	}
	s := text.String()
	has := func(ws ...string) bool {
		for _, w := range ws {
			if strings.Contains(s, w) {
				return true
			}
		}
		return false
	}
	if e.Type == "person" {
		for _, lang := range []string{"en", "ar"} {
			ws := strings.Fields(foldCue(e.Label[lang]))
			if len(ws) > 1 && strings.Contains(s, " "+strings.ToLower(ws[len(ws)-1])+" ") {
				return "surname/kunya"
			}
		}
	}
	if e.Type == "armed_group" && has("the group", "the movement", "the militia", "the faction", "الحركة", "الجماعة", "التنظيم", "الفصيل") {
		return "group-anaphora"
	}
	if has("two sides", "both sides", "two parties", "both parties", "الطرفان", "الطرفين", "الجانبان", "الجانبين", "two armies", "both armies", "two militaries", "الجيشين", "الجيشان", "both countries", "two countries", "البلدين", "البلدان", "two governments", "both governments", "الحكومتين") {
		return "dual/two-sides"
	}
	if ce := g.Entity(country); ce != nil {
		for _, lang := range []string{"en", "ar"} {
			for _, d := range ce.Demonyms[lang] {
				if d != "" && strings.Contains(s, strings.ToLower(foldCue(d))) {
					if e.Type == "country" {
						return "demonym(country)"
					}
					return "demonym+force"
				}
			}
		}
	}
	if e.Type == "person" {
		for _, lang := range []string{"en", "ar"} {
			ws := strings.Fields(e.Label[lang])
			if len(ws) > 1 && strings.Contains(s, " "+strings.ToLower(foldCue(ws[len(ws)-1]))) {
				return "surname/kunya"
			}
		}
	}
	if e.Type == "armed_group" && has("the group", "the movement", "the militia", "the faction", "الحركة", "الجماعة", "التنظيم", "الفصيل") {
		return "group-anaphora"
	}
	if e.Type == "armed_group" || e.Type == "military" {
		if has("forces", "troops", "fighters", "army", "القوات", "قوات", "الجيش", "المقاتلين", "مقاتلي") {
			return "generic-force"
		}
	}
	if has(" he ", " she ", " they ", "it said", "قال", "وقال", "أضاف", "وأضاف", "أكد", "the spokesman", "the official", "the minister", "المتحدث") {
		return "pronoun/title"
	}
	return "other"
}
