package claims

import "testing"

// TestRelativeDenier: a relative denial after a term is the account of the denial verb's own
// subject, named after the verb when it comes first (Arabic) or before it ("which the SDF
// denies"), not of the speaker who states the term. Witnesses: lebanon lbn_006 («تصر إسرائيل
// ... على أنها تحتفظ بحق ضرب أي تهديد في لبنان، وهو ما ترفضه بيروت»), caucasus cs_006 («وتطالب
// باكو بانسحاب القوات الأرمينية ...، وهو ما ترفضه يريفان»), bamenda bm_025 («أكد مصدر في القيادة
// المشتركة لأمبازونيا أن الإفراج عن المعتقلين ... بند أساسي ...، وهو ما رفضته ياوندي»), tishrin
// tr_034 ("requires both the SDF and the SNA to move artillery ..., which the SDF denies"),
// mindanao mn_017 ("..., the Bangsamoro government said on Tuesday, a claim the military flatly
// denied": lexicon relative_denial_links "claim", verb_adverbs "flatly"). Not:
// a relative clause of another verb ("which the SNA welcomed", «وهو ما ترحب به بيروت»).
func TestRelativeDenier(t *testing.T) {
	const leadLb = "صمد وقف إطلاق النار بين إسرائيل وحزب الله في لبنان. "
	const leadEnLb = "The ceasefire between Israel and Hezbollah is holding. "
	const leadTr = "The ceasefire between the SDF and the SNA is holding at the Tishreen Dam. "
	runCases(t, []mechanismCase{
		{"verb first, a capital (lebanon lbn_006)", "ar", "", leadLb + "في المقابل، تصر إسرائيل، وفقاً لما نقلته صحيفة \"يديعوت أحرونوت\" عن مسؤولين أمنيين، على أنها تحتفظ بحق ضرب أي تهديد في لبنان، وهو ما ترفضه بيروت جملة وتفصيلاً.",
			"ceasefire.retained_rights", []string{"respond_to_violations=retained@yedioth_ahronoth", "respond_to_violations=not_retained@lebanese_government"}},
		{"verb first, a body", "ar", "", leadLb + "في المقابل، تصر إسرائيل على أنها تحتفظ بحق ضرب أي تهديد في لبنان، وهو ما ترفضه الحكومة اللبنانية.",
			"ceasefire.retained_rights", []string{"respond_to_violations=retained@israel", "respond_to_violations=not_retained@lebanese_government"}},
		{"a withdrawal demanded (caucasus cs_006)", "ar", "", "صمد وقف إطلاق النار بين أرمينيا وأذربيجان. وتطالب باكو بانسحاب القوات الأرمينية من المرتفعات المطلة على سوتك قبل أي محادثات، وهو ما ترفضه يريفان.",
			"ceasefire.withdrawal", []string{"armenian_armed_forces=required@azerbaijan~demanded", "armenian_armed_forces=not_required@armenia"}},
		{"a release (bamenda bm_025)", "ar", "", "صمد وقف إطلاق النار بين الحكومة الكاميرونية والانفصاليين. من جهة أخرى، أكد مصدر في القيادة المشتركة لأمبازونيا أن الإفراج عن المعتقلين الأنغلوفونيين في سجن كوندينغي «بند أساسي في اتفاق جنيف»، وهو ما رفضته ياوندي جملة وتفصيلاً.",
			"ceasefire.exchange", []string{"prisoners=included@ambazonia_joint_command", "prisoners=not_included@cameroonian_government"}},
		{"which the SDF denies (tishrin tr_034)", "en", "", leadTr + "The deal requires the SNA to withdraw its artillery from the dam, which the SDF denies.",
			"ceasefire.withdrawal", []string{"syrian_national_army=required@outlet", "syrian_national_army=not_required@sdf"}},
		{"which the SNA denies", "en", "", leadTr + "The SDF says the deal includes the release of all detainees, which the Syrian National Army denies.",
			"ceasefire.exchange", []string{"prisoners=included@sdf", "prisoners=not_included@syrian_national_army"}},
		{"which a capital rejects, past an adverb", "en", "", leadEnLb + "Israel insists it keeps the right to strike any threat in Lebanon, which Beirut has also rejected.",
			"ceasefire.retained_rights", []string{"respond_to_violations=retained@israel", "respond_to_violations=not_retained@lebanese_government"}},
		{"a claim the military flatly denied (mindanao mn_017)", "en", "", "The truce between the government and the BIFF is holding. Government troops will be pulled back from five villages of Datu Saudi Ampatuan to the town centre under the truce, the Bangsamoro government said on Tuesday, a claim the military flatly denied.",
			"ceasefire.withdrawal", []string{"armed_forces_of_the_philippines=required@bangsamoro_government", "armed_forces_of_the_philippines=not_required@armed_forces_of_the_philippines"}},
		// Near misses.
		{"which the SNA welcomed", "en", "", leadTr + "The SDF says the deal includes the release of all detainees, which the Syrian National Army welcomed.",
			"ceasefire.exchange", []string{"prisoners=included@sdf"}},
		{"وهو ما ترحب به بيروت", "ar", "", leadLb + "في المقابل، تصر إسرائيل على أنها تحتفظ بحق ضرب أي تهديد في لبنان، وهو ما ترحب به بيروت.",
			"ceasefire.retained_rights", []string{"respond_to_violations=retained@israel"}},
	})
}
