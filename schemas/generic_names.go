package schemas

import (
	"strings"
	"unicode"
)

// GenericNames are generic_name_words.json's words by language, folded as GenericName folds a
// name's words: what a name made of them alone is ("a joint monitoring committee", «اللجنة
// المشتركة»): a description any war's coverage gives its own body, no proper name.
type GenericNames map[string]map[string]bool

// LoadGenericNames folds GenericNameWords into lookup sets.
func LoadGenericNames() (GenericNames, error) {
	lists, err := GenericNameWords()
	if err != nil {
		return nil, err
	}
	out := GenericNames{}
	for lang, words := range lists {
		out[lang] = map[string]bool{}
		for _, w := range words {
			out[lang][foldGenericWord(w)] = true
		}
	}
	return out, nil
}

// GenericName: name has a word and every word of it is generic in lang (genericWord).
func (g GenericNames) GenericName(lang, name string) bool {
	ws := strings.Fields(name)
	for _, w := range ws {
		if !genericWord(g[lang], w) {
			return false
		}
	}
	return len(ws) > 0
}

// foldGenericWord lowercases a word and folds Arabic harakat, tatweel and hamza-carrying alifs,
// so that a listed word matches its spellings.
func foldGenericWord(w string) string {
	var sb strings.Builder
	for _, r := range strings.ToLower(w) {
		switch {
		case r >= 0x064B && r <= 0x0652 || r == 0x0640:
			continue
		case r == 'أ' || r == 'إ' || r == 'آ':
			r = 'ا'
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// genericWord: w is listed, once folded and stripped of an English possessive or of Arabic
// clitics and the article (والقوات, للجنة, بالحكومة), or is a number.
func genericWord(words map[string]bool, w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(foldGenericWord(w), "'s"), "’s")
	if w == "" || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0 {
		return true
	}
	forms := []string{w}
	for _, p := range []string{"و", "ف", "ب", "ل"} {
		if rest, ok := strings.CutPrefix(w, p); ok && len([]rune(rest)) > 2 {
			forms = append(forms, rest)
		}
	}
	for _, f := range forms {
		if words[f] {
			return true
		}
		for _, article := range []string{"ال", "لل"} {
			if rest, ok := strings.CutPrefix(f, article); ok && words[rest] {
				return true
			}
		}
	}
	return false
}
