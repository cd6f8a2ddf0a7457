package claims

import "testing"

// TestForumCityNotOfAForeignForce: a state's force fights abroad as often as at home, so a city
// of another country named after "agreed in" is the war's own ground when the only force named
// is such an army (Russia's Africa Corps in Kidal, the Israeli army in Rafah, Rwandan troops in
// Goma): the truce keeps the city's clock and the city's war. A force of a country at war at
// home (the Sudanese army), a rebel army (the LNA) or a rebel group still make a host city
// abroad the forum (Jeddah, Geneva, Doha).
func TestForumCityNotOfAForeignForce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: agreed in Kidal, Russia's Africa Corps (Mali)", "en", pubTue, "The truce agreed in Kidal takes effect at 6 a.m., Russia's Africa Corps said.", "ceasefire.start_time",
			[]string{"2025-10-15T06:00:00Z@africa_corps"}},
		{"probe: agreed in Kidal, winter (Mali)", "en", "2026-01-13T08:00:00Z", "The truce agreed in Kidal takes effect at 6 a.m., Russia's Africa Corps said.", "ceasefire.start_time",
			[]string{"2026-01-14T06:00:00Z@africa_corps"}},
		{"probe: اتفق عليها في كيدال (Mali, ar)", "ar", pubTue, "قال الفيلق الأفريقي الروسي إن الهدنة التي اتفق عليها في كيدال تبدأ في السادسة صباحاً.", "ceasefire.start_time",
			[]string{"2025-10-15T06:00:00Z@africa_corps"}},
		// Kept: a forum abroad named by a force fighting at home, a rebel army, a rebel group.
		{"agreed in Geneva, the Sudanese army (Sudan)", "en", pubTue, "The truce agreed in Geneva takes effect at 6 a.m., the Sudanese army said.", "ceasefire.start_time",
			[]string{"2025-10-15T04:00:00Z@sudanese_armed_forces"}},
		{"agreed in Geneva, the LNA (Libya)", "en", pubTue, "The truce agreed in Geneva takes effect at 6 a.m., the Libyan National Army said.", "ceasefire.start_time",
			[]string{"2025-10-15T04:00:00Z@libyan_national_army"}},
		{"agreed in Doha, the M23 (Congo)", "en", pubTue, "The truce agreed in Doha takes effect at 6 a.m., the M23 said.", "ceasefire.start_time",
			[]string{"2025-10-15T04:00:00Z@m23"}},
		{"agreed in Kidal, the Malian army (Mali)", "en", pubTue, "The truce agreed in Kidal takes effect at 6 a.m., the Malian army said.", "ceasefire.start_time",
			[]string{"2025-10-15T06:00:00Z@malian_armed_forces"}},
	})
}

// TestForumCityForeignForceEvent: the same city keys the truce to the war's own country, not to
// the foreign army's.
func TestForumCityForeignForceEvent(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct{ name, lang, text, want string }{
		{"probe: agreed in Rafah, the Israeli army (Gaza)", "en", "The ceasefire agreed in Rafah takes effect at 6 a.m., the Israeli army said.", "palestine"},
		{"probe: agreed in Goma, Rwandan troops (Congo)", "en", "The truce agreed in Goma takes effect at 6 a.m., Rwandan troops said.", "dr_congo"},
		{"probe: agreed in Kidal, the Africa Corps (Mali)", "en", "The truce agreed in Kidal takes effect at 6 a.m., Russia's Africa Corps said.", "mali"},
		{"agreed in Jeddah, the Sudanese army (Sudan)", "en", "The truce agreed in Jeddah takes effect at 6 a.m., the Sudanese army said.", "sudan"},
		{"agreed in Geneva, the Sudanese army (Sudan)", "en", "The truce agreed in Geneva takes effect at 6 a.m., the Sudanese army said.", "sudan"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := eventOf(t, x, tc.lang, pubTue, tc.text); got != tc.want {
				t.Errorf("%s: event %s, want %s", tc.text, got, tc.want)
			}
		})
	}
}
