package claims

import "testing"

// TestExclusionsTrailingSayer: the group that says a trailing "..., the SDF said" is not one of
// the places the coverage lists ("The truce covers Kobani, the SDF said"). Probes from Syria,
// Sudan and Congo; near misses: a group listed as covered with no tag after it, a group named
// before a comma that no verb of saying follows.
func TestExclusionsTrailingSayer(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the SDF says the truce covers Kobani (Syria)", "en", pubTue, "The truce covers Kobani, the SDF said.", "ceasefire.exclusions",
			[]string{"kobani=not_excluded@sdf"}},
		{"the RSF says the truce covers the camp (Sudan)", "en", pubTue, "The truce covers the Zamzam camp, the RSF said.", "ceasefire.exclusions",
			[]string{"zamzam_camp=not_excluded@rapid_support_forces"}},
		{"M23 says the truce covers two towns (Congo)", "en", pubTue, "The truce covers Goma and Masisi, M23 said.", "ceasefire.exclusions",
			[]string{"goma=not_excluded@m23", "masisi=not_excluded@m23"}},
		{"near miss: a covered group with no tag (Sudan)", "en", pubTue, "The army said the truce covers the Zamzam camp and the RSF.", "ceasefire.exclusions",
			[]string{"zamzam_camp=not_excluded@sudanese_armed_forces", "rapid_support_forces=not_excluded@sudanese_armed_forces"}},
	})
}
