package claims

import "testing"

// TestWithdrawalStayPlace: a force that will stay in or at a named place refuses the pullback
// from it ("would stay at the crossing", "would stay in Zvečan and Leposavić", «ستبقى في أبو
// كماش»), as "stay in their positions" does; staying in no place, or where a force is now, is
// no refusal. Blind-time misses (frozen dumps): rasajdir rj_008/009/010, kosovo kv_003, pattani
// pt_004 ("would stay in their bases").
func TestWithdrawalStayPlace(t *testing.T) {
	const lead = "Libya's interior ministry and the Zuwara Military Council agreed to a truce in Ras Ajdir on Wednesday. "
	const leadAr = "اتفقت وزارة الداخلية والمجلس العسكري زوارة على تهدئة في رأس اجدير يوم الأربعاء. "
	runCases(t, []mechanismCase{
		{"rasajdir rj_008: ministry forces would stay at the crossing", "en", "2036-07-09T10:00:00Z",
			"TRIPOLI, July 9 (Meridian) - Libya's interior ministry and the Zuwara Military Council agreed on Wednesday to a truce at the Ras Ajdir border crossing. Interior ministry spokesman Anwar Ghaith told Meridian the truce \"is for 72 hours, no more\", and that ministry forces would stay at the crossing.",
			"ceasefire.withdrawal", []string{"ras_ajdir_border_force=not_required@anwar_ghaith"}},
		{"kosovo kv_003 (said for insisted): the special police units would stay in Zvečan and Leposavić", "en", "",
			"The truce in northern Kosovo held on Friday. Kosovo's Interior Minister Arben Krasniqi said on Friday that the special police units would stay in Zvečan and Leposavić.",
			"ceasefire.withdrawal", []string{"kosovo_police=not_required@arben_krasniqi"}},
		{"pattani pt_004: the rangers would stay in their bases", "en", "",
			"Thailand and the BRN agreed to a Ramadan truce in the Deep South. The rangers would stay in their bases, Thanakorn Wongsiri said.",
			"ceasefire.withdrawal", []string{"thai_rangers=not_required@thanakorn_wongsiri"}},
		{"probe: will stay in a named town (ar)", "ar", "2036-07-09T10:00:00Z",
			leadAr + "وقال أنور غيث إن قوات الوزارة ستبقى في أبو كماش.",
			"ceasefire.withdrawal", []string{"ras_ajdir_border_force=not_required@anwar_ghaith"}},
		// Not read: staying in no place, a force where it is now, nobody's force.
		{"probe: the truce will remain in force", "en", "2036-07-09T10:00:00Z",
			lead + "Anwar Ghaith said the truce would remain in force until Friday.",
			"ceasefire.withdrawal", nil},
		{"probe: ministry forces will stay in contact with the elders", "en", "2036-07-09T10:00:00Z",
			lead + "Anwar Ghaith said ministry forces would stay in contact with the elders.",
			"ceasefire.withdrawal", nil},
		{"probe: the forces remain in Abu Kammash (a fact, no stance)", "en", "2036-07-09T10:00:00Z",
			lead + "Ministry forces remain in Abu Kammash, residents said.",
			"ceasefire.withdrawal", nil},
		{"probe: residents will stay in Zuwara", "en", "2036-07-09T10:00:00Z",
			lead + "Residents will stay in Zuwara, the council said.",
			"ceasefire.withdrawal", nil},
		{"probe: the truce will remain in force (ar)", "ar", "2036-07-09T10:00:00Z",
			leadAr + "وقال أنور غيث إن التهدئة ستبقى في حيز التنفيذ.",
			"ceasefire.withdrawal", nil},
	})
	// The staying cue leaves the status of another deal alone (status_other_deal.go).
	runCases(t, []mechanismCase{
		{"probe: another deal will remain in force", "en", "",
			"Fighting raged in Khartoum on Monday. The agreement signed on grain exports will remain in force, the minister said.",
			"ceasefire.status", nil},
		{"probe: another deal will stay in force", "en", "",
			"Fighting raged in Khartoum on Monday. The agreement signed on grain exports will stay in force, the minister said.",
			"ceasefire.status", nil},
	})
}
