package sentences

import "strings"

// Sentences that end without . ! ?: salutations and sign-offs ("Vince," "Thanks,"), labels
// that introduce a sentence ("Description: Our client..."), and e-mail header times
// ("09/20/2000 03:22 PM I will..."). These rules only fire before a Latin word that usually
// starts a sentence, so Arabic text and ordinary commas are left alone.

// closingWords are sign-offs and greetings that stand as a sentence before a name or a
// sentence ("Thanks, Dawn", "Best regards, Al").
var closingWords = map[string]bool{
	"thanks": true, "thank you": true, "best": true, "regards": true, "best regards": true,
	"kind regards": true, "cheers": true, "sincerely": true, "love": true, "yours": true,
	"cordially": true, "respectfully": true, "warm regards": true, "many thanks": true,
}

// greetingWords open a salutation with a name: "Hi David," "Dear Mr. Lavorato:".
var greetingWords = map[string]bool{"hi": true, "hello": true, "dear": true, "hey": true}

// softEnd decides whether the comma or colon at i ends a sentence.
func (s *scanner) softEnd(i int) bool {
	text := s.text
	k, newline := skipSpace(text, i+1)
	if k == i+1 || newline || k >= len(text) {
		return false
	}
	// The lead is the sentence so far; only its last maxLookBehind bytes are examined.
	from, long := s.lastCut, false
	if i-from > maxLookBehind {
		from, long = i-maxLookBehind, true
	}
	lead := strings.TrimSpace(text[from:i])
	if lead == "" || strings.IndexByte(lead, '\n') >= 0 {
		return false
	}
	words := countWords(lead, 4)
	if long {
		words = 4
	}
	if text[i] == ':' && urlEnd(text, k) > k {
		return true // "here is the link: http://..."
	}
	next, _ := runeAt(text, k)
	if !isUpperLatin(next) {
		return false
	}
	starter := startsSentence(text, k)
	if text[i] == ':' {
		prev, _ := runeBefore(text, i)
		if isSpace(prev) || strings.ContainsAny(lead, "([{\"'“‘«") {
			return false // "Az-Zaman : The", "(in 'Language: Its Nature"
		}
		return starter || words <= 3 && isSalutation(lead, words)
	}
	if words > 3 {
		return false
	}
	if len(lead) <= maxClosingBytes && closingWords[strings.ToLower(lead)] || isSalutation(lead, words) {
		return true
	}
	// "Vince, We are..." — a bare name before a sentence.
	return words == 1 && isName(lead) && starter && !sentenceStarters[lead]
}

// maxClosingBytes bounds the sign-offs looked up in closingWords.
const maxClosingBytes = 24

// isSalutation reports "Hi David", "Dear Mr. Smith": a greeting word and a name.
func isSalutation(lead string, words int) bool {
	if words < 2 {
		return false
	}
	first := lead
	if j := strings.IndexByte(lead, ' '); j >= 0 {
		first = lead[:j]
	}
	for g := range greetingWords {
		if strings.EqualFold(first, g) {
			return true
		}
	}
	return false
}

// isName reports a capitalised Latin word that is not an adverb in -ly.
func isName(w string) bool {
	r, _ := runeAt(w, 0)
	if !isUpperLatin(r) || strings.HasSuffix(w, "ly") {
		return false
	}
	for _, r := range w {
		if !isLatinLetter(r) {
			return false
		}
	}
	return true
}

// clockEnd reports "10:53 AM" (the AM/PM ending at i) followed by a capitalised word: the
// time line of an e-mail header.
func (s *scanner) clockEnd(i int) bool {
	text := s.text
	if i < 7 || i >= len(text) || !isSpace(rune(text[i])) {
		return false
	}
	meridiem := text[i-2 : i]
	if meridiem != "AM" && meridiem != "PM" && meridiem != "am" && meridiem != "pm" {
		return false
	}
	j := i - 3
	if text[j] != ' ' {
		j++
	}
	if j < 5 || !isDigit(rune(text[j-1])) || !isDigit(rune(text[j-2])) || text[j-3] != ':' && text[j-3] != '.' {
		return false
	}
	k, newline := skipSpace(text, i)
	if newline || k >= len(text) {
		return false
	}
	r, _ := runeAt(text, k)
	return isUpperLatin(r)
}
