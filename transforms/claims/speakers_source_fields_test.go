package claims

import "testing"

// TestSourceFieldWords: an unnamed source qualified by its field or rank ("دبلوماسي",
// "عسكرية", "security") before the state or body that makes it its own speaks for that state
// or body, as a source qualified outright does ("مصدر جزائري", "a UN official"). Witnesses:
// mali, mindanao, thaicam, hormuz, ainhilweh, kosovo ("مصدر دبلوماسي جزائري", "مصادر أمنية
// لبنانية"), mitiga and taiz ("مصدر عسكري في اللواء 444", "مصدر عسكري في قوات صنعاء").
func TestSourceFieldWords(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a diplomatic source and the state's adjective", "ar", "",
			"وقال مصدر دبلوماسي روسي إن الهدنة تستثني تنظيم داعش.",
			"ceasefire.exclusions", []string{"isis=excluded@russia"}},
		{"security sources, feminine plural adjectives", "ar", "",
			"وذكرت مصادر أمنية تركية أن وقف إطلاق النار لا يشمل تنظيم داعش.",
			"ceasefire.exclusions", []string{"isis=excluded@turkey"}},
		{"two field words: a senior military source", "ar", "",
			"وقال مصدر عسكري رفيع في الجيش السوري إن الهدنة تستثني جبهة النصرة.",
			"ceasefire.exclusions", []string{"jabhat_fatah_al_sham=excluded@syrian_army"}},
		{"rank words: a senior level source placed in a body", "ar", "",
			"وقال مصدر عسكري رفيع المستوى في الجيش السوري إن الهدنة تستثني جبهة النصرة.",
			"ceasefire.exclusions", []string{"jabhat_fatah_al_sham=excluded@syrian_army"}},
		{"english: the state's adjective before the field word", "en", "",
			"Russian security sources said the ceasefire excludes Islamic State.",
			"ceasefire.exclusions", []string{"isis=excluded@russia"}},
		{"english: a senior military official in a body", "en", "",
			"A senior military official in the Syrian army said the truce excludes the Nusra Front.",
			"ceasefire.exclusions", []string{"jabhat_fatah_al_sham=excluded@syrian_army"}},
		{"accusative field word and demonym after غير أن", "ar", "",
			"غير أن مصدراً أمنياً تركياً قال للوكالة إن الهدنة تستثني تنظيم داعش.",
			"ceasefire.exclusions", []string{"isis=excluded@turkey"}},
		{"accusative field word alone stays a source", "ar", "",
			"غير أن مصدراً عسكرياً قال للوكالة إن الهدنة تستثني تنظيم داعش.",
			"ceasefire.exclusions", []string{"isis=excluded@sources"}},
		// Negative probes: a field word alone qualifies no body; a source familiar with a
		// state's talks, or speaking to a state's agency, is not that state's; a demonym that is
		// no state ("Western") names none.
		{"a military source alone stays a source", "ar", "",
			"وقال مصدر عسكري إن الهدنة تستثني تنظيم داعش.",
			"ceasefire.exclusions", []string{"isis=excluded@sources"}},
		{"a source familiar with a state's talks is no source of that state", "ar", "",
			"وقال مصدر مطلع على المحادثات التركية الروسية إن الهدنة تستثني تنظيم داعش.",
			"ceasefire.exclusions", []string{"isis=excluded@sources"}},
		{"a military source speaking to a state's agency", "ar", "",
			"وقال مصدر عسكري لوكالة الأنباء الروسية إن الهدنة تستثني تنظيم داعش.",
			"ceasefire.exclusions", []string{"isis=excluded@sources"}},
		{"english: Western security sources name no state", "en", "",
			"Western security sources said the ceasefire excludes Islamic State.",
			"ceasefire.exclusions", []string{"isis=excluded@sources"}},
		{"english: a senior official with no qualifier", "en", "",
			"A senior military official said the truce excludes the Nusra Front.",
			"ceasefire.exclusions", []string{"jabhat_fatah_al_sham=excluded@sources"}},
	})
}
