package claims

// Round 17 on actor sets and talks (local truces: districts, tribes, religious seats): the
// constructions of basra and tabbaneh read as general usage, with probes from other wars and
// other wordings where the cue occurs and the claim does not hold.

import (
	"testing"

	"github.com/tanaqud/tanaqud/schemas"
)

const (
	tripoliLead   = "TRIPOLI, Lebanon, May 13 (Beacon) - Clashes in Tripoli, Lebanon, killed three people on Thursday. "
	tripoliLeadAr = "طرابلس، لبنان - قتل ثلاثة أشخاص في اشتباكات في طرابلس اللبنانية. "
	basraLeadAr   = "البصرة، العراق - اندلعت اشتباكات عشائرية في شمال البصرة في العراق. "
)

// TestActors17DistrictsAsSides: after "between", a district whose gazetteer entry speaks for its
// armed men stands for them, as a capital for its state; a district that speaks for nobody stays
// a place.
func TestActors17DistrictsAsSides(t *testing.T) {
	runCases(t, []mechanismCase{
		{"en a truce between two districts", "en", "", tripoliLead + "A ceasefire between Bab al-Tabbaneh and Jabal Mohsen will come into effect at midnight, the Lebanese army said.", "ceasefire.parties",
			[]string{"jabal_mohsen_gunmen,tabbaneh_gunmen@lebanese_army"}},
		{"ar a truce between two districts", "ar", "", tripoliLeadAr + "أُعلن اليوم عن التوصل إلى وقف لإطلاق النار بين باب التبانة وجبل محسن.", "ceasefire.parties",
			[]string{"jabal_mohsen_gunmen,tabbaneh_gunmen@outlet"}},
		// Probes.
		{"probe: a street between two districts", "ar", "", tripoliLeadAr + "وبدأ الجيش انتشاره على طول شارع سوريا الفاصل بين التبانة وجبل محسن بعد الهدنة.", "ceasefire.parties",
			nil},
		{"probe: districts that speak for nobody", "en", "", "The truce between al-Qurna and al-Deir districts took effect at midnight, Iraqi officials said.", "ceasefire.parties",
			nil},
		{"probe: a road between two cities", "ar", "", basraLeadAr + "وأعيد فتح الطريق الرابط بين البصرة والعمارة بعد الهدنة.", "ceasefire.parties",
			nil},
	})
}

// TestActors17BetweenEndsAtBroker: the list of sides after "between" ends where a cue of
// brokering or guaranteeing starts; who follows brokers.
func TestActors17BetweenEndsAtBroker(t *testing.T) {
	runCases(t, []mechanismCase{
		{"ar sponsorship after the sides", "ar", "", basraLeadAr + "وأفادت مصادر عشائرية بأن الصلح المؤقت بين بني راشد والغزالات تم برعاية مكتب رئيس الوزراء العراقي.", "ceasefire.parties",
			[]string{"al_ghazalat,bani_rashed@sources"}},
		{"ar another war, mediation after the sides", "ar", "", "قال مسؤولون إن الهدنة بين الجيش السوداني وقوات الدعم السريع تمت بوساطة سعودية.", "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@sources"}},
		{"en brokered after the sides", "en", "", "The truce between Hamas and Israel was brokered by Egypt and Qatar, officials said.", "ceasefire.parties",
			[]string{"hamas,israel@sources"}},
	})
}

// TestActors17SiteVenues: a district or a building of one country named right after the
// locative of talks, or of a meeting in a sentence about the agreement, is where the talks sat;
// an international body, a meeting where someone spoke, and a meeting about nothing agreed are
// not.
func TestActors17SiteVenues(t *testing.T) {
	runCases(t, []mechanismCase{
		{"en talks at a religious seat", "en", "", tripoliLead + "Talks on a truce were under way at Dar al-Fatwa, security sources said.", "talks.venue",
			[]string{"dar_al_fatwa_tripoli@sources"}},
		{"ar a meeting held at a religious seat", "ar", "", tripoliLeadAr + "أُعلن بعد صلاة الجمعة عن التوصل إلى وقف لإطلاق النار بين باب التبانة وجبل محسن، إثر اجتماع موسع عُقد في دار الفتوى في طرابلس.", "talks.venue",
			[]string{"dar_al_fatwa_tripoli@outlet"}},
		{"ar verb first, the place before the meeting", "ar", "", tripoliLeadAr + "عُقد مساء اليوم في دار الفتوى اجتماع للبحث في التوصل إلى وقف لإطلاق النار.", "talks.venue",
			[]string{"dar_al_fatwa_tripoli@outlet"}},
		{"en the truce agreed at a building", "en", "", tripoliLead + "The truce, agreed last Friday at Dar al-Fatwa, remains in force.", "talks.venue",
			[]string{"dar_al_fatwa_tripoli@outlet"}},
		{"en a session to be held in a district", "en", "", "BASRA, Iraq, March 14 (Wire) - The deal has been extended, with a final sulh session to be held in al-Madina next Friday, Governor al-Kinani said.", "talks.venue",
			[]string{"al_madina@diyaa_al_kinani"}},
		{"ar a meeting that is what was said", "ar", "", tripoliLeadAr + "وأشار النائب إلى أن اللجنة ستعقد اجتماعاً موسعاً الخميس المقبل في دار الفتوى لتثبيت التهدئة.", "talks.venue",
			[]string{"dar_al_fatwa_tripoli@outlet"}},
		{"ar the place before a relative clause on the meeting", "ar", "", basraLeadAr + "وأفادت مصادر عشائرية بأن الصلح المؤقت تم بعد أن أوفد المكتب مستشاراً إلى مضيف الشيخ في القرنة، حيث عُقد الاجتماع الحاسم.", "talks.venue",
			[]string{"al_qurna@sources"}},
		{"en the place before a relative clause on the talks", "en", "", "KHARTOUM, Sudan - The two sides agreed to a truce after officials flew to Jeddah, where the talks were held, a diplomat said.", "talks.venue",
			[]string{"jeddah@sources"}},
		// Probes.
		{"probe: ar a relative clause on something else", "ar", "", basraLeadAr + "وعاد النازحون إلى القرنة، حيث عُقد الاجتماع الأسبوعي لمجلس القضاء بشأن الخدمات.", "talks.venue",
			nil},
		{"probe: en a place and a relative clause with no meeting", "en", "", "KHARTOUM, Sudan - The two sides agreed to a truce, and aid reached El Fasher, where thousands are trapped.", "talks.venue",
			nil},
		{"probe: en a press conference at a ministry in a capital", "en", "", "BAGHDAD, Iraq - The minister said at a press conference at the ministry in Baghdad that the ceasefire in Basra was holding.", "talks.venue",
			nil},
		{"probe: a press conference at an office", "ar", "", tripoliLeadAr + "أوضح النائب نديم علم الدين، في مؤتمر صحافي عقده في مكتب لجنة نواب طرابلس، أن الاتفاق صامد.", "talks.venue",
			nil},
		{"probe: talks at an international body", "en", "", "Misseriya and Ngok Dinka leaders agreed to a truce after talks at the African Union, officials said.", "talks.venue",
			nil},
		{"probe: a meeting at a seat on something else", "ar", "", tripoliLeadAr + "عُقد مساء اليوم في دار الفتوى اجتماع لبحث أوضاع المساجد.", "talks.venue",
			nil},
		{"probe: the city itself in Iraqi coverage", "ar", "", "وقال مسؤول عراقي إن الجولة المقبلة من اجتماعات اللجنة التنسيقية المشتركة بشأن الاتفاق ستعقد في المدينة نفسها.", "talks.venue",
			nil},
		{"probe: a cabinet meeting two words before the capital", "en", "", "The Iraqi cabinet held a meeting on Monday in Baghdad and approved the ceasefire agreement.", "talks.venue",
			nil},
		{"probe: ar a cabinet meeting two words before the capital", "ar", "", "وعقد مجلس الوزراء اجتماعه الأسبوعي أمس في بغداد وصادق على اتفاق وقف إطلاق النار.", "talks.venue",
			nil},
		{"probe: talks over the fighting in a region", "en", "", "The government and the TPLF held talks over the fighting in Tigray on Monday, officials said.", "talks.venue",
			nil},
		{"probe: ar talks on the situation in a region", "ar", "", "وقال مسؤولون إن المحادثات حول الوضع الإنساني في دارفور ستستأنف الأسبوع المقبل.", "talks.venue",
			nil},
		{"probe: a district where fighting took place", "en", "", "Fighting in al-Madina district killed two people before the truce, police said.", "talks.venue",
			nil},
	})
}

// TestActors17ArmyOfTheTheatre: in English coverage of Lebanon "the army" is the Lebanese
// army, as "الجيش" already was, even where the city of Tripoli brings Libya's names into play.
func TestActors17ArmyOfTheTheatre(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the army alone monitors, Lebanese Tripoli", "en", "", "TRIPOLI, Lebanon, May 15 (Beacon) - Lebanese troops deployed along Syria Street as a truce between Bab al-Tabbaneh and Jabal Mohsen held. The army will be the only body monitoring the ceasefire, the Lebanese army said.", "ceasefire.monitors",
			[]string{"only:lebanese_army@lebanese_army"}},
		// Probe: Libyan coverage keeps its own army.
		{"probe: the army in Libya", "en", "", "TRIPOLI, Libya, April 8 (Wire) - The LNA and the GNU agreed to a ceasefire around Sirte. The army will be the only body monitoring the ceasefire, the LNA said.", "ceasefire.monitors",
			[]string{"only:libyan_national_army@libyan_national_army"}},
	})
}

// TestActors17FollowUpOnBreaches: following up on breaches is monitoring the truce.
func TestActors17FollowUpOnBreaches(t *testing.T) {
	runCases(t, []mechanismCase{
		{"ar a committee follows up on breaches with the army", "ar", "", basraLeadAr + "وتنص وثيقة العطوة على وقف إطلاق النار، على أن تتولى لجنة شيوخ العشائر متابعة الخروقات بالتنسيق مع قيادة عمليات البصرة.", "ceasefire.monitors",
			[]string{"basra_operations_command,basra_sheikhs_committee@outlet"}},
		{"en follow up on any breach", "en", "", yemenLead + "Oman will follow up on any breach of the truce, the Houthis said.", "ceasefire.monitors",
			[]string{"oman@houthis"}},
		// Probes.
		{"probe: breaches of a contract", "en", "", "The labour ministry will follow up on breaches of the new wage law, officials said.", "ceasefire.monitors",
			nil},
		{"probe: negated", "ar", "", yemenLeadAr + "وقالت الحكومة إن سلطنة عمان لن تتولى متابعة الخروقات.", "ceasefire.monitors",
			nil},
	})
}

// TestActors17GenericMemberRefersBack: a member named by a generic context alias ("the
// committee") after a body with that noun was named, if only in a person's title ("a member of
// the sheikhs' mediation committee"), is that body, not the one the alias names by default.
func TestActors17GenericMemberRefersBack(t *testing.T) {
	const lead = "BASRA, Iraq, March 13 (Tigris Wire) - A senior member of the sheikhs' mediation committee rejected the clan's position. "
	runCases(t, []mechanismCase{
		{"the committee is the one named before", "en", "", lead + "\"The atwa binds every clan of the tribe,\" Sheikh Abdul-Amir al-Zubaidi told Tigris Wire, adding that the committee, not the army, would follow up on any breach of the truce.", "ceasefire.monitors",
			[]string{"basra_sheikhs_committee@abdul_amir_al_zubaidi"}},
		// Probe: no committee named before: the alias keeps its default referent.
		{"probe: no committee named before", "en", "", "KIRKUK, Iraq, June 7 (Zagros Wire) - Police reported calm in the city. Officials said the committee would monitor the ceasefire.", "ceasefire.monitors",
			[]string{"kirkuk_jcc@sources"}},
	})
}

// TestActors17TribalGuarantee: the tribal guarantee (كفالة, كفل; "stood surety for") and the
// past verb with the truce as object pronoun (التي ضمنتها X) name guarantors; a force right
// after a guarantee cue guarantees, farther off it is a side or what is guaranteed.
func TestActors17TribalGuarantee(t *testing.T) {
	runCases(t, []mechanismCase{
		{"ar kafala noun", "ar", "", basraLeadAr + "ووقّع على وثيقة العطوة شيوخ بني راشد والغزالات، بكفالة لجنة شيوخ العشائر.", "ceasefire.guarantors",
			[]string{"basra_sheikhs_committee@outlet"}},
		{"ar relative, guaranteed it, a force right after", "ar", "", basraLeadAr + "وقال المتحدث إن عودة الكوادر مرهونة بصمود الهدنة التي ضمنتها قيادة عمليات البصرة.", "ceasefire.guarantors",
			[]string{"basra_operations_command@outlet"}},
		{"en stood surety for the truce", "en", "", "BASRA, Iraq, March 13 (Tigris Wire) - The sheikhs had stood surety for the truce on behalf of both tribes, as custom requires, a mediator said.", "ceasefire.guarantors",
			[]string{"basra_sheikhs_committee@basra_sheikhs_committee"}},
		// Probes.
		{"probe: released on bail", "ar", "", basraLeadAr + "وأفرجت السلطات عن ثلاثة من المحتجزين بكفالة مالية بعد سريان الهدنة.", "ceasefire.guarantors",
			nil},
		{"probe: a force that guarantees security", "en", "", "The IDF will redeploy in a manner that guarantees the security of the residents of the south, and Israel retains the right to respond to violations of the ceasefire.", "ceasefire.guarantors",
			nil},
	})
}

// TestActors17RoleCueEndsList: the members of one role's cue end where another role's cue
// starts ("رُعي بضمانة قطرية": who follows guarantees, not sponsors); an "only" set off by a comma
// before a cue whose list follows it qualifies the phrase before the comma.
func TestActors17RoleCueEndsList(t *testing.T) {
	runCases(t, []mechanismCase{
		{"ar sponsored under a guarantee: guarantors", "ar", "", tripoliLeadAr + "وكان الاتفاق قد رُعي بضمانة قطرية، وفق ما يردده قادة المحاور في التبانة.", "ceasefire.guarantors",
			[]string{"qatar@tabbaneh_gunmen"}},
		{"ar sponsored under a guarantee: no mediator", "ar", "", tripoliLeadAr + "وكان الاتفاق قد رُعي بضمانة قطرية، وفق ما يردده قادة المحاور في التبانة.", "ceasefire.mediators",
			nil},
		{"ar mediation led with a party, one role", "ar", "", "جاءت الهدنة ثمرة وساطة قادتها قطر بالتعاون مع الولايات المتحدة.", "ceasefire.mediators",
			[]string{"qatar,united_states@outlet"}},
		{"ar only before the comma belongs to the signers", "ar", "", basraLeadAr + "ووقّع على وثيقة العطوة شيوخ بني راشد والغزالات وحدهم، بكفالة لجنة شيوخ العشائر.", "ceasefire.guarantors",
			[]string{"basra_sheikhs_committee@outlet"}},
		// Probe: "only" inside the guarantor's own phrase still makes it exhaustive.
		{"probe: only after the cue", "ar", "", yemenLeadAr + "وقال الحوثيون إن الاتفاق تم بضمانة سلطنة عمان وحدها.", "ceasefire.guarantors",
			[]string{"only:oman@houthis"}},
	})
}

// TestActors17MeetingAtPremises: a meeting at a body's premises in a city ("at the governor's
// office in Basra") sat in that city; a noun right after an article that is also a verb of
// saying ("signed a pledge") makes the meeting no occasion of a statement. Values only:
// who speaks in such a sentence is the speakers' rules' business.
func TestActors17MeetingAtPremises(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct{ name, text, want string }{
		{"en the governor's office in Basra", "BASRA, Iraq, March 14 (Wire) - Sheikhs from both tribes signed a pledge at a meeting at the governor's office in Basra on Thursday night, committing to a ceasefire.", "basra"},
		{"probe: en said at a press conference at a ministry in a city", "BAGHDAD, Iraq - The minister said at a press conference at the ministry in Baghdad that the ceasefire in Basra was holding.", ""},
		{"probe: en a spokesman said at a press conference at a ministry", "BAGHDAD, Iraq - A spokesman said at a press conference at the ministry in Baghdad that the ceasefire in Basra was holding.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			for _, c := range x.Analyze(schemas.Article{ID: "t", Lang: "en", Text: tc.text}).Claims {
				if c.Topic == "talks.venue" {
					got = c.Value
				}
			}
			if got != tc.want {
				t.Errorf("%s\ntalks.venue = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
