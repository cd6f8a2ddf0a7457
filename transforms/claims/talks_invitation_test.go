package claims

// An invitation ("بدعوة من", "تلبيةً لدعوة من", "at the invitation of") convenes talks or a
// meeting: its author sponsors them. Said of the truce itself it is a call (دعوة is both), which
// names no mediator.

import "testing"

func TestTalksInvitation(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic in response to an invitation from a state, talks named", "ar", "",
			"وصل وفد الحوثيين اليوم إلى مسقط تلبيةً لدعوة من سلطنة عمان، للمشاركة في محادثات حول وقف إطلاق النار في الحديدة.", "talks.sponsors",
			[]string{"oman@outlet"}},
		{"english at the invitation of, talks named", "en", "",
			"Houthi and government delegates arrived in Muscat at the invitation of Oman for talks on the Hodeidah truce.", "talks.sponsors",
			[]string{"oman@outlet"}},
		// Probes: a call to hold the truce names no mediator (Yemen, Sudan).
		{"arabic committing to the truce at the UN's call", "ar", "",
			"أعلن الحوثيون التزامهم بوقف إطلاق النار في الحديدة تلبيةً لدعوة من الأمم المتحدة.", "ceasefire.mediators",
			nil},
		{"arabic bidaawa: the truce at the call of a body", "ar", "",
			"أعلنت قوات الدعم السريع التزامها بالهدنة في الفاشر بدعوة من الاتحاد الأفريقي.", "ceasefire.mediators",
			nil},
	})
}
