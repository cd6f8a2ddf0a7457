package claims

import "testing"

// TestScopeDirectionArea: a truce placed in a part of its country named by a direction is
// partial: "a ceasefire in the north", "in the north of the country", "in the country's north",
// "for northern Chad", "now in force in the centre", "اتفاقاً لوقف إطلاق النار في شمال البلاد",
// "في المناطق الشمالية", "في أقاليم الشمال". Misses in chad (cd_001 'a ceasefire in the north',
// cd_005, cd_006, cd_020 'في شمال البلاد') and gorongosa gr_018 ('The ceasefire now in force in the
// centre'). Near misses: a capitalized direction ("the West": the Western states), a direction
// with another place named after it ("in the east of Abeche", no gazetteer place), a direction
// not after the truce's locative.
func TestScopeDirectionArea(t *testing.T) {
	runCases(t, []mechanismCase{
		{"in the north (chad cd_001)", "en", pubTue, "Qatar is expected to put forward a proposal for a ceasefire in the north later this week, a diplomat said.", "ceasefire.scope",
			[]string{"partial@sources~proposed"}},
		{"في شمال البلاد (chad cd_005, ar)", "ar", pubTueAr, "وقّعت الحكومة التشادية والجبهة الوطنية لتجديد تشاد مساء الخميس في الدوحة اتفاقاً لوقف إطلاق النار في شمال البلاد، بوساطة قطرية.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"in force in the centre (gorongosa gr_018)", "en", pubTue, "The ceasefire now in force in the centre was not made in Rome.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"probe: in the country's north (Chad)", "en", pubTue, "Chad's government and the FNRT signed a ceasefire in the country's north on Thursday.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"probe: the northern provinces (Chad)", "en", pubTue, "Chad's government announced a ceasefire across the northern provinces on Thursday.", "ceasefire.scope",
			[]string{"partial@chadian_government"}},
		{"probe: في المناطق الشمالية (Chad, ar)", "ar", pubTueAr, "أعلنت الحكومة التشادية وقفاً لإطلاق النار في المناطق الشمالية.", "ceasefire.scope",
			[]string{"partial@chadian_government"}},
		{"probe: في أقاليم الشمال (Chad, ar)", "ar", pubTueAr, "أعلنت الحكومة التشادية وقفاً لإطلاق النار في أقاليم الشمال.", "ceasefire.scope",
			[]string{"partial@chadian_government"}},
		{"near miss: the West (Chad)", "en", pubTue, "Chad's government and the FNRT signed a ceasefire in the West's favour, critics said.", "ceasefire.scope",
			nil},
		{"near miss: east of a place the gazetteer does not know (Chad)", "en", pubTue, "Chad's government and the FNRT signed a ceasefire in the east of Abeche, officials said.", "ceasefire.scope",
			nil},
		{"near miss: a direction not after the truce's locative (Chad)", "en", pubTue, "Chad's government and the FNRT signed a ceasefire on Thursday after fighting in the north.", "ceasefire.scope",
			nil},
	})
}
