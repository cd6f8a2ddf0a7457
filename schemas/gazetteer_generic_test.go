package schemas

import (
	"os"
	"path"
	"sort"
	"strings"
	"testing"
)

// knownGenericNames are plain names made only of generic words that stay plain: each is its
// event's own name for the body, and as a context alias it lost development claims, because the
// rules read a context alias as a description, not as the body named outright (a speaker, a
// withdrawal's subject, a monitor beside a named one). Listed so that the test catches new ones.
var knownGenericNames = map[string]string{
	"bamenda.json: ambazonia_joint_command: Joint Command":                            "bamenda bm_037 lost its speaker and theatre",
	"bamenda.json: ambazonia_joint_command: the Joint Command":                        "bamenda bm_037",
	"sudan.json: joint_force: Joint Force":                                            "elfasher ef_017: the Joint Force as a signatory",
	"sudan.json: joint_force: the Joint Force":                                        "elfasher ef_017",
	"sudan.json: joint_force: القوة المشتركة":                                         "elfasher (the label)",
	"sudan.json: joint_force: Joint Force of armed movements":                         "elfasher (the label's long form)",
	"lasanod.json: lasanod_joint_committee: لجنة المراقبة المشتركة":                   "lasanod ls_028: a monitor beside IGAD",
	"manipur.json: manipur_government: state officials":                               "manipur mp_026 and mp_040: speakers",
	"manipur.json: manipur_government: State officials":                               "manipur mp_026 and mp_040",
	"suwayda.json: syrian_general_security: The General Security forces":              "suwayda sw_017: a withdrawal's subject",
	"sahara.json: pietro_lanzani: the Secretary-General's personal envoy":             "a title alone (TestTitleRightBeforeName)",
	"sahara.json: pietro_lanzani: المبعوث الشخصي للأمين العام للأمم المتحدة":          "sahara sh_006: the sponsor",
	"sahara.json: pietro_lanzani: المبعوث الشخصي للأمين العام":                        "sahara sh_006",
	"sahara.json: pietro_lanzani: المبعوث الشخصي":                                     "sahara sh_006",
	"sudan.json: joint_force: حركات القوة المشتركة":                                   "sudan: two claims",
	"manipur.json: manipur_church_leaders: the church delegation":                     "manipur: a speaker",
	"kashmir.json: border_security_force: Border Security Force":                      "India's force by its name (the label); not measured",
	"bamenda.json: north_west_region: إقليم الشمال الغربي":                            "bamenda: two claims (a covered region)",
	"bamenda.json: south_west_region: إقليم الجنوب الغربي":                            "bamenda",
	"mindanao.json: international_monitoring_team: International Monitoring Team":     "the label; generic since 'team' joined the words (stop 30)",
	"mindanao.json: international_monitoring_team: the International Monitoring Team": "mindanao: the IMT named outright",
	"ituri.json: ituri_jvt: Joint Verification Team":                                  "the label (retired from blind in stop 31); its plain aliases are context aliases",
	"rasajdir.json: ras_ajdir_border_force: قوة أمن الحدود":                           "the label (retired from blind in stop 31); its plain aliases are context aliases",
}

// TestGenericNamesAreContextAliases fails when a plain name (a label or an alias) of an event's
// actor is made only of generic words ("a joint monitoring committee", «اللجنة المشتركة»,
// "government troops"): one gazetteer serves every event, so such a name would resolve in every
// war's coverage to the one body whose file lists it (chad's Joint Monitoring Committee read as
// Zamfara's). It belongs in context_aliases, which hold only where the article's theatre or
// named actors are the entity's country (a road or a zone too: Haiti's «الطريق الوطني رقم 1» was
// Mozambique's EN1 in gorongosa). Entities of no country (the UN's offices, residents, elders:
// one class in every war) and outlets are left out. Files of a set still blind
// (a BLIND file in its gold or articles folder) are only counted: their names are not read here.
func TestGenericNamesAreContextAliases(t *testing.T) {
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	words, err := LoadGenericNames()
	if err != nil {
		t.Fatal(err)
	}
	g := &d.Gazetteer
	var found []string
	blind := map[string]int{}
	for i := range g.Entities {
		e := &g.Entities[i]
		file := path.Base(g.SourceFile(e.ID))
		if file == "common.json" || e.Type == "country" || e.Type == "media" || g.HomeCountry(e) == "" {
			continue
		}
		for _, lang := range []string{"en", "ar"} {
			for _, n := range append([]string{e.Label[lang]}, e.Aliases[lang]...) {
				if !words.GenericName(lang, n) {
					continue
				}
				if set := strings.TrimSuffix(file, ".json"); isBlindSet(set) {
					blind[file]++
					continue
				}
				if key := file + ": " + e.ID + ": " + n; knownGenericNames[key] == "" {
					found = append(found, key)
				}
			}
		}
	}
	sort.Strings(found)
	for _, f := range found {
		t.Errorf("%s: a name made only of generic words; make it a context alias", f)
	}
	for _, f := range sortedFiles(blind) {
		t.Logf("%s (blind set): %d plain names made only of generic words, not shown", f, blind[f])
	}
}

// isBlindSet: the set's gold or articles folder holds a BLIND file (the set is scored only
// blind).
func isBlindSet(set string) bool {
	for _, dir := range []string{"../testdata/gold/" + set, "../testdata/" + set} {
		if _, err := os.Stat(dir + "/BLIND"); err == nil {
			return true
		}
	}
	return false
}

func sortedFiles(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
