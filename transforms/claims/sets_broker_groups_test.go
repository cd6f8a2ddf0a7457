package claims

// An armed group listed after "together with" beside a body named by a qualified context alias
// brokers too ("would stand as guarantor together with army intelligence and Hamas"), unless the
// article names it as a side of the truce or it is a jihadist group a truce leaves out; beside
// states it is more often a party (narrowed in review, 919499f).

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tanaqud/tanaqud/schemas"
)

const brokerGroupsGazetteer = `{"entities": [
 {"id": "zz_hadrami_elite", "type": "armed_group", "role": "armed_opposition",
  "label": {"en": "Hadrami Elite", "ar": "النخبة الحضرمية"},
  "aliases": {"en": ["the Hadrami Elite"], "ar": ["قوات النخبة الحضرمية"]}, "affiliation": "",
  "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "yemen"},
 {"id": "zz_border_intelligence", "type": "military", "role": "mediator",
  "label": {"en": "Yemeni border intelligence directorate", "ar": "مديرية استخبارات الحدود اليمنية"},
  "aliases": {"en": [], "ar": []}, "affiliation": "",
  "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "yemen",
  "context_aliases": {"en": ["border intelligence"], "ar": ["استخبارات الحدود"]}},
 {"id": "zz_desert_emirate", "type": "armed_group", "role": "jihadist",
  "label": {"en": "Desert Emirate", "ar": "إمارة الصحراء"},
  "aliases": {"en": ["the Desert Emirate"], "ar": ["تنظيم إمارة الصحراء"]}, "affiliation": "",
  "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "yemen"}]}`

func TestSetsBrokerGroupsAlongside(t *testing.T) {
	x := withGazetteerFile(t, "zz_groups.json", brokerGroupsGazetteer)
	lead := "The Houthis and the Yemeni government agreed to a ceasefire in Hodeidah on Tuesday. "
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a group listed beside a qualified body after together with",
			lead + "Oman, the envoy said, would stand as guarantor together with border intelligence and the Hadrami Elite.",
			[]string{"oman,zz_border_intelligence,zz_hadrami_elite@oman"}},
		// Probes: beside states, a side of the truce, a jihadist group, a group first after the phrase.
		{"beside states the group is left out",
			lead + "Oman, the envoy said, would stand as guarantor together with the United Nations and the Hadrami Elite.",
			[]string{"oman,un@oman"}},
		{"the group is a side of the truce",
			"The Hadrami Elite and the Yemeni government agreed to a ceasefire between the Hadrami Elite and the government in Mukalla on Tuesday. Oman, the envoy said, would stand as guarantor together with border intelligence and the Hadrami Elite.",
			[]string{"oman,zz_border_intelligence@oman"}},
		{"a jihadist group is no broker",
			lead + "Oman, the envoy said, would stand as guarantor together with border intelligence and the Desert Emirate.",
			[]string{"oman,zz_border_intelligence@oman"}},
		{"a group right after together with is not read there",
			lead + "Oman, the envoy said, would stand as guarantor together with the Hadrami Elite.",
			[]string{"oman@oman"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := brief(x.Analyze(schemas.Article{ID: "t", Lang: "en", Text: tc.text}).Claims, "ceasefire.guarantors")
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nclaims mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
