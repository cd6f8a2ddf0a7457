package claims

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tanaqud/tanaqud/schemas"
)

// mentionCase: the mentions resolved in the sentences of text that hold marker.
type mentionCase struct {
	name, lang, text, marker string
	want                     []string
}

func runMentionCases(t *testing.T, x *Extractor, cases []mentionCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := resolvedMentions(x, c.lang, c.text, c.marker)
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("mentions mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// resolvedMentions renders the mentions of the sentences that contain marker as "span=id"
// (a demonym read as an adjective gets "~dem"), in order.
func resolvedMentions(x *Extractor, lang, text, marker string) []string {
	sc := x.getScratch()
	defer x.putScratch(sc)
	ac := &articleContext{}
	x.resolveMentions(sc, schemas.Article{ID: "t", Lang: lang, Text: text}, ac)
	var out []string
	for _, si := range ac.infos {
		if !strings.Contains(si.s.Text, marker) {
			continue
		}
		for _, m := range si.ents {
			s := si.originalSpan(m.start, m.end) + "=" + m.e.ID
			if m.demonym {
				s += "~dem"
			}
			out = append(out, s)
		}
	}
	return out
}

// TestMentionsByConstruction: demonyms with a force noun, coordinated demonyms after one force
// noun, and dual force nouns resolve to armies, in both word orders.
func TestMentionsByConstruction(t *testing.T) {
	x := extractor(t)
	runMentionCases(t, x, []mentionCase{
		{"demonym before a force noun is the country's army", "en",
			"The Houthis said Yemeni soldiers must leave Hodeidah.", "Hodeidah",
			[]string{"The Houthis=houthis", "Yemeni soldiers=yemeni_army", "Hodeidah=hodeidah"}},
		{"the side a demonym qualifies is the army", "en",
			"The Houthis said the Yemeni side must first withdraw.", "withdraw",
			[]string{"The Houthis=houthis", "Yemeni side=yemeni_army"}},
		{"force noun before the demonym in Arabic", "ar",
			"قال الحوثيون إن على القوات اليمنية الانسحاب من الحديدة.", "الحديدة",
			[]string{"الحوثيون=houthis", "القوات اليمنية=yemeni_army", "الحديدة=hodeidah"}},
		{"coordinated demonyms before one plural force noun", "en",
			"Armenian and Azerbaijani units will pull back.", "pull back",
			[]string{"Armenian and Azerbaijani units=armenian_armed_forces+azerbaijani_armed_forces"}},
		{"a dual force noun followed by coordinated demonyms", "ar",
			"وافق الجيشان الأرميني والأذربيجاني على الهدنة.", "الهدنة",
			[]string{"الجيشان الأرميني والأذربيجاني=armenian_armed_forces+azerbaijani_armed_forces"}},
		{"the side of a border is a place", "en",
			"Shelling hit villages on the Yemeni side of the border.", "Shelling",
			[]string{"Yemeni=yemen~dem"}},
		{"a state with no army of its own stays the state, named as an actor", "en",
			"Omani troops will not take part.", "take part",
			[]string{"Omani troops=oman"}},
		{"a demonym qualifying another noun stays an adjective", "en",
			"Omani mediators brokered the truce.", "brokered",
			[]string{"Omani=oman~dem"}},
		{"the two armies of the two states the article names", "en",
			"Armenia and Azerbaijan agreed to a ceasefire on Tuesday. The truce will be verified by the two armies alone.", "verified",
			[]string{"two armies=armenian_armed_forces+azerbaijani_armed_forces"}},
		{"Arabic dual of the army", "ar",
			"اتفقت أرمينيا وأذربيجان على وقف إطلاق النار. وقال المصدر إن مراقبة الهدنة من شأن الجيشين وحدهما.", "مراقبة",
			[]string{"المصدر=sources", "الجيشين=armenian_armed_forces+azerbaijani_armed_forces"}},
		{"no dual with one state named", "en",
			"Armenia accepted the ceasefire. The truce will be verified by the two armies alone.", "verified",
			nil},
		{"a bare dual after a coordinated construction is still both armies", "ar",
			"اشتبك الجيشان الأرميني والأذربيجاني على الحدود. وقال المصدر إن مراقبة الهدنة من شأن الجيشين وحدهما.", "مراقبة",
			[]string{"المصدر=sources", "الجيشين=armenian_armed_forces+azerbaijani_armed_forces"}},
		{"coordinated demonyms ending on an army's own alias", "en",
			"Armenian and Azerbaijani troops will pull back.", "pull back",
			[]string{"Armenian and Azerbaijani troops=armenian_armed_forces+azerbaijani_armed_forces"}},
		{"an army's alias after a conjunction with no demonym before it stays alone", "en",
			"Armenian troops and Azerbaijani troops will pull back.", "pull back",
			[]string{"Armenian troops=armenian_armed_forces", "Azerbaijani troops=azerbaijani_armed_forces"}},
		{"no dual with three states at war named", "en",
			"Armenia, Azerbaijan and Yemen agreed to a ceasefire. The truce will be verified by the two armies alone.", "verified",
			nil},
	})
}

// TestSurnamesAndGroupAnaphora: a surname or kunya alone after the full name, and "the group"
// after one armed group, on persons the gazetteer gives no short alias.
func TestSurnamesAndGroupAnaphora(t *testing.T) {
	x := withGazetteerFile(t, "zz_persons.json", `{"entities": [
 {"id": "karim_haddad", "type": "person", "role": "armed_opposition", "label": {"en": "Karim Haddad", "ar": "كريم حداد"},
  "aliases": {"en": [], "ar": []}, "affiliation": "free_syrian_army", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": ""},
 {"id": "samir_haddad", "type": "person", "role": "government", "label": {"en": "Samir Haddad", "ar": "سمير حداد"},
  "aliases": {"en": [], "ar": []}, "affiliation": "syrian_government", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": ""},
 {"id": "nabil_haddad", "type": "person", "role": "government", "label": {"en": "Nabil Haddad", "ar": "نبيل حداد"},
  "aliases": {"en": ["Haddad"], "ar": []}, "context_aliases": {"en": ["Haddad"]}, "affiliation": "syrian_government", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": ""},
 {"id": "walid_abu_khaled", "type": "person", "role": "armed_opposition", "label": {"en": "Walid Abu Khaled", "ar": "وليد أبو خالد"},
  "aliases": {"en": [], "ar": []}, "affiliation": "ahrar_al_sham", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": ""},
 {"id": "samir_rajab", "type": "person", "role": "armed_opposition", "label": {"en": "Samir Rajab", "ar": "سمير رجب"},
  "aliases": {"en": [], "ar": []}, "affiliation": "free_syrian_army", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": ""},
 {"id": "hasan_abi_rajab", "type": "person", "role": "armed_opposition", "label": {"en": "Hasan Abi Rajab", "ar": "حسن أبي رجب"},
  "aliases": {"en": [], "ar": []}, "affiliation": "free_syrian_army", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": ""}]}`)
	runMentionCases(t, x, []mentionCase{
		{"surname after the full name", "en",
			"Karim Haddad, a commander, welcomed the truce. Haddad said the rebels would respect it.", "respect",
			[]string{"Haddad=karim_haddad"}},
		{"a bare alias another person shares as a surname waits for the full name", "en",
			"Nabil Haddad, a minister, welcomed the truce. Haddad said the army would respect it.", "respect",
			[]string{"Haddad=nabil_haddad"}},
		{"surname before any full name is nobody", "en",
			"Haddad said the rebels would respect the truce. Karim Haddad is a commander.", "respect",
			nil},
		{"surname two persons named share is nobody", "en",
			"Karim Haddad and Samir Haddad met in Astana. Haddad said the truce would hold.", "would hold",
			nil},
		{"a lower-case word is no surname", "en",
			"Walid Abu Khaled spoke on Monday. He said the khaled grass was dry.", "grass",
			nil},
		{"Arabic kunya after the full name", "ar",
			"رحب وليد أبو خالد بالهدنة. وقال أبو خالد إن الفصائل ستلتزم بها.", "ستلتزم",
			[]string{"أبو خالد=walid_abu_khaled"}},
		{"the group after one armed group", "en",
			"Ahrar al-Sham accepted the ceasefire on Monday. The group said it would not withdraw.", "would not",
			[]string{"group=ahrar_al_sham"}},
		{"the group after a spokesman of one armed group", "en",
			"Ahrar al-Sham spokesman Walid Abu Khaled says the group began observing the truce.", "observing",
			[]string{"Ahrar al-Sham=ahrar_al_sham", "Walid Abu Khaled=walid_abu_khaled", "group=ahrar_al_sham"}},
		{"the nearest sentence naming a group decides", "en",
			"Ahrar al-Sham and Jaish al-Islam met in Astana. Walid Abu Khaled said the group would not withdraw.", "would not",
			[]string{"Walid Abu Khaled=walid_abu_khaled", "group=ahrar_al_sham"}},
		{"the group after a surname resolved earlier in the sentence", "en",
			"Walid Abu Khaled spoke on Monday. Ahrar al-Sham and Jaish al-Islam met in Astana. Abu Khaled said the group would not withdraw.", "would not",
			[]string{"Abu Khaled=walid_abu_khaled", "group=ahrar_al_sham"}},
		{"Arabic group after a kunya resolved earlier in the sentence", "ar",
			"تحدث وليد أبو خالد يوم الاثنين. واجتمعت أحرار الشام وجيش الإسلام في أستانة. وقال أبو خالد إن الجماعة لن تنسحب.", "تنسحب",
			[]string{"أبو خالد=walid_abu_khaled", "الجماعة=ahrar_al_sham"}},
		{"a month's name is no surname", "ar",
			"بدأت هدنة رمضان في إدلب.", "بدأت",
			[]string{"إدلب=idlib"}},
		{"a surname alias that is a month's name still names the person after the full name", "ar",
			"قال أحمد رمضان إن الهدنة صامدة. وقال رمضان إن المعارضة ستلتزم.", "ستلتزم",
			[]string{"رمضان=ahmed_ramadan"}},
		{"a word of another name is no bare surname", "ar",
			"قال يحيى شرف الدين إن الهدنة صامدة. وأيد رجال الدين الهدنة في الحديدة.", "رجال",
			[]string{"الحديدة=hodeidah"}},
		{"a kunya with abi names the person", "ar",
			"رحب حسن أبي رجب بالهدنة. وقال أبي رجب إن الفصائل ستلتزم بها.", "ستلتزم",
			[]string{"أبي رجب=hasan_abi_rajab"}},
		{"a bare surname that is a month's name is nobody", "ar",
			"رحب سمير رجب بالهدنة. وبدأت الهدنة في رجب.", "وبدأت",
			nil},
		{"no group with two armed groups in scope", "en",
			"Ahrar al-Sham and Jaish al-Islam accepted the ceasefire. The group said it would not withdraw.", "would not",
			nil},
		{"a group of something is no anaphor", "en",
			"Ahrar al-Sham accepted the ceasefire. The group of mediators met on Monday.", "mediators",
			nil},
		{"Arabic group anaphor", "ar",
			"أعلن جيش الإسلام موافقته على الهدنة. وقالت الجماعة إنها لن تنسحب.", "تنسحب",
			[]string{"الجماعة=jaish_al_islam"}},
		{"no Arabic group anaphor beyond two sentences", "ar",
			"أعلن جيش الإسلام موافقته على الهدنة. وصل الوفد. عقد الاجتماع. وقالت الجماعة إنها لن تنسحب.", "تنسحب",
			nil},
	})
}

// TestResolvedFormsReachClaims: a construction's army is what the topic rules read.
func TestResolvedFormsReachClaims(t *testing.T) {
	runCases(t, []mechanismCase{
		{name: "demonym troops must withdraw", lang: "en",
			text:  "The Houthis and the Yemeni government agreed to a ceasefire in Hodeidah. Under the deal, Yemeni troops must withdraw from the port, the Houthis said.",
			topic: "ceasefire.withdrawal", want: []string{"yemeni_army=required@houthis"}},
		{name: "the two armies monitor", lang: "en",
			text:  "Armenia and Azerbaijan agreed to a ceasefire on Tuesday. The truce will be monitored by the two armies.",
			topic: "ceasefire.monitors", want: []string{"armenian_armed_forces,azerbaijani_armed_forces@outlet"}},
	})
}

// TestResolvedNamesSpeak: a surname or "the group" resolved before speakers names who speaks.
func TestResolvedNamesSpeak(t *testing.T) {
	x := withGazetteerFile(t, "zz_persons.json", `{"entities": [
 {"id": "karim_haddad", "type": "person", "role": "armed_opposition", "label": {"en": "Karim Haddad", "ar": "كريم حداد"},
  "aliases": {"en": [], "ar": []}, "affiliation": "free_syrian_army", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": ""}]}`)
	runCasesOn(t, x, []mechanismCase{
		{name: "surname as speaker", lang: "en",
			text:  "Karim Haddad, a rebel commander, spoke in Idlib on Monday. Haddad said the Syrian army must withdraw from Idlib under the agreement.",
			topic: "ceasefire.withdrawal", want: []string{"syrian_army=required@karim_haddad"}},
		{name: "the group as speaker", lang: "en",
			text:  "Ahrar al-Sham accepted the truce in Idlib on Monday. The group said the Syrian army must withdraw from Idlib under the agreement.",
			topic: "ceasefire.withdrawal", want: []string{"syrian_army=required@ahrar_al_sham"}},
	})
}

// TestJointsNeverSpeakOrAreSubjects: forces named at once are a set's members, never a speaker
// nor one claim's subject, whatever order the resolutions run in.
func TestJointsNeverSpeakOrAreSubjects(t *testing.T) {
	x := extractor(t)
	sc := x.getScratch()
	defer x.putScratch(sc)
	ac := &articleContext{}
	x.resolveMentions(sc, schemas.Article{ID: "t", Lang: "en", Text: "Armenian and Azerbaijani troops will pull back."}, ac)
	ents := ac.infos[0].ents
	if len(ents) != 1 || !ents[0].joint {
		t.Fatalf("want one joint mention, got %+v", ents)
	}
	if speakerEligible(ents[0]) {
		t.Errorf("a joint is eligible as a speaker")
	}
	cases := []struct{ name, text, topic string }{
		{"joint troops said", "Armenia and Azerbaijan agreed to a ceasefire. Armenian and Azerbaijani troops said the truce would last 30 days.", "ceasefire.duration"},
		{"joint troops must withdraw", "Armenia and Azerbaijan agreed to a ceasefire. Armenian and Azerbaijani troops must withdraw from the border.", "ceasefire.withdrawal"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, c := range x.Analyze(schemas.Article{ID: "t", Lang: "en", Text: tc.text}).Claims {
				if strings.Contains(c.Speaker, "+") || strings.Contains(c.Subject, "+") {
					t.Errorf("%s: joint as speaker or subject: %+v", tc.text, c)
				}
			}
		})
	}
}

// TestMatcherHasUsesItsOwnTokens: a name is found in the matcher as add stored it, hyphens and
// all ("al-Harbi" is stored as "al - harbi").
func TestMatcherHasUsesItsOwnTokens(t *testing.T) {
	m := newMatcher()
	m.add("al-Harbi", payload{cat: catEntity})
	m.add("pull out*", payload{cat: catTopicCue})
	for _, tc := range []struct {
		s    string
		want bool
	}{{"al-Harbi", true}, {"Al-Harbi", true}, {"al harbi", false}, {"pull out*", true}, {"pull out", false}} {
		if got := m.has(tc.s); got != tc.want {
			t.Errorf("has(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// firstEntityWhere resolves an article's mentions and gives the first mention's entity that keep
// accepts ("" when none), with the theatre and event key the article was placed under.
func firstEntityWhere(x *Extractor, lang, text string, keep func(mention) bool) (id, theater, event string) {
	sc := x.getScratch()
	defer x.putScratch(sc)
	ac := &articleContext{}
	x.resolveMentions(sc, schemas.Article{ID: "t", Lang: lang, Text: text}, ac)
	for _, si := range ac.infos {
		for _, m := range si.ents {
			if keep(m) {
				return m.e.ID, ac.theater, ac.event
			}
		}
	}
	return "", ac.theater, ac.event
}
