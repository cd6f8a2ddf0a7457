package claims

import "testing"

// Review of stop 17's status, start-time, duration and speaker rules on other coverage: each
// case is a sentence from another war where a stop-17 cue occurs but the claim must not be read
// ("probe"), or a reading in other wording that must be kept.

const (
	gazaLeadAr  = "توصلت إسرائيل وحماس إلى اتفاق لوقف إطلاق النار في غزة يوم الثلاثاء. "
	gazaLead    = "Israel and Hamas agreed to a ceasefire in Gaza on Tuesday. "
	fasherLead  = "Sudan's army and the RSF agreed to a truce in El Fasher. "
	fasherLeadA = "اتفق الجيش السوداني والدعم السريع على هدنة في الفاشر. "
)

// TestReview17bProposalsBeforeAgreement: the attempts that led to an agreement, told in a phrase
// a comma closes, neither hide the agreement nor stay a proposal ("After weeks of efforts to
// broker a truce, ... agreed"); brokering something that is no truce is no proposal of it.
func TestReview17bProposalsBeforeAgreement(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: efforts before the agreement", "en", pubTue, "After weeks of efforts to broker a truce, Sudan's army and the RSF agreed to a ceasefire in El Fasher on Sunday.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: attempts before the agreement (ar)", "ar", pubTueAr, "بعد أسابيع من محاولات التوصل إلى هدنة، اتفق الجيش السوداني والدعم السريع على وقف لإطلاق النار في الفاشر.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: brokering a prisoner exchange", "en", pubTue, gazaLead + "Qatar is also trying to broker a prisoner exchange.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"trying to broker a truce is still a proposal", "en", pubTue, "Tribal elders in Kachin were trying to broker a truce on Tuesday, security sources said.", "ceasefire.status",
			[]string{"proposed@sources"}},
		{"a meeting to discuss reaching a truce is still a proposal", "ar", pubTueAr, "عُقد اجتماع في بورتسودان للبحث في التوصل إلى وقف لإطلاق النار في الفاشر.", "ceasefire.status",
			[]string{"proposed@outlet"}},
	})
}

// TestReview17bStatedInForce: يسري states the truce in force only when asserted: after a
// subjunctive particle ("من المقرر أن يسري", "اتفقا على أن يسري") or a negation the start is
// planned, set as a term or denied; a start told in a sentence that says the truce collapsed is
// no truce in force.
func TestReview17bStatedInForce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: scheduled to take effect", "ar", pubTueAr, fasherLeadA + "ومن المقرر أن يسري وقف إطلاق النار اعتباراً من الساعة السادسة مساءً.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: supposed to take effect", "ar", pubTueAr, gazaLeadAr + "وكان يُفترض أن يسري وقف إطلاق النار اعتباراً من الساعة الثامنة والنصف صباحاً، لكن القصف استمر.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: agreed that it takes effect", "ar", pubTueAr, "اتفق الجيش السوداني والدعم السريع على أن يسري وقف إطلاق النار في الفاشر اعتباراً من الساعة السادسة مساءً.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: agreed that it takes effect: the next such hour", "ar", "2025-10-14T22:00:00+03:00", "اتفق الجيش السوداني والدعم السريع على أن يسري وقف إطلاق النار في الفاشر اعتباراً من الساعة السادسة مساءً.", "ceasefire.start_time",
			[]string{"2025-10-15T16:00:00Z@outlet"}},
		{"stated in force from an hour is kept", "ar", pubTueAr, fasherLeadA + "ويسري وقف إطلاق النار اعتباراً من الساعة السادسة صباحاً.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"probe: began, then broke down", "en", pubTue, "A truce agreed by Sudan's army and the RSF in El Fasher collapsed on Tuesday. The truce, which began at 6 a.m. on Saturday, broke down within hours, residents said.", "ceasefire.status",
			[]string{"agreed@outlet", "collapsed@outlet", "collapsed@local_residents"}},
		{"probe: curfew in force from six", "ar", pubTueAr, yemenLeadAr + "ويسري حظر التجول في المدينة اعتباراً من الساعة السادسة مساءً.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: did not take effect", "en", pubTue, "The Colombian government and the ELN agreed to a ceasefire in Catatumbo. The ceasefire did not take effect at midnight as planned, officials said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: an earlier truce's start", "ar", pubTueAr, gazaLeadAr + "وكانت الهدنة السابقة، التي بدأت عند الساعة الثامنة والنصف صباح 19 يناير، قد انهارت في مارس.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"a start told in the past is kept", "ar", pubTueAr, fasherLeadA + "وقال الجيش إن الهدنة بدأت عند الساعة السادسة صباحاً.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@sudanese_armed_forces"}},
	})
}

// TestReview17bClockAndDayParts: a prayer or a dotted number dates no truce in a sentence about
// something else; a verb after the comma closing a truce noun phrase has a fighting word of its
// clause for its subject when there is one.
func TestReview17bClockAndDayParts(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: protest after Friday prayer", "ar", pubTueAr, gazaLeadAr + "وخرج آلاف المتظاهرين بعد صلاة الجمعة عند الساعة الواحدة في رفح.", "ceasefire.start_time",
			nil},
		{"probe: shelling after the dawn prayer", "ar", pubTueAr, gazaLeadAr + "وقال الدفاع المدني إن القصف تجدد بعد صلاة الفجر عند الساعة الخامسة في خان يونس.", "ceasefire.start_time",
			nil},
		{"probe: funeral after the asr prayer", "ar", pubTueAr, yemenLeadAr + "وشيّع المئات القتلى بعد صلاة العصر عند الساعة الرابعة.", "ceasefire.start_time",
			nil},
		{"truce began after the maghrib prayer", "ar", pubTueAr, gazaLeadAr + "وقالت حماس إن الهدنة بدأت بعد صلاة المغرب عند الساعة السادسة.", "ceasefire.start_time",
			[]string{"2025-10-13T15:00:00Z@hamas"}},
		{"probe: a dotted percentage", "en", pubTue, gazaLead + "The health ministry said 7.30 percent of the wounded were children.", "ceasefire.start_time",
			nil},
		{"probe: a dotted price", "en", pubTue, yemenLead + "Flour prices rose to 12.50 a sack in Hodeidah on Tuesday.", "ceasefire.start_time",
			nil},
		{"probe: shelling at a dotted hour", "en", pubTue, fasherLead + "Shelling resumed at 5.45 am on Tuesday, residents said.", "ceasefire.start_time",
			nil},
		{"a dotted hour the truce takes effect", "en", pubTue, fasherLead + "The truce takes effect at 6.30 pm on Wednesday, the army said.", "ceasefire.start_time",
			[]string{"2025-10-15T16:30:00Z@sudanese_armed_forces"}},
		{"probe: shelling began after the comma", "ar", pubTueAr, gazaLeadAr + "وقُتل ثلاثة رغم الهدنة، بدأ عند الساعة الخامسة قصف مدفعي على رفح.", "ceasefire.start_time",
			nil},
	})
}

// TestReview17bDurations: "هدنة الأيام العشرة الماضية" counts the days gone by; a span after
// سارية on a curfew or a decree, or that a past truce held, is no term of this one.
func TestReview17bDurations(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: the truce of the past ten days", "ar", pubTueAr, gazaLeadAr + "وقُتل عشرون شخصاً رغم هدنة الأيام العشرة الماضية.", "ceasefire.duration",
			nil},
		{"probe: an earlier truce stayed in force", "ar", pubTueAr, yemenLeadAr + "وظلت الهدنة السابقة سارية ثلاثة أيام قبل أن تنهار.", "ceasefire.duration",
			nil},
		{"probe: a curfew stays in force", "ar", pubTueAr, yemenLeadAr + "وسيبقى حظر التجول سارياً ثلاثة أيام.", "ceasefire.duration",
			nil},
		{"probe: a decree in force", "ar", pubTueAr, yemenLeadAr + "وقال المحافظ إن القرار ساري المفعول ثلاثة أشهر.", "ceasefire.duration",
			nil},
		{"probe: thrice is no span", "ar", pubTueAr, yemenLeadAr + "وخرق الحوثيون الهدنة ثلاثاً منذ الصباح.", "ceasefire.duration",
			nil},
		{"the truce of the three days is kept", "ar", pubTueAr, fasherLeadA + "وقال الجيش إن أحداً لن يتقدم خلال هدنة الأيام الثلاثة هذه.", "ceasefire.duration",
			[]string{"3@sudanese_armed_forces"}},
	})
}

// TestReview17bSpeakers: a parenthesis closed before the attribution, or a dash that closes an
// aside, opens no aside around it; a noun in what an earlier speaker said ("said a Houthi officer
// was captured") introduces no speaker that "the officer said" takes up.
func TestReview17bSpeakers(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: a parenthesis closed before the source", "en", pubTue, yemenLead + "The truce took effect at noon (0900 GMT), the Houthis said, and will last 72 hours (until Friday).", "ceasefire.start_time",
			[]string{"2025-10-13T09:00:00Z@houthis"}},
		{"probe: a parenthesis closed before the source (duration)", "en", pubTue, yemenLead + "The truce took effect at noon (0900 GMT), the Houthis said, and will last 72 hours (until Friday).", "ceasefire.duration",
			[]string{"3@houthis"}},
		{"probe: a dash closing an aside", "en", pubTue, yemenLead + "The truce - the first in months - will last 72 hours, the Houthis said - a shorter span than the UN wanted.", "ceasefire.duration",
			[]string{"3@houthis"}},
		{"probe: the source between a closing dash and another", "en", pubTue, yemenLead + "The truce will last 72 hours - twice the last one - the Houthis said - though the UN wanted a week.", "ceasefire.duration",
			[]string{"3@houthis"}},
		{"probe: the noun was in what was said", "en", pubTue, yemenLead + "The Yemeni army said a Houthi officer was captured near Hays. The Houthis denied the report. The truce will last 48 hours, the officer said.", "ceasefire.duration",
			[]string{"2@houthis"}},
		{"a relative clause without its closing comma keeps the speaker's content", "ar", pubTueAr, gazaLeadAr + "وقال خليل الحية، الذي يرأس وفد حماس المفاوض إن الهدنة ستبدأ صباح الأحد.", "ceasefire.start_time",
			[]string{"2025-10-19@hamas"}},
		{"according to what the agreement stipulates", "ar", pubTueAr, yemenLeadAr + "وتستمر الهدنة ثلاثة أيام، وفق ما ينص عليه الاتفاق.", "ceasefire.duration",
			[]string{"3@outlet"}},
	})
}
