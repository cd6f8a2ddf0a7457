package claims

import "testing"

// TestVenueCityInSiteNameHomonym: the city that ends a site's name is chosen among the
// gazetteer's cities of that name as any mention is (aliasRank: the theatre's first), not as
// whichever entry sorts first. A second "Beirut" of another country, in a file that sorts before
// Lebanon's, must not take talks at the Palestinian embassy in Beirut out of Lebanon.
func TestVenueCityInSiteNameHomonym(t *testing.T) {
	x := withGazetteerFile(t, "aa_homonym_city.json", `{"entities": [
 {"id": "aa_beirut_homonym", "type": "city", "role": "",
  "label": {"en": "Beirut", "ar": "بيروت"},
  "aliases": {"en": [], "ar": []}, "affiliation": "",
  "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "libya"}]}`)
	const ainLead = "Fatah and Hamas agreed to a ceasefire in Ain al-Hilweh on Sunday. "
	runCasesOn(t, x, []mechanismCase{
		{"the theatre's city ends the site's name (Lebanon)", "en", pubTue, ainLead + "Talks on a lasting arrangement will be held at the Palestinian embassy in Beirut, officials said.", "talks.venue",
			[]string{"beirut@sources"}},
		{"ar: the theatre's city ends the site's name (Lebanon)", "ar", pubTue, "اتفقت حركتا فتح وحماس على وقف لإطلاق النار في مخيم عين الحلوة يوم الأحد. وتستضيف السفارة الفلسطينية في بيروت جولة مباحثات بين الحركتين.", "talks.venue",
			[]string{"beirut@outlet"}},
	})
}
