package claims

// A government body whose gazetteer role is a mediator's stands for its state in a set when the
// state is a third party (a Qatari ministry brokers for Qatar); a body of the war's own state
// (Libya's Presidential Council between two Tripoli forces) brokers and guarantees as itself.

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tanaqud/tanaqud/schemas"
)

const ownStateBodyGazetteer = `{"entities": [
 {"id": "zz_reconciliation_council", "type": "government", "role": "mediator",
  "label": {"en": "National Reconciliation Council", "ar": "مجلس المصالحة الوطنية"},
  "aliases": {"en": ["the National Reconciliation Council"], "ar": ["مجلس المصالحة الوطنية"]}, "affiliation": "",
  "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "yemen"},
 {"id": "zz_qatari_mediation_office", "type": "government", "role": "mediator",
  "label": {"en": "Qatari mediation office", "ar": "مكتب الوساطة القطري"},
  "aliases": {"en": ["the Qatari mediation office"], "ar": ["مكتب الوساطة القطري"]}, "affiliation": "",
  "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "qatar"}]}`

func TestSetMemberOwnStateBody(t *testing.T) {
	x := withGazetteerFile(t, "zz_bodies.json", ownStateBodyGazetteer)
	lead := "The Houthis and the Yemeni government agreed to a ceasefire in Hodeidah on Tuesday. "
	leadAr := "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في الحديدة يوم الثلاثاء. "
	cases := []struct {
		name, lang, text, topic string
		want                    []string
	}{
		{"the war's own state's council guarantees as itself", "en",
			lead + "The National Reconciliation Council said it would guarantee the agreement.", "ceasefire.guarantors",
			[]string{"zz_reconciliation_council@zz_reconciliation_council"}},
		{"arabic, the council is the guarantor", "ar",
			leadAr + "وأكد مجلس المصالحة الوطنية أنه الضامن لتنفيذ هذا الاتفاق.", "ceasefire.guarantors",
			[]string{"zz_reconciliation_council@zz_reconciliation_council"}},
		// Probes: a third state's body stands for its state.
		{"a third state's office mediates for its state", "en",
			lead + "The truce was mediated by the Qatari mediation office, officials said.", "ceasefire.mediators",
			[]string{"qatar@sources"}},
		{"arabic, a third state's office guarantees for its state", "ar",
			leadAr + "وأكد مكتب الوساطة القطري أنه الضامن لتنفيذ هذا الاتفاق.", "ceasefire.guarantors",
			[]string{"qatar@zz_qatari_mediation_office"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := brief(x.Analyze(schemas.Article{ID: "t", Lang: tc.lang, Text: tc.text}).Claims, tc.topic)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nclaims mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
