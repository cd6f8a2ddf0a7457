package claims

import "testing"

// TestHostedMeetingVenue: meetings a verb of hosting governs, in a sentence naming the truce or
// an agreement, are its talks and the host city their venue, as hosted talks are: «احتضنت
// العاصمة السورية دمشق اليوم الاثنين اجتماعات ... لبحث تهدئة» (tishrin tr_002), «بعد لقاءات
// احتضنتها العاصمة طرابلس ... تم التوصل إلى اتفاق لوقف إطلاق النار» (mitiga mt_009), "at meetings
// it hosted" (tishrin tr_023). A meeting hosted in a sentence naming no truce nor agreement, a
// video call (held nowhere: lexicon remote_meeting_nouns; fergana fg_001, fg_006) and a host
// verb in another clause give no venue.
func TestHostedMeetingVenue(t *testing.T) {
	runCases(t, []mechanismCase{
		{"احتضنت دمشق اجتماعات لبحث تهدئة (tishrin tr_002)", "ar", "2028-10-16T16:40:00Z",
			"احتضنت العاصمة السورية دمشق اليوم الاثنين اجتماعات بدعوة من وزارة الدفاع لبحث تهدئة في محيط سد تشرين.", "talks.venue",
			[]string{"damascus@outlet"}},
		{"بعد لقاءات احتضنتها العاصمة طرابلس (mitiga mt_009)", "ar", "2028-07-11T18:00:00Z",
			"يعلن المجلس الرئاسي أنه، بعد لقاءات احتضنتها العاصمة طرابلس اليوم الثلاثاء برعاية مجلس حكماء وأعيان سوق الجمعة، تم التوصل إلى اتفاق لوقف إطلاق النار بين جهاز الردع واللواء 444 قتال.", "talks.venue",
			[]string{"tripoli@libyan_presidential_council"}},
		{"meetings Kampala hosted (en)", "en", "2038-08-14T10:00:00Z",
			"The ceasefire was agreed at meetings Kampala hosted on Tuesday, the Ugandan foreign ministry said.", "talks.venue",
			[]string{"kampala@ugandan_foreign_ministry"}},
		// Near misses.
		{"probe: a hosted meeting on something else", "ar", "2028-07-11T18:00:00Z",
			"احتضنت العاصمة طرابلس اليوم الثلاثاء اجتماعات لبحث الاستثمار في قطاع النفط.", "talks.venue", nil},
		{"probe: a video call hosted by Moscow (fergana fg_001)", "en", "2027-05-19T10:00:00Z",
			"The truce took effect at 8 p.m., the service said, adding that the two border chiefs had reached the deal during a video call hosted by Moscow.", "talks.venue", nil},
		{"probe: اتصال عبر الفيديو استضافته موسكو (fergana fg_006)", "ar", "2027-05-19T10:00:00Z",
			"أكدت وزارة الخارجية الروسية أن قيرغيزستان وطاجيكستان اتفقتا على وقف لإطلاق النار بوساطة روسية، بعد اتصال عبر الفيديو استضافته موسكو بين قائدي حرس الحدود في البلدين.", "talks.venue", nil},
	})
}
