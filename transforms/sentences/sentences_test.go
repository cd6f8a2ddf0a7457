package sentences

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func texts(ss []Sentence) []string {
	if len(ss) == 0 {
		return nil
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Text
	}
	return out
}

func TestSplitRules(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"arabic period", "قال بوتين. وأضاف شويغو.", []string{"قال بوتين.", "وأضاف شويغو."}},
		{"english period", "He said it. She agreed.", []string{"He said it.", "She agreed."}},
		{"question marks", "هل ستصمد الهدنة؟ لا أحد يعرف. Will it hold? Maybe!", []string{"هل ستصمد الهدنة؟", "لا أحد يعرف.", "Will it hold?", "Maybe!"}},
		{"arabic comma and semicolon do not end", "وقال، بعد اللقاء؛ إن الاتفاق صامد.", []string{"وقال، بعد اللقاء؛ إن الاتفاق صامد."}},
		{"ellipsis char ends at text end", "انتظروا…", []string{"انتظروا…"}},
		{"ellipsis inside sentence", "وما تفعله... في الواقع أمر آخر.", []string{"وما تفعله... في الواقع أمر آخر."}},
		{"glued arabic period", "منتصف ليل امس الأربعاء.توصلت تركيا وروسيا.", []string{"منتصف ليل امس الأربعاء.", "توصلت تركيا وروسيا."}},
		{"glued period after closing quote", "لبحث الوضع في سورية”.ورفض المصدر", []string{"لبحث الوضع في سورية”.", "ورفض المصدر"}},
		{"arabic initialism", "عام 49 ق.م, قرأ مارك.", []string{"عام 49 ق.م, قرأ مارك."}},
		{"U.S. inside sentence", "The U.S. Army and the U.N. agreed.", []string{"The U.S. Army and the U.N. agreed."}},
		{"U.S. ends sentence before starter", "They met in the U.S. The talks failed.", []string{"They met in the U.S.", "The talks failed."}},
		{"titles", "Mr. Smith met Dr. Jones and Gen. Ali in St. Louis.", []string{"Mr. Smith met Dr. Jones and Gen. Ali in St. Louis."}},
		{"month before number", "Signed on Dec. 29 in Ankara.", []string{"Signed on Dec. 29 in Ankara."}},
		{"e.g. and i.e.", "Groups, e.g. Nusra, i.e. the front, are out.", []string{"Groups, e.g. Nusra, i.e. the front, are out."}},
		{"etc. before lowercase", "Tanks, jets etc. were moved.", []string{"Tanks, jets etc. were moved."}},
		{"etc. before capital", "Tanks, jets etc. The rest stayed.", []string{"Tanks, jets etc.", "The rest stayed."}},
		{"initials", "J. R. Smith said so.", []string{"J. R. Smith said so."}},
		{"arabic title letter", "وقال د. محمد إن الهدنة صامدة.", []string{"وقال د. محمد إن الهدنة صامدة."}},
		{"decimal and thousands", "نما 3.5 في المئة و1,000 دولار.", []string{"نما 3.5 في المئة و1,000 دولار."}},
		{"date and time", "في 2016/12/16 الساعة 10.30 صباحا.", []string{"في 2016/12/16 الساعة 10.30 صباحا."}},
		{"domain and email", "See example.com or mail info@un.org today.", []string{"See example.com or mail info@un.org today."}},
		{"url", "Read http://x.com/a.asp?ID=5 now.", []string{"Read http://x.com/a.asp?ID=5 now."}},
		{"number then sentence", "منذ سبتمبر 2015. وتابع بوتين.", []string{"منذ سبتمبر 2015.", "وتابع بوتين."}},
		{"closing quote stays", `واكد "لكننا سنواصل". وقال.`, []string{`واكد "لكننا سنواصل".`, "وقال."}},
		{"period then closing quote", `He said "we go." Then left.`, []string{`He said "we go."`, "Then left."}},
		{"curly and guillemets", "قال «انتهى.» ثم غادر. قال “نعم.” ثم صمت.", []string{"قال «انتهى.»", "ثم غادر.", "قال “نعم.”", "ثم صمت."}},
		{"closing paren", "(This is aside.) Next one.", []string{"(This is aside.)", "Next one."}},
		{"quote spans sentence end", `وأضاف "مسألة رمزية. حلب أهم". وتأتي`, []string{`وأضاف "مسألة رمزية.`, `حلب أهم".`, "وتأتي"}},
		{"reported speech continues", `"Stop!" he said.`, []string{`"Stop!" he said.`}},
		{"headline lines", "هدنة شاملة في سوريا\n\nأعلن بوتين الخميس.\nمتابعة: إرفع صوتك", []string{"هدنة شاملة في سوريا", "أعلن بوتين الخميس.", "متابعة: إرفع صوتك"}},
		{"blank line runs and junk tail", "آخر جملة.\n\n \n\n   \n\nمواضيع ذات صلة:", []string{"آخر جملة.", "مواضيع ذات صلة:"}},
		{"bullet lines", "البنود:\n- يشمل المدن\n• لا يستثني أحدا\n* وقف النار\n1. أول بند\n2. ثاني بند", []string{"البنود:", "- يشمل المدن", "• لا يستثني أحدا", "* وقف النار", "1. أول بند", "2. ثاني بند"}},
		{"inline dash list", "خاصة بهم. الاتفاق - يشمل المدن - لا يستثني أحدا - توقيع 60 ألف", []string{"خاصة بهم.", "الاتفاق", "- يشمل المدن", "- لا يستثني أحدا", "- توقيع 60 ألف"}},
		{"one dash is not a list", "برعاية تركية - روسية ويبدأ سريانه.", []string{"برعاية تركية - روسية ويبدأ سريانه."}},
		{"lower-case dash clauses are prose", "esp if not eating - if it happened once - it could be - since it happened", []string{"esp if not eating - if it happened once - it could be - since it happened"}},
		{"inline bullets", "Agenda • Ceasefire • Aid", []string{"Agenda", "• Ceasefire", "• Aid"}},
		{"publication stamp and dateline", "بعد تحرير حلب . العرب [نُشرفي2016/12/16] تعاون روسي تركي طوكيو- صرح بوتين.", []string{"بعد تحرير حلب .", "العرب", "[نُشرفي2016/12/16]", "تعاون روسي تركي", "طوكيو- صرح بوتين."}},
		{"dash aside is not a dateline", "في زمنه -مصممي الملصقات أمثال باس- الذين كانوا.", []string{"في زمنه -مصممي الملصقات أمثال باس- الذين كانوا."}},
		{"glued subheading", "خاصة بهم. خلافات حادة يأتي ذلك، بعد جولة مفاوضات صعبة خيمت على الأطراف.", []string{"خاصة بهم.", "خلافات حادة", "يأتي ذلك، بعد جولة مفاوضات صعبة خيمت على الأطراف."}},
		{"name before verb is not a heading", "فلاديمير بوتين قال إن الاتفاق سيصمد حتى نهاية العام الحالي.", []string{"فلاديمير بوتين قال إن الاتفاق سيصمد حتى نهاية العام الحالي."}},
		{"definite subject is not a heading", "الرئيس الروسي قال إن الاتفاق صامد حتى الآن بالكامل.", []string{"الرئيس الروسي قال إن الاتفاق صامد حتى الآن بالكامل."}},
		{"particle is not a heading", "لكن رمضان اعتبر ان الاتفاق يستثني فقط تنظيم داعش.", []string{"لكن رمضان اعتبر ان الاتفاق يستثني فقط تنظيم داعش."}},
		{"salutation and sign-off", "Vince, We are still trying. Thanks, Dawn", []string{"Vince,", "We are still trying.", "Thanks,", "Dawn"}},
		{"label before sentence", "Description: Our client is small. Job ID: J12746KM", []string{"Description:", "Our client is small.", "Job ID: J12746KM"}},
		{"arabic colon", "قال بارات: في المدن.", []string{"قال بارات: في المدن."}},
		{"email header time", "Andrew Edison@ENRON 06/02/2001 10:53 AM I have settled the suit.", []string{"Andrew Edison@ENRON", "06/02/2001 10:53 AM", "I have settled the suit."}},
		{"emoticon stays", "Without a doubt bacon! :) Next.", []string{"Without a doubt bacon! :)", "Next."}},
		{"ellipsis before a sentence starter", "a preferential terminal... I go out of my way.", []string{"a preferential terminal...", "I go out of my way."}},
		{"ellipsis before a name", "lol... Kolkata is not for sale!", []string{"lol... Kolkata is not for sale!"}},
		{"bare link then capital", "restaurants: http://x.com/r/ The latest spot is here.", []string{"restaurants:", "http://x.com/r/", "The latest spot is here."}},
		{"separator rule", "Darrell _____________ Darrell Duffie mail", []string{"Darrell", "_____________", "Darrell Duffie mail"}},
		{"double dash is prose", "and if -- wonder of wonders -- you are.", []string{"and if -- wonder of wonders -- you are."}},
		{"source label", "(ZD Net) It looks like war.", []string{"(ZD Net)", "It looks like war."}},
		{"phone numbers in brackets are no stamp", "I spoke with Mike [203-719-8385 (phone)] who confirmed.", []string{"I spoke with Mike [203-719-8385 (phone)] who confirmed."}},
		{"address ends header", "Email: Roving Mouse <s@tack.net> Groups: alt.animals", []string{"Email: Roving Mouse <s@tack.net>", "Groups: alt.animals"}},
		{"list number at line start", "1. First item\n2. Second item", []string{"1. First item", "2. Second item"}},
		{"hard-wrapped prose", strings.Repeat("this line is wrapped at a fixed width like old e-mail text does\n", 4) + "end.", []string{strings.TrimSpace(strings.ReplaceAll(strings.Repeat("this line is wrapped at a fixed width like old e-mail text does\n", 4), "\n", "\n")) + "\nend."}},
		{"empty", "", nil},
		{"spaces only", " \n\t ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.in)
			if diff := cmp.Diff(tt.want, texts(got)); diff != "" {
				t.Errorf("Split(%q) (-want +got):\n%s", tt.in, diff)
			}
			checkCoverage(t, tt.in, got)
		})
	}
}

func TestSplitOffsets(t *testing.T) {
	in := "أعلن بوتين. Then “U.S.” left!\n\nمواضيع ذات صلة:"
	got := Split(in)
	want := []Sentence{
		{Index: 0, Start: 0, End: len("أعلن بوتين."), RuneStart: 0, RuneEnd: 11, Text: "أعلن بوتين."},
		{Index: 1, Start: len("أعلن بوتين. "), End: len("أعلن بوتين. Then “U.S.” left!"), RuneStart: 12, RuneEnd: 29, Text: "Then “U.S.” left!"},
		{Index: 2, Start: len("أعلن بوتين. Then “U.S.” left!\n\n"), End: len(in), RuneStart: 31, RuneEnd: 46, Text: "مواضيع ذات صلة:"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Split (-want +got):\n%s", diff)
	}
	runes := []rune(in)
	for _, s := range got {
		if string(runes[s.RuneStart:s.RuneEnd]) != s.Text {
			t.Errorf("rune span [%d,%d) = %q, want %q", s.RuneStart, s.RuneEnd, string(runes[s.RuneStart:s.RuneEnd]), s.Text)
		}
	}
}

// checkCoverage verifies the invariants every split must keep: spans in order, inside the
// text, trimmed, non-empty, covering every non-space character exactly once, rune offsets
// consistent with byte offsets.
func checkCoverage(t testing.TB, text string, got []Sentence) {
	t.Helper()
	prevEnd, prevRuneEnd := 0, 0
	covered := 0
	for i, s := range got {
		if s.Index != i {
			t.Fatalf("sentence %d has Index %d", i, s.Index)
		}
		if s.Start < prevEnd || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("sentence %d span [%d,%d) out of order or range (previous end %d, text %d)", i, s.Start, s.End, prevEnd, len(text))
		}
		if s.Text != text[s.Start:s.End] {
			t.Fatalf("sentence %d text %q != text[%d:%d]", i, s.Text, s.Start, s.End)
		}
		if strings.TrimFunc(s.Text, unicode.IsSpace) != s.Text {
			t.Fatalf("sentence %d not trimmed: %q", i, s.Text)
		}
		for _, r := range text[prevEnd:s.Start] {
			if !unicode.IsSpace(r) {
				t.Fatalf("non-space %q between sentences %d and %d", r, i-1, i)
			}
		}
		if rs := prevRuneEnd + utf8.RuneCountInString(text[prevEnd:s.Start]); s.RuneStart != rs {
			t.Fatalf("sentence %d RuneStart %d, want %d", i, s.RuneStart, rs)
		}
		if re := s.RuneStart + utf8.RuneCountInString(s.Text); s.RuneEnd != re {
			t.Fatalf("sentence %d RuneEnd %d, want %d", i, s.RuneEnd, re)
		}
		for _, r := range s.Text {
			if !unicode.IsSpace(r) {
				covered++
			}
		}
		prevEnd, prevRuneEnd = s.End, s.RuneEnd
	}
	for _, r := range text[prevEnd:] {
		if !unicode.IsSpace(r) {
			t.Fatalf("non-space %q after the last sentence", r)
		}
	}
	total := 0
	for _, r := range text {
		if !unicode.IsSpace(r) {
			total++
		}
	}
	if covered != total {
		t.Fatalf("sentences cover %d non-space characters, text has %d", covered, total)
	}
}
