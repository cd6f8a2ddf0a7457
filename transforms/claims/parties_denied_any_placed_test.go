package claims

// parties.with_speaker reads no side from "any" agreement ("نفى ... التوصل إلى أي اتفاق لوقف
// إطلاق النار مع حكومة أنجمينا", chad cd_002: a denial too far back for deniedClauseWithin); and
// a country right after a placing preposition, maybe past one word ("armed Serb groups in
// northern Kosovo", kosovo kv_001), is a place, no side.

import "testing"

func TestPartiesAnyDealAndPlacedCountry(t *testing.T) {
	runCases(t, []mechanismCase{
		{"any agreement with X, denied far back, Arabic", "ar", pubTueAr, "نفى المتحدث باسم الجبهة الوطنية لتجديد تشاد، حسن وردوقو علاتشي، ظهر اليوم الخميس التوصل إلى أي اتفاق لوقف إطلاق النار مع حكومة أنجمينا.", "ceasefire.parties", nil},
		{"an agreement with X, Arabic", "ar", pubTueAr, "أعلن المتحدث باسم الجبهة الوطنية لتجديد تشاد، حسن وردوقو علاتشي، التوصل إلى اتفاق لوقف إطلاق النار مع حكومة أنجمينا.", "ceasefire.parties",
			[]string{"chadian_government,fnrt@hassan_allatchi"}},
		{"a country after in and an adjective", "en", pubTue, "Kosovo police special units and armed Serb groups in northern Kosovo have agreed to a ceasefire.", "ceasefire.parties",
			[]string{"kosovo_police,serb_armed_groups@outlet"}},
	})
}
