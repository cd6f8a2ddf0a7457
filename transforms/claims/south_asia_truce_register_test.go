package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tanaqud/tanaqud/schemas"
)

// southAsiaGazetteer: armed groups of India's north-east that the shipped gazetteer does not
// name (the Naga NSCN-IM, the Bodo NDFB), for probes of the Indian news register outside
// Manipur.
const southAsiaGazetteer = `{"entities": [
 {"id": "nscn_im", "type": "armed_group", "role": "armed_opposition",
  "label": {"en": "NSCN-IM", "ar": "المجلس الاشتراكي القومي لناغالاند"},
  "aliases": {"en": ["NSCN-IM"], "ar": []}, "affiliation": "",
  "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "india"},
 {"id": "ndfb", "type": "armed_group", "role": "armed_opposition",
  "label": {"en": "National Democratic Front of Bodoland", "ar": "الجبهة الديمقراطية الوطنية لبودولاند"},
  "aliases": {"en": ["NDFB", "the NDFB"], "ar": []}, "affiliation": "",
  "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "india"}]}`

const pubIST = "2029-11-13T21:40:00+05:30"

// TestSuspensionOfOperationsIsATruce: Indian news calls the truce the Centre signs with an
// armed group of the north-east a "suspension of operations" ("SoO": the Kuki groups since
// 2008, the Bodo NDFB factions, the Karbi and Dimasa groups of Assam; the 2018 Ramzan truce in
// Kashmir), and its Arabic coverage "اتفاق تعليق العمليات". Without the noun a sentence about
// the SoO's term, start or state had no truce in it (manipur: 30 of 40 items name it so).
func TestSuspensionOfOperationsIsATruce(t *testing.T) {
	x := withGazetteerFile(t, "zz_south_asia.json", southAsiaGazetteer)
	runCasesOn(t, x, []mechanismCase{
		{"the SoO's term (Manipur)", "en", pubIST,
			"The SoO, which came into force at midnight on Wednesday, is meant to run for six months.", "ceasefire.duration",
			[]string{"[181,184]@outlet"}},
		{"the SoO came into force (Manipur)", "en", pubIST,
			"The SoO, which came into force at midnight on Wednesday, is meant to run for six months.", "ceasefire.status",
			[]string{"in_force@outlet"}},
		{"an SoO agreement's term (Bodo, Assam)", "en", pubIST,
			"The NDFB signed a suspension of operations agreement with the Centre on Friday, for six months.", "ceasefire.duration",
			[]string{"[181,184]@outlet"}},
		{"a suspension of operations took effect (Karbi, Assam)", "en", pubIST,
			"The suspension of operations with the Karbi groups took effect on 15 November, officials said.", "ceasefire.status",
			[]string{"in_force@sources"}},
		{"the SoO agreement's term in Arabic", "ar", pubIST,
			"قال المتحدث باسم المنظمة الوطنية الكوكية إن اتفاق تعليق العمليات يسري لمدة عام واحد قابل للتجديد.", "ceasefire.duration",
			[]string{"[365,366]@kno"}},
		// Negative probes: a lapsed SoO of an earlier year, a refusal to extend one, a hospital
		// suspending its work in Arabic (no agreement noun), the same noun in a denial.
		{"an earlier year's SoO is background", "en", pubIST,
			"The 2008 SoO with the KNO and the UPF was renewed every year until it lapsed.", "ceasefire.duration",
			nil},
		{"an SoO not extended", "en", pubIST,
			"The Centre did not extend the suspension of operations with the NDFB, which expired on Friday.", "ceasefire.status",
			nil},
		{"a hospital's suspended work is no truce", "ar", pubIST,
			"أعلنت منظمة أطباء بلا حدود تعليق العمليات في المستشفى بعد الهجوم.", "ceasefire.status",
			nil},
		{"a denied SoO", "en", pubIST,
			"The KNO denied that any SoO had been signed with the Centre.", "ceasefire.status",
			[]string{"not_agreed@kno"}},
	})
}

// TestDesignatedCampsAreAWithdrawal: the ground rules of an Indian truce with an armed group
// send its cadres into "designated camps" (the Kuki SoO, the Naga ceasefire of 1997, the Bodo
// SoO): a withdrawal required of that group, as "return to their positions" is.
func TestDesignatedCampsAreAWithdrawal(t *testing.T) {
	x := withGazetteerFile(t, "zz_south_asia.json", southAsiaGazetteer)
	const manipur = "Kuki-Zo armed groups and Meitei village volunteers have agreed to a suspension of operations in Manipur. "
	const naga = "The Centre and the NSCN-IM agreed on Monday to extend their ceasefire in Nagaland by a year. "
	const bodo = "The NDFB signed a suspension of operations agreement with the Centre in Assam on Friday. "
	runCasesOn(t, x, []mechanismCase{
		{"return to designated camps (Manipur)", "en", pubIST,
			manipur + "Kuki-Zo cadres will return to designated camps and arms will be deposited in double-locked stores.", "ceasefire.withdrawal",
			[]string{"kuki_zo_armed_groups=required@outlet"}},
		{"stay in designated camps (Naga)", "en", pubIST,
			naga + "NSCN-IM cadres must stay in designated camps under the ground rules, the Home Ministry said.", "ceasefire.withdrawal",
			[]string{"nscn_im=required@mha"}},
		{"move into designated camps (Bodo)", "en", pubIST,
			bodo + "NDFB cadres will move into designated camps within a month, officials said.", "ceasefire.withdrawal",
			[]string{"ndfb=required@sources"}},
		// Negative probes: a negated move, displaced families' camps, another topic's camps.
		{"not required to move into designated camps", "en", pubIST,
			naga + "NSCN-IM cadres will not move into designated camps, the group said.", "ceasefire.withdrawal",
			[]string{"nscn_im=not_required@nscn_im"}},
		{"displaced families' camps", "en", pubIST,
			bodo + "Displaced families will return to designated camps after the floods, officials said.", "ceasefire.withdrawal",
			nil},
	})
}

// TestSuspensionOfOperationsArticle: the register read together in one short article.
func TestSuspensionOfOperationsArticle(t *testing.T) {
	x := withGazetteerFile(t, "zz_south_asia.json", southAsiaGazetteer)
	text := "The NDFB signed a suspension of operations agreement with the Centre on Friday. The SoO shall come into force at 0000 hrs IST on 15 November 2029 and shall remain in force for six months."
	got := brief(x.Analyze(schemas.Article{ID: "t", Lang: "en", Published: pubIST, Text: text}).Claims, "ceasefire.start_time")
	if diff := cmp.Diff([]string{"2029-11-14T18:30:00Z@outlet"}, got); diff != "" {
		t.Errorf("claims mismatch (-want +got):\n%s", diff)
	}
}
