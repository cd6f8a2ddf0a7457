package gazdraft

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// Report writes the candidates as a table a person reads top down: most articles first.
func Report(w io.Writer, cands []Candidate) error {
	if _, err := fmt.Fprintf(w, "%d names the gazetteer does not resolve (most articles first)\n\n", len(cands)); err != nil {
		return err
	}
	for i, c := range cands {
		line := fmt.Sprintf("%3d. %s  [%s", i+1, c.Name, c.Type)
		if c.Cue != "" {
			line += " by «" + c.Cue + "»"
		}
		line += fmt.Sprintf("]  articles %d, mentions %d, %s", c.Articles, c.Mentions, strings.Join(c.Languages, "+"))
		if c.Speakers > 0 {
			line += fmt.Sprintf(", speaker of %d claims given to the outlet", c.Speakers)
		}
		if c.Title != "" {
			line += "  title: " + c.Title
		}
		if _, err := fmt.Fprintln(w, line); err != nil {
			return err
		}
		for _, e := range c.Examples {
			if _, err := fmt.Fprintf(w, "       %s: %s\n", e.Article, e.Sentence); err != nil {
				return err
			}
		}
	}
	return nil
}

// draftEntity is one entity of the skeleton: the gazetteer's fields, and the evidence under
// "draft", a key the gazetteer loader ignores (it tolerates keys it does not use).
type draftEntity struct {
	ID          string              `json:"id"`
	Type        string              `json:"type"`
	Role        string              `json:"role"`
	Label       map[string]string   `json:"label"`
	Aliases     map[string][]string `json:"aliases"`
	Affiliation string              `json:"affiliation,omitempty"`
	Title       map[string]string   `json:"title,omitempty"`
	Country     string              `json:"country,omitempty"`
	Draft       draftNote           `json:"draft"`
}

type draftNote struct {
	Articles  int       `json:"articles"`
	Mentions  int       `json:"mentions"`
	Speakers  int       `json:"speaker_of_outlet_claims,omitempty"`
	Languages []string  `json:"languages"`
	Cue       string    `json:"cue,omitempty"`
	Examples  []Example `json:"examples"`
}

// Skeleton is a gazetteer file of the candidates (role "other", type as guessed, the name as
// label and alias in the language it was read in) for a person to edit: merge the Arabic and
// English entries of one actor, fix types and roles, set affiliations, delete the noise.
func Skeleton(cands []Candidate) ([]byte, error) {
	file := struct {
		Doc      string        `json:"doc"`
		Entities []draftEntity `json:"entities"`
	}{Doc: "DRAFT written by pipelines/gazdraft: every entry is a guess. Merge the entries of one actor across languages, fix type and role, add affiliation and country, delete what is no actor or place, and remove the draft fields."}
	used := map[string]bool{}
	for _, c := range cands {
		lang := "en"
		if len(c.Languages) > 0 {
			lang = c.Languages[0]
		}
		if isArabic(c.Name) {
			lang = "ar"
		}
		typ := c.Type
		if typ == "unknown" {
			typ = "organization"
		}
		id := slug(c.Name)
		if id == "" {
			id = "draft"
		}
		for base, n := id, 2; used[id]; n++ {
			id = fmt.Sprintf("%s_%d", base, n)
		}
		used[id] = true
		e := draftEntity{ID: id, Type: typ, Role: "other", Label: map[string]string{lang: c.Name}, Aliases: map[string][]string{lang: {c.Name}},
			Draft: draftNote{Articles: c.Articles, Mentions: c.Mentions, Speakers: c.Speakers, Languages: c.Languages, Cue: c.Cue, Examples: c.Examples}}
		if c.Title != "" {
			e.Title = map[string]string{lang: c.Title}
		}
		file.Entities = append(file.Entities, e)
	}
	return json.MarshalIndent(file, "", " ")
}

func isArabic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) {
			return true
		}
	}
	return false
}

// arabicLatin transliterates the Arabic letters roughly, for ids only.
var arabicLatin = map[rune]string{'ا': "a", 'أ': "a", 'إ': "i", 'آ': "a", 'ب': "b", 'ت': "t", 'ث': "th", 'ج': "j", 'ح': "h", 'خ': "kh", 'د': "d", 'ذ': "dh",
	'ر': "r", 'ز': "z", 'س': "s", 'ش': "sh", 'ص': "s", 'ض': "d", 'ط': "t", 'ظ': "z", 'ع': "", 'غ': "gh", 'ف': "f", 'ق': "q", 'ك': "k", 'ل': "l",
	'م': "m", 'ن': "n", 'ه': "h", 'و': "w", 'ي': "y", 'ى': "a", 'ة': "a", 'ء': "", 'ئ': "e", 'ؤ': "o"}

// slug is an id made of the name: lower-case ASCII words joined by underscores.
func slug(name string) string {
	var b strings.Builder
	sep := false
	for _, r := range strings.ToLower(name) {
		if t, ok := arabicLatin[r]; ok {
			if sep && b.Len() > 0 {
				b.WriteByte('_')
			}
			sep = false
			b.WriteString(t)
			continue
		}
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if sep && b.Len() > 0 {
				b.WriteByte('_')
			}
			sep = false
			b.WriteRune(r)
			continue
		}
		if r != '\'' && r != '’' {
			sep = true
		}
	}
	return b.String()
}
