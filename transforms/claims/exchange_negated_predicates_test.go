package claims

import "testing"

// TestExchangeNegatedPredicates: a provision is negated by its own predicate, even opened by a
// quote ("تبادل المحتجزين «لم يُطرح أصلاً»"); a negated predicate coordinated after a comma
// ("تقتصر على تسليم الجثامين، ولا تشمل تبادل الأسرى", ", and does not include") has the truce
// as its subject and leaves the provision before the comma included. Probes: a comma insert
// inside the subject still negates it; an unquoted negated predicate still negates.
func TestExchangeNegatedPredicates(t *testing.T) {
	const syriaLeadAr = "اتفقت قوات سوريا الديمقراطية والجيش الوطني السوري على هدنة في منبج يوم الثلاثاء. "
	const sudanLead = "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. "
	runCases(t, []mechanismCase{
		{"ar: the swap «was never raised», the truce limited to bodies (Sudan)", "ar", pubTueAr,
			"اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر يوم الثلاثاء. وأضاف المتحدث أن تبادل المحتجزين «لم يُطرح أصلاً» في المفاوضات، وأن الاتفاق اقتصر على تسليم الجثامين.", "ceasefire.exchange",
			[]string{"prisoners=not_included@outlet", "bodies=included@outlet"}},
		{"ar: bodies included, a coordinated negated predicate for prisoners (Syria)", "ar", pubTueAr,
			syriaLeadAr + "وقال المتحدث إن الهدنة تشمل تسليم الجثامين عبر الصليب الأحمر، ولا تشمل تبادل الأسرى.", "ceasefire.exchange",
			[]string{"bodies=included@outlet", "prisoners=not_included@outlet"}},
		{"en: covers bodies, and does not include prisoners (Sudan)", "en", pubTue,
			sudanLead + "The truce covers the handover of bodies, and does not include the release of prisoners.", "ceasefire.exchange",
			[]string{"bodies=included@outlet", "prisoners=not_included@outlet"}},
		// Probes.
		{"probe: an insert between commas inside the subject (Syria)", "ar", pubTueAr,
			syriaLeadAr + "وقال المتحدث إن تبادل الأسرى، ولا سيما القادة، لا يشمله الاتفاق.", "ceasefire.exchange",
			[]string{"prisoners=not_included@outlet"}},
		{"probe: an unquoted negated predicate (Yemen)", "ar", pubTueAr,
			yemenLeadAr + "وأضاف المتحدث أن تبادل الأسرى لم يطرح في الاتفاق.", "ceasefire.exchange",
			[]string{"prisoners=not_included@outlet"}},
	})
}
