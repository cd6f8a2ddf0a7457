package schemas

import (
	"errors"
	"io/fs"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestHidingFSHidesFromOpenAndGlob(t *testing.T) {
	base := fstest.MapFS{
		"gazetteer/a.json":       {Data: []byte("{}")},
		"gazetteer/b.json":       {Data: []byte("{}")},
		"gazetteer/world/c.json": {Data: []byte("{}")},
	}
	h := HidingFS{FS: base, Hidden: []string{"gazetteer/b.json"}}
	got, err := fs.Glob(h, "gazetteer/*.json")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"gazetteer/a.json"}, got); diff != "" {
		t.Errorf("glob (-want +got):\n%s", diff)
	}
	if _, err := h.Open("gazetteer/b.json"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("open of a hidden file: %v, want not exist", err)
	}
	if _, err := fs.ReadFile(h, "gazetteer/a.json"); err != nil {
		t.Errorf("a file left in: %v", err)
	}
	if got, _ := fs.Glob(h, "gazetteer/world/*.json"); len(got) != 1 {
		t.Errorf("other folders: %v", got)
	}
}
