package claims

// "a truce between gunmen in the rival Tripoli districts of X and Y": armed men placed in
// districts that speak for armed groups are those groups, as the districts are right after
// "between"; a place that speaks for no armed group (a city, a capital's government) is not.

import "testing"

func TestPartiesDistrictsOfArmedMen(t *testing.T) {
	runCases(t, []mechanismCase{
		{"gunmen in the districts of X and Y, past a qualifying city", "en", "", "Religious and political leaders met on Thursday to broker a truce between gunmen in the rival Tripoli districts of Bab al-Tabbaneh and Jabal Mohsen.", "ceasefire.parties",
			[]string{"jabal_mohsen_gunmen,tabbaneh_gunmen@outlet"}},
		{"fighters from X and Y", "en", "", "The army brokered a ceasefire between fighters from Bab al-Tabbaneh and Jabal Mohsen on Friday.", "ceasefire.parties",
			[]string{"jabal_mohsen_gunmen,tabbaneh_gunmen@outlet"}},
		// Negative probes from other wars: places that speak for no armed group, a place with
		// no entry.
		{"regions of another war speak for no group", "en", "", "The ceasefire between fighters in Gondar and Gojjam held.", "ceasefire.parties",
			nil},
		{"an unnamed place", "en", "", "The ceasefire between gunmen in the old city and the army held.", "ceasefire.parties",
			nil},
	})
}
