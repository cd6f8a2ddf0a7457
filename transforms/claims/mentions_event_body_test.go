package claims

import (
	"testing"
)

// TestOtherEventBody: a context alias of a body made for one truce (South Kordofan's joint
// monitoring committee, «آلية المراقبة», "the monitoring mechanism") names it only in an article
// that names something of that truce; in coverage of another truce of the same country it is a
// description that names nobody, unless it refers back to a body the article named.
func TestOtherEventBody(t *testing.T) {
	runCases(t, []mechanismCase{
		// elfasher ef_036: a Darfur truce's statement; Kordofan's commission is not its monitor.
		{"elfasher ef_036: «آلية المراقبة» in a Darfur article", "ar", "",
			"أكدت وزارة الخارجية السعودية في بيان دعم المملكة للهدنة التي يسّرتها مع الولايات المتحدة في الفاشر، متعهدة بمتابعة تنفيذ بنودها مع الاتحاد الأفريقي. وشدد البيان على أن أياً من الطرفين لا يحق له «الرد بالقوة» على الخروقات، بل عليه إحالتها إلى آلية المراقبة.",
			"ceasefire.monitors", nil},
		{"probe: the monitoring mechanism in a Darfur article (en)", "en", "",
			"The truce in El Fasher took effect on Sunday. Violations will be referred to the monitoring mechanism, the Saudi foreign ministry said.",
			"ceasefire.monitors", nil},
		// Kept: the article names the Kordofan truce's places or parties.
		{"probe: the monitoring mechanism in a Kadugli article", "en", "",
			"The truce in Kadugli and Dilling took effect on Sunday. Violations will be referred to the monitoring mechanism, the SPLM-N said.",
			"ceasefire.monitors", []string{"kordofan_jmc@splm_n"}},
		// Kept: the description refers back to the body the article named (basra bs_012).
		{"basra bs_012: the committee is the sheikhs' committee", "en", "",
			"A senior member of the sheikhs' mediation committee rejected the clan's position. \"Al Bu Sultan are sons of Bani Rashed and the atwa binds every clan of the tribe, them included,\" Sheikh Abdul-Amir al-Zubaidi told Tigris Wire, adding that the committee, not the army, would follow up on any breach.",
			"ceasefire.monitors", []string{"basra_sheikhs_committee@abdul_amir_al_zubaidi"}},
	})
}

// TestGenericPlaceNoTheatre: a generic name of a place ("the mountain") is a context alias: it
// names Mount Sinjar only in coverage of Iraq, and gives no evidence of which country an article
// is about.
func TestGenericPlaceNoTheatre(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		name, text, theater, event, mountain string
	}{
		// gorongosa gr_018: Mozambique's mountains placed the truce in Iraq.
		{"gorongosa gr_018: Mozambique's mountains", "The ceasefire now in force in the centre was not made in Rome. It was negotiated over three weeks in Chimoio, between Mozambicans, and the Rome ceremony only sealed it. The guarantors are SADC and the African Union, and it is SADC monitors, alongside the joint military commission, who will watch the mountains.",
			"mozambique", "mozambique", ""},
		{"probe: Sinjar's mountain stays Mount Sinjar", "The truce in Sinjar held on Monday. Yazidi fighters stayed on the mountain, a local official said.",
			"iraq", "iraq", "sinjar_mountain"},
		{"probe: the mountains of Kashmir", "The ceasefire along the Line of Control held overnight in Kashmir. Shepherds returned to the mountains, villagers said.",
			"", "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			mountain, theater, event := firstEntityWhere(x, "en", tc.text, func(m mention) bool { return m.e.ID == "sinjar_mountain" })
			if tc.theater != "" && (theater != tc.theater || event != tc.event) {
				t.Errorf("theatre %s, event %s; want %s, %s", theater, event, tc.theater, tc.event)
			}
			if mountain != tc.mountain {
				t.Errorf("mountain %q, want %q", mountain, tc.mountain)
			}
		})
	}
}

// TestOtherEventBodySpeaks: another truce's body named by a generic description does not speak
// either: "the monitoring mechanism said" in Darfur coverage is a body of this war the gazetteer
// does not know, an unnamed source, not Kordofan's commission; in Kordofan coverage it is.
func TestOtherEventBodySpeaks(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a Darfur article: the mechanism is an unnamed source (en)", "en", "",
			"The truce in El Fasher took effect on Sunday. The monitoring mechanism said the truce was holding.",
			"ceasefire.status", []string{"in_force@outlet", "in_force@sources"}},
		{"a Darfur article: the mechanism is an unnamed source (ar)", "ar", "",
			"دخلت الهدنة في الفاشر حيز التنفيذ يوم الأحد. وقالت آلية المراقبة إن الهدنة صامدة.",
			"ceasefire.status", []string{"in_force@outlet", "in_force@sources"}},
		{"a Kadugli article: the mechanism is Kordofan's commission", "en", "",
			"The truce in Kadugli and Dilling took effect on Sunday. The monitoring mechanism said the truce was holding.",
			"ceasefire.status", []string{"in_force@outlet", "in_force@kordofan_jmc"}},
	})
}
