package claims

// A signing participle on a statement noun right before it, past a comma at most, tells who
// signed the statement, not the truce (colombia col_002 "the statement, signed by the Central
// Command (COCE) and published on the group's website, said"). A noun that also names the
// agreement (the truce's text) still takes its signers.

import "testing"

func TestStatementSignedNamesNoSignatory(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the statement, signed by X", "en", pubTue, "\"The ceasefire will apply across the whole national territory,\" the statement, signed by the Central Command of the ELN and published on its website, said.", "ceasefire.signatory_groups", nil},
		{"the statement signed by X, Arabic", "ar", pubTueAr, "وقال البيان الموقع من قيادة جيش التحرير الوطني إن وقف إطلاق النار يسري في كل الأراضي.", "ceasefire.signatory_groups", nil},
		{"the truce signed by X and Y", "en", pubTue, "The ceasefire, signed by the 3R and the UPC, took effect on Monday.", "ceasefire.signatory_groups",
			[]string{"three_r,upc_car@outlet"}},
		{"the document, signed by X and Y, Arabic", "ar", pubTueAr, "صمد وقف إطلاق النار يوم الاثنين. وتنص الوثيقة، الموقعة من الجيش السوداني وقوات الدعم السريع، على انسحاب القوات.", "ceasefire.signatory_groups",
			[]string{"rapid_support_forces,sudanese_armed_forces@outlet"}},
	})
}
