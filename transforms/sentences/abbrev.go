package sentences

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviationData lists abbreviations by how they behave before the next word (see the file).
//
//go:embed abbreviations.txt
var abbreviationData string

type abbrevClass uint8

const (
	notAbbrev    abbrevClass = iota
	titleAbbrev              // never ends a sentence: Mr., Gen., J., د.
	numberAbbrev             // does not end before a number: No. 5, Dec. 16
	nocaseAbbrev             // ends only before a capitalised word: etc., U.S., Inc.
)

var abbreviations = parseAbbreviations(abbreviationData)

// starterData lists capitalised words that usually begin a sentence; after an ambiguous
// abbreviation ("etc.", "U.S.") they mark a sentence end.
//
//go:embed starters.txt
var starterData string

var sentenceStarters = parseWords(starterData)

func parseWords(data string) map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(data, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			for _, w := range strings.Fields(line) {
				m[w] = true
			}
		}
	}
	return m
}

func parseAbbreviations(data string) map[string]abbrevClass {
	classes := map[string]abbrevClass{"title": titleAbbrev, "number": numberAbbrev, "nocase": nocaseAbbrev}
	m := map[string]abbrevClass{}
	for _, line := range strings.Split(data, "\n") {
		fields := strings.Fields(line)
		if len(fields) != 2 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		if c, ok := classes[fields[0]]; ok {
			m[fields[1]] = c
		}
	}
	return m
}

// classifyAbbrev says how the word before a period (without the period) behaves. afterNumber
// reports whether the word follows a number (٢٠١٦ م. is a year ending a sentence, not a title).
func classifyAbbrev(word string, afterNumber bool) abbrevClass {
	if word == "" {
		return notAbbrev
	}
	if c, ok := abbreviations[word]; ok {
		return c
	}
	r, size := utf8.DecodeRuneInString(word)
	if size == len(word) {
		switch {
		case unicode.IsUpper(r) && r < 0x250: // a Latin initial: J. Smith
			return titleAbbrev
		case isArabicLetter(r) && !afterNumber: // د. م. أ. before a name
			return titleAbbrev
		}
		return notAbbrev
	}
	if isInitialism(word) {
		return nocaseAbbrev
	}
	return notAbbrev
}

// isInitialism reports runs of single letters separated by periods: U.S, e.g, a.k.a.
func isInitialism(word string) bool {
	letters := 0
	expectLetter := true
	for _, r := range word {
		if expectLetter {
			if !unicode.IsLetter(r) {
				return false
			}
			letters++
		} else if r != '.' {
			return false
		}
		expectLetter = !expectLetter
	}
	return letters >= 2 && !expectLetter
}
