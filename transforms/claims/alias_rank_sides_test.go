package claims

import (
	"testing"
)

// TestGenericNameGoesToTheNamedSide: in an article that places its truce nowhere, a generic name
// two countries' bodies share ("the army") is the body of the country whose actors the article
// names outright, before that of a country it names only by a place (a venue, a dateline).
func TestGenericNameGoesToTheNamedSide(t *testing.T) {
	x := extractor(t)
	cases := []struct{ name, text, want string }{
		// kadugli kd_034: the Juba truce, the SPLM-N and the RSF named: Sudan's army.
		{"kadugli kd_034: the Juba truce, Sudan's sides named", "On paper the Juba truce expires on May 17 if one believes the army and the mediators, who speak of thirty days. The SPLM-N counts three months and plans accordingly. The army says the RSF is outside the deal; the paramilitary says it is covered.",
			"sudanese_armed_forces"},
		// Probe: South Sudan's rebels named, the truce signed in Khartoum: South Sudan's army.
		{"probe: a Khartoum deal, South Sudan's rebels named", "The SPLM-IO said the truce signed in Khartoum holds. The army says the opposition fighters must leave the barracks first.",
			"sspdf"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, theater, _ := firstEntityWhere(x, "en", tc.text, func(m mention) bool { return m.context && m.e.Type == "military" })
			if got != tc.want {
				t.Errorf("the army = %q, want %q (theatre %s)", got, tc.want, theater)
			}
		})
	}
}
