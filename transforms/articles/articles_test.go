package articles

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/parquet-go/parquet-go"

	"github.com/tanaqud/tanaqud/schemas"
)

// collect parses one file and returns what the sink saw.
func collect(t *testing.T, name string, data []byte, limits Limits) ([]schemas.Article, []schemas.RejectRow) {
	t.Helper()
	var arts []schemas.Article
	var rejects []schemas.RejectRow
	sink := Sink{
		Article: func(a schemas.Article) { arts = append(arts, a) },
		Reject:  func(r schemas.RejectRow) { rejects = append(rejects, r) },
	}
	if err := Parse(name, bytes.NewReader(data), limits, sink); err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return arts, rejects
}

func TestParseText(t *testing.T) {
	tests := []struct {
		name, file, text string
		limits           Limits
		wantID, wantLang string
		wantReject       string // substring of the reason; "" = accepted
	}{
		{name: "arabic", file: "dir/000_abc.txt", text: "اعلن الرئيس الروسي.", wantID: "000_abc", wantLang: "ar"},
		{name: "english with BOM", file: "a.b.txt", text: "\uFEFFRussia said so.", wantID: "a.b", wantLang: "en"},
		{name: "gz name", file: "x/y.txt.gz", text: "text", wantID: "y", wantLang: "en"},
		{name: "empty", file: "e.txt", text: " \n\t ", wantReject: "empty text"},
		{name: "invalid utf8", file: "w.txt", text: "abc\xe7\xed", wantReject: "invalid UTF-8 at byte 3"},
		{name: "binary", file: "b.txt", text: "PK\x03\x04\x00\x00junk", wantReject: "binary content"},
		{name: "control junk", file: "c.txt", text: strings.Repeat("a\x01", 50), wantReject: "binary content"},
		{name: "oversized", file: "o.txt", text: strings.Repeat("x", 101), limits: Limits{MaxArticleBytes: 100}, wantReject: "over the limit of 100"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts, rejects := collect(t, tc.file, []byte(tc.text), tc.limits)
			if tc.wantReject != "" {
				if len(arts) != 0 || len(rejects) != 1 || !strings.Contains(rejects[0].Reason, tc.wantReject) {
					t.Fatalf("got articles %v rejects %v, want one reject with %q", arts, rejects, tc.wantReject)
				}
				if rejects[0].Input != tc.file {
					t.Errorf("reject input = %q, want %q", rejects[0].Input, tc.file)
				}
				return
			}
			if len(rejects) != 0 || len(arts) != 1 {
				t.Fatalf("got articles %v rejects %v, want one article", arts, rejects)
			}
			if arts[0].ID != tc.wantID || arts[0].Lang != tc.wantLang || arts[0].Input != tc.file {
				t.Errorf("got id %q lang %q input %q, want %q %q %q", arts[0].ID, arts[0].Lang, arts[0].Input, tc.wantID, tc.wantLang, tc.file)
			}
		})
	}
}

func TestParseJSONL(t *testing.T) {
	lines := strings.Join([]string{
		`{"id":"a1","source":"AFP","url":"http://x","published_at":"2016-12-29T23:00:00+02:00","lang":"ar-SA","title":"T","text":"نص عربي","extra":[1,2]}`,
		``,
		`{"id":42,"published_at":"2016-12-30","text":"Russia said."}`,
		`{"text":"no id here"}`,
		`{"id":"bad json"`,
		`{"id":"no text"}`,
		`{"id":"d","published_at":"yesterday","text":"x"}`,
		`{"id":"e","text":""}`,
		`{"id":{"x":1},"text":"x"}`,
		`{"id":"f","text":"` + strings.Repeat("y", 300) + `"}`,
		`{"id":"g","text":"last line without newline"}`,
	}, "\n")
	arts, rejects := collect(t, "in/news.jsonl", []byte(lines), Limits{MaxArticleBytes: 200})
	wantArts := []schemas.Article{
		{ID: "a1", Source: "AFP", URL: "http://x", Published: "2016-12-29T21:00:00Z", Lang: "ar", Title: "T", Text: "نص عربي", Input: "in/news.jsonl", Line: 1},
		{ID: "42", Published: "2016-12-30", Lang: "en", Text: "Russia said.", Input: "in/news.jsonl", Line: 3},
		{ID: contentID("no id here"), Lang: "en", Text: "no id here", Input: "in/news.jsonl", Line: 4},
		{ID: "g", Lang: "en", Text: "last line without newline", Input: "in/news.jsonl", Line: 11},
	}
	if diff := cmp.Diff(wantArts, arts); diff != "" {
		t.Errorf("articles (-want +got):\n%s", diff)
	}
	wantReasons := map[int64]string{5: "malformed JSON", 6: `missing "text"`, 7: "not RFC 3339", 8: "empty text", 9: `"id" must be a string or a number`, 10: "over"}
	if len(rejects) != len(wantReasons) {
		t.Fatalf("got %d rejects %v, want %d", len(rejects), rejects, len(wantReasons))
	}
	for _, r := range rejects {
		if want, ok := wantReasons[r.Line]; !ok || !strings.Contains(r.Reason, want) {
			t.Errorf("line %d: reason %q, want it to contain %q", r.Line, r.Reason, want)
		}
	}
}

func TestParseJSONLLongLineIsStreamed(t *testing.T) {
	long := `{"id":"big","text":"` + strings.Repeat("z", 500_000) + `"}` + "\n" + `{"id":"ok","text":"fine"}`
	arts, rejects := collect(t, "big.jsonl", []byte(long), Limits{MaxArticleBytes: 1000})
	if len(arts) != 1 || arts[0].ID != "ok" || arts[0].Line != 2 {
		t.Errorf("articles = %v, want only ok at line 2", arts)
	}
	if len(rejects) != 1 || rejects[0].Line != 1 {
		t.Errorf("rejects = %v, want line 1", rejects)
	}
}

type parquetInput struct {
	ID          string    `parquet:"id"`
	Source      string    `parquet:"source"`
	PublishedAt time.Time `parquet:"published_at,timestamp(microsecond)"`
	Lang        string    `parquet:"lang"`
	Text        *string   `parquet:"text,optional"`
	Other       int64     `parquet:"other"`
}

func TestParseParquet(t *testing.T) {
	text := func(s string) *string { return &s }
	var buf bytes.Buffer
	w := parquet.NewGenericWriter[parquetInput](&buf)
	rows := []parquetInput{
		{ID: "p1", Source: "Reuters", PublishedAt: time.Date(2016, 12, 29, 10, 0, 0, 0, time.UTC), Lang: "en", Text: text("Turkey and Russia agreed.")},
		{ID: "p2", PublishedAt: time.Date(2016, 12, 30, 0, 0, 0, 0, time.UTC), Text: nil},
		{ID: "p3", PublishedAt: time.Date(2016, 12, 30, 0, 0, 0, 0, time.UTC), Text: text("\xff\xfe")},
	}
	if _, err := w.Write(rows); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	arts, rejects := collect(t, "x.parquet", buf.Bytes(), Limits{})
	want := []schemas.Article{{ID: "p1", Source: "Reuters", Published: "2016-12-29T10:00:00Z", Lang: "en", Text: "Turkey and Russia agreed.", Input: "x.parquet", Line: 1}}
	if diff := cmp.Diff(want, arts); diff != "" {
		t.Errorf("articles (-want +got):\n%s", diff)
	}
	if len(rejects) != 2 || rejects[0].Line != 2 || !strings.Contains(rejects[0].Reason, "missing") || rejects[1].Line != 3 || !strings.Contains(rejects[1].Reason, "UTF-8") {
		t.Errorf("rejects = %v", rejects)
	}
}

func TestParseBadFiles(t *testing.T) {
	_, rejects := collect(t, "junk.parquet", []byte("not parquet at all"), Limits{})
	if len(rejects) != 1 || !strings.Contains(rejects[0].Reason, "not a readable Parquet file") {
		t.Errorf("junk parquet rejects = %v", rejects)
	}
	_, rejects = collect(t, "notes.docx", []byte("x"), Limits{})
	if len(rejects) != 1 || !strings.Contains(rejects[0].Reason, "unsupported file type") {
		t.Errorf("docx rejects = %v", rejects)
	}
}

func TestNormalizePublished(t *testing.T) {
	for in, want := range map[string]string{
		"":                          "",
		"2016-12-29":                "2016-12-29",
		"2016-12-29T23:30:00+03:00": "2016-12-29T20:30:00Z",
		"2016-12-29T23:30:00Z":      "2016-12-29T23:30:00Z",
		"2016-12-29 08:00:00":       "2016-12-29T08:00:00Z",
	} {
		got, err := NormalizePublished(in)
		if err != nil || got != want {
			t.Errorf("NormalizePublished(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := NormalizePublished("29/12/2016"); err == nil {
		t.Error("NormalizePublished accepted 29/12/2016")
	}
	if got := PublishedMicros("2016-12-29"); got != time.Date(2016, 12, 29, 0, 0, 0, 0, time.UTC).UnixMicro() {
		t.Errorf("PublishedMicros(day) = %d", got)
	}
}
