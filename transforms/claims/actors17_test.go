package claims

// Round 17 on actor sets and talks (local truces: districts, tribes, religious seats): the
// constructions of basra and tabbaneh read as general usage, with probes from other wars and
// other wordings where the cue occurs and the claim does not hold.

import "testing"

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
		// Probes.
		{"probe: a press conference at an office", "ar", "", tripoliLeadAr + "أوضح النائب نديم علم الدين، في مؤتمر صحافي عقده في مكتب لجنة نواب طرابلس، أن الاتفاق صامد.", "talks.venue",
			nil},
		{"probe: talks at an international body", "en", "", "Misseriya and Ngok Dinka leaders agreed to a truce after talks at the African Union, officials said.", "talks.venue",
			nil},
		{"probe: a meeting at a seat on something else", "ar", "", tripoliLeadAr + "عُقد مساء اليوم في دار الفتوى اجتماع لبحث أوضاع المساجد.", "talks.venue",
			nil},
		{"probe: the city itself in Iraqi coverage", "ar", "", "وقال مسؤول عراقي إن الجولة المقبلة من اجتماعات اللجنة التنسيقية المشتركة بشأن الاتفاق ستعقد في المدينة نفسها.", "talks.venue",
			nil},
		{"probe: a district where fighting took place", "en", "", "Fighting in al-Madina district killed two people before the truce, police said.", "talks.venue",
			nil},
	})
}
