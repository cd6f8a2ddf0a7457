package claims

import "testing"

// TestForumCityIsNoTheatre: a city named as the forum of the talks ("the Geneva talks") or as
// where the deal was agreed or signed ("the text signed in Geneva", "the understanding reached
// in Jeddah", "التفاهم الذي أبرم في جدة") is abroad when the article's fighters and governments
// are all of another country: it no longer makes its state the theatre, whose zone read the
// truce's clock (6 a.m. in Cameroon is 05:00 UTC, not Switzerland's 04:00; in Sudan 04:00, not
// Saudi Arabia's 03:00; in Libya in January 04:00, not Switzerland's 05:00). The war's own
// city keeps placing the war: one agreed in with the side's own government named ("the truce
// agreed in Taiz"), one after a truce noun ("agreed to a ceasefire in Hodeidah"), and an
// agreement named after a city ("the Hodeidah agreement", "اتفاق تعز"), as often the war's
// ground as the forum.
func TestForumCityIsNoTheatre(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the Geneva talks (Cameroon)", "en", "2025-09-12T08:00:00Z", "Cameroon's government said the ceasefire takes effect at 6 a.m. on Saturday. The Catholic bishops, who accompanied the Geneva talks, asked the faithful to pray for the truce.", "ceasefire.start_time",
			[]string{"2025-09-13T05:00:00Z@cameroonian_government"}},
		{"the Geneva talks place the talks (Cameroon)", "en", "2025-09-12T08:00:00Z", "Cameroon's government said the ceasefire takes effect at 6 a.m. on Saturday. The Catholic bishops, who accompanied the Geneva talks, asked the faithful to pray for the truce.", "talks.venue",
			[]string{"geneva@outlet"}},
		{"the text signed in Geneva (Cameroon)", "en", "2025-09-12T08:00:00Z", "Cameroon's government said the ceasefire takes effect at 6 a.m. on Saturday. Separatist commanders said the text signed in Geneva requires both sides to free prisoners.", "ceasefire.start_time",
			[]string{"2025-09-13T05:00:00Z@cameroonian_government"}},
		{"the understanding reached in Jeddah (Sudan)", "en", "2025-10-14T08:00:00Z", "The Sudanese army said the truce takes effect at 6 a.m. on Thursday. The understanding reached in Jeddah does not provide for any withdrawal.", "ceasefire.start_time",
			[]string{"2025-10-16T04:00:00Z@sudanese_armed_forces"}},
		{"التفاهم الذي أبرم في جدة (Sudan, ar)", "ar", "2025-10-14T08:00:00Z", "قال الجيش السوداني إن الهدنة تدخل حيز التنفيذ في السادسة من صباح الخميس. وأوضح أن التفاهم الذي أبرم في جدة لا ينص على أي انسحاب.", "ceasefire.start_time",
			[]string{"2025-10-16T04:00:00Z@sudanese_armed_forces"}},
		{"as agreed in Geneva (Libya, winter)", "en", "2026-01-13T08:00:00Z", "The Libyan National Army said the truce takes effect at 6 a.m. on Thursday, as agreed in Geneva.", "ceasefire.start_time",
			[]string{"2026-01-15T04:00:00Z@libyan_national_army"}},
		// Kept: the war's own ground.
		{"probe: agreed in the war's own city, its government named (Yemen)", "en", "2025-10-14T08:00:00Z", "The truce agreed in Taiz takes effect at 6 a.m. on Thursday, the Yemeni government said.", "ceasefire.start_time",
			[]string{"2025-10-16T03:00:00Z@yemeni_government"}},
		{"probe: agreed in the war's own city, nobody named (Yemen)", "en", "2025-10-14T08:00:00Z", "The truce agreed in Taiz takes effect at 6 a.m. on Thursday.", "ceasefire.start_time",
			[]string{"2025-10-16T03:00:00Z@outlet"}},
		{"probe: a truce noun between the verb and the place (Yemen)", "en", "2025-10-14T08:00:00Z", "The Houthis and the government agreed to a ceasefire in Hodeidah that takes effect at 6 a.m. on Thursday.", "ceasefire.start_time",
			[]string{"2025-10-16T03:00:00Z@outlet"}},
		{"probe: an agreement named after the war's city (Yemen)", "en", "2025-10-14T08:00:00Z", "Under the Hodeidah agreement, the truce takes effect at 6 a.m. on Thursday.", "ceasefire.start_time",
			[]string{"2025-10-16T03:00:00Z@outlet"}},
		{"probe: اتفاق تعز (Yemen, ar)", "ar", "2025-10-14T08:00:00Z", "وبموجب اتفاق تعز، تدخل الهدنة حيز التنفيذ في السادسة من صباح الخميس.", "ceasefire.start_time",
			[]string{"2025-10-16T03:00:00Z@outlet"}},
		{"probe: a truce in El Fasher (Sudan)", "en", "2025-10-14T08:00:00Z", "The army and the RSF agreed to a truce in El Fasher. It takes effect at 6 a.m. on Thursday.", "ceasefire.start_time",
			[]string{"2025-10-16T04:00:00Z@outlet"}},
	})
}
