package claims

// Leads and publication times shared by the table cases: sentences are written for the purpose
// about Yemen (UTC+3) and Syria; articles are published on Tuesday 14 October 2025 unless undated.

const yemenLead = "The Houthis and the Yemeni government agreed to a ceasefire in Hodeidah on Tuesday. "

const yemenLeadAr = "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في الحديدة يوم الثلاثاء. "

// Leads that place the ceasefire in the country, not in a city: they make no scope claim.
const yemenCountryLead = "The Houthis and the Yemeni government agreed to a ceasefire in Yemen on Tuesday. "

const yemenCountryLeadAr = "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في اليمن يوم الثلاثاء. "

const syriaLeadAr = "اتفقت الحكومة السورية والمعارضة المسلحة على وقف لإطلاق النار في سوريا يوم الخميس. "

// Units named by where they operate need a gazetteer with units; only the Fano commands have
// them, so these sentences (written for the purpose) use them.
const fanoLead = "The Ethiopian government and Fano agreed to a ceasefire in Amhara on Monday. "

const syriaLead = "The Syrian government and the armed opposition agreed to a ceasefire in Syria on Thursday. "

const pubTue = "2025-10-14T08:00:00Z" // 11:00 in Sanaa

const pubTueAr = "2025-10-14T11:00:00+03:00" // the same instant
