package claims

import (
	"math"
	"strconv"
	"strings"
)

// numExpr is one quantity in a sentence as an interval: "62 ألف" = [62000, 62000],
// "أكثر من 60 ألف" = [60000, +Inf].
type numExpr struct {
	start, end int // tokens, approximator included
	value      float64
	low, high  float64
}

// parseNumbers finds the quantities of a sentence.
func (ac *articleContext) parseNumbers(si *sentInfo) []numExpr {
	if !si.has[catNumWord] && !si.has[catMultiplier] && !si.hasNumber() {
		return nil
	}
	out := ac.sc.nums[:0] // numberRules, the only caller, is done with it before the next sentence
	n := len(si.toks)
	for i := 0; i < n; i++ {
		if si.starts[i]&(1<<catApprox|1<<catNumWord|1<<catMultiplier) == 0 && !si.toks[i].number {
			continue // neither an approximator nor a number starts here
		}
		start := i
		approx := ""
		if h, ok := si.hitAt(catApprox, i); ok {
			approx = ac.l.approx[h.idx]
			i = h.end
		}
		v, j := ac.numberAt(si, i)
		if j == i {
			i = start
			continue
		}
		ne := numExpr{start: start, end: j, value: v, low: v, high: v}
		switch approx {
		case "about":
			// "about 25,000": within a tenth either way, rounded to what a count can be so
			// that 1.1 × 25000 reads 27500, not 27500.000000000004.
			ne.low, ne.high = roundCount(v*0.9), roundCount(v*1.1)
		case "more", "at_least":
			ne.low, ne.high = v, math.Inf(1)
		case "less", "at_most":
			ne.low, ne.high = 0, v
		}
		out = append(out, ne)
		i = j - 1
	}
	ac.sc.nums = out
	return out
}

// digitSeparators drops thousands separators and reads the Arabic decimal mark as a point.
var digitSeparators = strings.NewReplacer(",", "", "٬", "", "٫", ".")

// digitsValue reads the text of a digits token, thousands separators and the Arabic decimal
// mark included.
func digitsValue(s string) (float64, bool) {
	if strings.ContainsAny(s, ",٬٫") {
		s = digitSeparators.Replace(s)
	}
	f, err := strconv.ParseFloat(s, 64)
	return f, err == nil
}

// numberAt reads digits or number words at token i, with multipliers (ألف, thousand) and
// compounds joined by و/and (خمسة وعشرين). It returns the value and the token after it.
func (ac *articleContext) numberAt(si *sentInfo, i int) (float64, int) {
	n := len(si.toks)
	if i >= n {
		return 0, i
	}
	var v float64
	j := i
	if si.toks[i].number {
		f, ok := digitsValue(si.toks[i].text)
		if !ok {
			return 0, i
		}
		v, j = f, i+1
	} else {
		// Words combine as a reader does: a hundred multiplies what precedes it ("three
		// hundred", "ثلاث مئة"), a thousand or a million closes a group ("أربعين ألف", "ألف
		// ومئتي" 1200, "a thousand"), anything else adds ("one hundred and twenty").
		var total, group float64
		if !ac.leadingMultiplierOK(si, i) {
			return 0, i
		}
		for j < n {
			w, e, ok := ac.numberWordAt(si, j)
			if !ok {
				break
			}
			switch {
			case w == 100:
				group = max(group, 1) * 100
			case w >= 1000 && w == float64(int(w)) && isPowerOfThousand(w):
				total += max(group, 1) * w
				group = 0
			default:
				group += w
			}
			j = e
			// Compounds "twenty-five", "sixty and ..." (numbers.conjunctions); an Arabic clitic و
			// is stripped by the matcher.
			if t := si.tokText(j); ac.l.fw.conjunctions[t] && j+1 < n {
				if _, ok := ac.numWordAt(si, j+1); ok {
					j++
				}
			}
		}
		if j == i {
			return 0, i
		}
		v = total + group
		return v, digitsRestated(si, j, v)
	}
	if h, ok := si.hitAt(catMultiplier, j); ok {
		v *= ac.l.multipl[h.idx]
		j = h.end
	}
	return v, j
}

// numberWordAt reads one number word or multiplier at j: its value and the token after it.
func (ac *articleContext) numberWordAt(si *sentInfo, j int) (float64, int, bool) {
	if h, ok := ac.numWordAt(si, j); ok {
		return ac.l.numWords[h.idx], h.end, true
	}
	if h, ok := si.hitAt(catMultiplier, j); ok {
		return ac.l.multipl[h.idx], h.end, true
	}
	return 0, j, false
}

// leadingMultiplierOK: a multiplier that opens a number counts only as "a thousand" or with a
// number word after it ("ألف ومئتي"): a bare "آلاف", "thousands" is no count.
func (ac *articleContext) leadingMultiplierOK(si *sentInfo, i int) bool {
	h, ok := si.hitAt(catMultiplier, i)
	if !ok {
		return true
	}
	if _, word := ac.numWordAt(si, i); word {
		return true // "hundred" is a word too
	}
	if ac.l.fw.indefiniteArticles[si.tokText(i-1)] && h.exact {
		return true
	}
	_, next := ac.numWordAt(si, h.end)
	return next
}

// isPowerOfThousand: 1000, 1000000, ...: a word that closes a group of three digits.
func isPowerOfThousand(w float64) bool {
	for w >= 1000 && math.Mod(w, 1000) == 0 {
		w /= 1000
	}
	return w == 1
}

// numWordAt matches a number word, also in its other case (ستين for ستون).
func (ac *articleContext) numWordAt(si *sentInfo, j int) (hit, bool) {
	if h, ok := si.hitAt(catNumWord, j); ok {
		// Don't read "ست" out of "ستين": prefer a case variant that names the whole word.
		return h, true
	}
	return hit{}, false
}

// formatNumber renders a number without exponent or trailing zeros.
func formatNumber(f float64) string {
	if math.IsInf(f, 1) {
		return "inf"
	}
	if math.IsInf(f, -1) {
		return "-inf"
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// numericValue renders an interval as the gold format does: "62000" or "[60000,inf]".
// roundCount rounds away the float noise of a product: to six decimals.
func roundCount(x float64) float64 {
	return math.Round(x*1e6) / 1e6
}

func numericValue(low, high float64) string {
	if low == high {
		return formatNumber(low)
	}
	return "[" + formatNumber(low) + "," + formatNumber(high) + "]"
}

// numberCases returns a number word with its other grammatical case (lexicon case_endings):
// Arabic tens are ستون in the nominative and ستين otherwise; listing one is enough. The second
// ending of a pair is changed back only on words of more than three letters (اثنين has no
// nominative *اثنون).
func numberCases(w string, endings [][2]string) []string {
	f := foldCue(w)
	out := []string{w}
	for _, e := range endings {
		a, b := foldCue(e[0]), foldCue(e[1])
		switch {
		case strings.HasSuffix(f, a):
			return append(out, strings.TrimSuffix(f, a)+b)
		case strings.HasSuffix(f, b) && runeLen(f) > 3:
			return append(out, strings.TrimSuffix(f, b)+a)
		}
	}
	return out
}

// hasNumber reports whether the sentence has a digit token.
func (si *sentInfo) hasNumber() bool {
	for i := range si.toks {
		if si.toks[i].number {
			return true
		}
	}
	return false
}

// digitsRestated: the number words that end before j are restated in digits between round
// brackets, as official texts write a term ("for an initial period of ninety (90) days", «ولمدة
// ثلاثين (٣٠) يوماً»): the token after the closing bracket, so that the unit follows the
// number. Digits of another value ("ninety (see annex 2) days", "three (4)") are no restatement
// and leave j.
func digitsRestated(si *sentInfo, j int, v float64) int {
	if j+2 >= len(si.toks) || si.toks[j].text != "(" || !si.toks[j+1].number || si.toks[j+2].text != ")" {
		return j
	}
	if f, ok := digitsValue(si.toks[j+1].text); !ok || f != v {
		return j
	}
	return j + 3
}
