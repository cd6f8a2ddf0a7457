package claims

import "testing"

// TestPartiesBetweenNegated: a truce "between X and Y" that a negated predicate closing the
// clause denies ("is not on the table", «ليس مطروحاً») has no sides; an asserted one keeps its
// sides, and so does one whose negated predicate goes on to another matter ("is not part of
// the talks").
func TestPartiesBetweenNegated(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: not on the table (Lebanon)", "en", pubTue, "A ceasefire between Israel and Hezbollah is not on the table, the minister said.", "ceasefire.parties", nil},
		{"probe: off the table (Sudan)", "en", pubTue, "A truce between the Sudanese army and the RSF is off the table.", "ceasefire.parties", nil},
		{"probe: ليس مطروحاً (Lebanon)", "ar", pubTue, "وقال الوزير إن وقف إطلاق النار بين إسرائيل وحزب الله ليس مطروحاً.", "ceasefire.parties", nil},
		{"asserted truce between (Lebanon)", "en", pubTue, "A ceasefire between Israel and Hezbollah took effect on Tuesday.", "ceasefire.parties",
			[]string{"hezbollah,israel@outlet"}},
		{"negated predicate on another matter (Sudan)", "en", pubTue, "The truce between the Sudanese army and the RSF is not part of the Jeddah talks.", "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@outlet"}},
	})
}
