package claims

import "testing"

// TestSpeakerBodyAlongsideNegated: the speaker's own body described as the subject beside an
// alongside phrase is a member (sets_speaker_body_alongside.go) only when its taking part is
// not negated ("إن المنظمة لم تشارك إلى جانب ماليزيا في رعاية المحادثات": the body took no part).
// Probes from Mindanao; kept: the same sentence not negated.
func TestSpeakerBodyAlongsideNegated(t *testing.T) {
	const mindanaoAr = "اتفقت الحكومة الفلبينية وجبهة مورو على وقف إطلاق النار. "
	runCases(t, []mechanismCase{
		{"negated: the body took no part", "ar", "", mindanaoAr + "وقال مسؤول في منظمة التعاون الإسلامي إن المنظمة لم تشارك إلى جانب ماليزيا في رعاية المحادثات.", "talks.sponsors",
			[]string{"malaysia@oic"}},
		{"kept: the body took part", "ar", "", mindanaoAr + "وقال مسؤول في منظمة التعاون الإسلامي إن المنظمة شاركت إلى جانب ماليزيا في رعاية المحادثات.", "talks.sponsors",
			[]string{"malaysia,oic@oic"}},
	})
}
