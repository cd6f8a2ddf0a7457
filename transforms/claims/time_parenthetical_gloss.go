package claims

// glossWindow: how far from the time expression te a start cue gives it its tense. A time in
// brackets glosses a time before it in another clock ("took effect at midnight on Wednesday,
// Sanaa time (2100 GMT Wednesday)", «عند منتصف الليل بتوقيت صنعاء (21:00 بتوقيت غرينتش)»): the
// cue stands before the glossed time, up to twelve tokens back; elsewhere the window is w.
func glossWindow(si *sentInfo, te timeExpr, w int) int {
	if te.start > 0 && si.tokText(te.start-1) == "(" {
		return max(w, 12)
	}
	return w
}
