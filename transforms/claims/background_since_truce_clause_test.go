package claims

import "testing"

// TestBackgroundSinceTruceClause: a clause "since" opens on an earlier, dated truce ("since a
// 2019 deal broke down") is that truce's, to its comma or the sentence's end (rules.go
// sinceTruceClause): its ending reads no status, while the clause it hangs on still speaks of
// this truce. Probes from Yemen, Myanmar and Libya.
func TestBackgroundSinceTruceClause(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: the first since a dated deal broke down, and it is holding (Yemen)", "en", pubTue, "The truce agreed on Tuesday is the first since a 2019 deal broke down, and it is holding, the envoy said.", "ceasefire.status", []string{"agreed@outlet", "in_force@outlet"}},
		{"probe: since a dated truce collapsed, then the new ceasefire (Myanmar)", "en", pubTue, "Since a 2021 truce collapsed, the Tatmadaw has bombed Kayah daily; the new ceasefire took effect on Tuesday.", "ceasefire.status", []string{"in_force@outlet"}},
		// Kept: the earlier truce's collapse reads nothing.
		{"since the dated ceasefire collapsed (Libya)", "en", pubTue, "Fighting in Tripoli has flared since the 2020 ceasefire collapsed, the mission said.", "ceasefire.status", nil},
	})
}
