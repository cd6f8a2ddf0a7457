package claims

// subjectsWindow: how far from the verb of agreeing or signing (or from the names after it)
// the truce noun may be for its subjects to be the truce's sides.
const subjectsWindow = 12

// subjectsWindowAnchor: where the truce noun's distance is counted from. In verb-subject order
// the object follows the names and their adjuncts of time and place ("وقّع الجيش السوداني
// والحركة الشعبية لتحرير السودان – شمال مساء اليوم الخميس في جوبا اتفاقاً لوقف العدائيات",
// "وقّعت حكومة أرض الصومال وإدارة إس إس سي-خاتمة مساء اليوم في أديس أبابا اتفاقاً لوقف إطلاق
// النار"), so long names do not push it out of reach: the count starts past the last name.
// Otherwise it starts at the verb.
func (ac *articleContext) subjectsWindowAnchor(h hit, ms []mention) int {
	if len(ms) > 0 && ms[0].start >= h.end {
		return ms[len(ms)-1].end
	}
	return h.start
}
