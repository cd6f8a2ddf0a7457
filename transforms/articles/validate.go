package articles

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/tanaqud/tanaqud/schemas"
)

// checkText returns why a text cannot be analyzed, or "" when it can.
func checkText(text string, limits Limits) string {
	if max := limits.maxArticleBytes(); len(text) > max {
		return fmt.Sprintf("article text is %d bytes, over the limit of %d (raise --max_article_bytes)", len(text), max)
	}
	if !utf8.ValidString(text) {
		return fmt.Sprintf("invalid UTF-8 at byte %d (legacy encoding such as Windows-1256? convert to UTF-8)", firstInvalidUTF8(text))
	}
	if strings.TrimSpace(text) == "" {
		return "empty text"
	}
	if why := binaryContent(text); why != "" {
		return why
	}
	return ""
}

func firstInvalidUTF8(s string) int {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// binaryContent flags texts that are not prose: NUL bytes, or control characters or replacement
// characters making up more than 1% of the runes.
func binaryContent(text string) string {
	if i := strings.IndexByte(text, 0); i >= 0 {
		return fmt.Sprintf("binary content: NUL byte at %d", i)
	}
	var runes, junk int
	for _, r := range text {
		runes++
		if r == utf8.RuneError || (unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' && r != '\f') {
			junk++
		}
	}
	if junk*100 > runes {
		return fmt.Sprintf("binary content: %d of %d characters are control or replacement characters", junk, runes)
	}
	return ""
}

// contentID is the id of an article that came without one: a hash of its text, so the same
// article gets the same id in every run.
func contentID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return "sha256-" + hex.EncodeToString(sum[:8])
}

// publishedLayouts are the accepted forms of published_at, most specific first.
var publishedLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02"}

// NormalizePublished returns published_at as RFC 3339 in UTC, or as YYYY-MM-DD when only a day
// is given (the extractor must not invent a time of day). "" stays "".
func NormalizePublished(v string) (string, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return "", nil
	}
	for _, layout := range publishedLayouts {
		t, err := time.Parse(layout, v)
		if err != nil {
			continue
		}
		if layout == "2006-01-02" {
			return t.Format("2006-01-02"), nil
		}
		return t.UTC().Format(time.RFC3339), nil
	}
	return "", fmt.Errorf("published_at %q is not RFC 3339 or YYYY-MM-DD", v)
}

// PublishedMicros converts a normalized published value to microseconds since the epoch, 0 when
// unknown.
func PublishedMicros(v string) int64 {
	if v == "" {
		return 0
	}
	layout := time.RFC3339
	if len(v) == len("2006-01-02") {
		layout = "2006-01-02"
	}
	t, err := time.Parse(layout, v)
	if err != nil {
		return 0
	}
	return t.UnixMicro()
}

// NormalizeLang maps language tags to two-letter codes ("ar-SA" → "ar", "Arabic" → "ar") and
// guesses from the script when the tag is missing.
func NormalizeLang(tag, text string) string {
	t := strings.ToLower(strings.TrimSpace(tag))
	switch {
	case t == "arabic" || t == "ara" || strings.HasPrefix(t, "ar-") || t == "ar":
		return "ar"
	case t == "english" || t == "eng" || strings.HasPrefix(t, "en-") || t == "en":
		return "en"
	case t != "":
		if i := strings.IndexAny(t, "-_"); i > 0 {
			return t[:i]
		}
		return t
	}
	return DetectLang(text)
}

// DetectLang tells Arabic from Latin-script text by counting letters of each script in the
// first few kilobytes.
func DetectLang(text string) string {
	if len(text) > 4096 {
		text = text[:4096]
	}
	var arabic, latin int
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r):
			arabic++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
	}
	switch {
	case arabic == 0 && latin == 0:
		return ""
	case arabic >= latin:
		return "ar"
	}
	return "en"
}

// finish validates a decoded record and hands it to the sink as an article or a reject.
func finish(a schemas.Article, limits Limits, sink Sink) {
	if why := checkText(a.Text, limits); why != "" {
		sink.reject(a.Input, a.Line, why)
		return
	}
	published, err := NormalizePublished(a.Published)
	if err != nil {
		sink.reject(a.Input, a.Line, err.Error())
		return
	}
	a.Published = published
	a.ID = strings.TrimSpace(a.ID)
	if a.ID == "" {
		a.ID = contentID(a.Text)
	}
	a.Lang = NormalizeLang(a.Lang, a.Text)
	sink.Article(a)
}
