package claims

// "The government" in a Sudan item that names Chad in passing (a border crossing "with Chad") is
// Sudan's: every state whose coverage says "الحكومة" / "the government" for its own government
// carries it as a context alias, so that a neighbour named in passing, whose government has one,
// does not take the sentence.

import "testing"

func TestTheGovernmentOfTheTheatre(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a crossing with Chad named in passing, arabic", "ar", "", sudanLead17Ar + "وقالت الحكومة في بيان إن الهدنة تسمح بدخول المساعدات الإنسانية عبر معبر أدري الحدودي مع تشاد.", "ceasefire.humanitarian", []string{"aid_access=included@sudanese_government"}},
		{"a crossing with Chad named in passing", "en", "", sudanLead17 + "The government said in a statement that the truce allows humanitarian aid in through the Adre crossing with Chad.", "ceasefire.humanitarian", []string{"aid_access=included@sudanese_government"}},
	})
}
