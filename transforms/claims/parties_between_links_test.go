package claims

// "Between X and Y" after a noun of travel, trade or a way (lexicon link_nouns, route_nouns)
// links places or states; it names no sides of the truce, though a truce is named nearby.

import "testing"

func TestBetweenOfLinksIsNoParties(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: flights between two cities", "en", pubTue, "Flights between Khartoum and Port Sudan resumed after the truce took hold.", "ceasefire.parties", nil},
		{"probe: flights between two cities, Arabic", "ar", pubTueAr, "صمدت الهدنة في السودان يوم الاثنين، واستؤنفت الرحلات بين الخرطوم وبورتسودان.", "ceasefire.parties", nil},
		{"probe: air flights between two cities, one adjective", "ar", pubTueAr, "صمدت الهدنة في السودان يوم الاثنين، واستؤنفت الرحلات الجوية بين الخرطوم وبورتسودان.", "ceasefire.parties", nil},
		{"probe: the road between two towns", "en", pubTue, "The road between Rafah and Khan Younis reopened after the ceasefire took hold.", "ceasefire.parties", nil},
		{"probe: trade between two states", "en", pubTue, "Trade between Turkey and Russia rose after the Black Sea truce took hold.", "ceasefire.parties", nil},
		{"probe: trade between two states, Arabic", "ar", pubTueAr, "وارتفعت التجارة بين تركيا وروسيا بعد دخول الهدنة في البحر الأسود حيز التنفيذ.", "ceasefire.parties", nil},
		{"the ceasefire between the army and the RSF", "en", pubTue, "The ceasefire between the army and the RSF held on Monday.", "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@outlet"}},
		{"the truce between the army and the RSF, Arabic", "ar", pubTueAr, "صمدت الهدنة بين الجيش السوداني وقوات الدعم السريع يوم الاثنين.", "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@outlet"}},
		{"a ceasefire between a capital and a force", "en", pubTue, "A ceasefire between Ankara and the SDF took hold on Monday.", "ceasefire.parties",
			[]string{"sdf,turkey@outlet"}},
	})
}
