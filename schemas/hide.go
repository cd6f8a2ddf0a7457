package schemas

import (
	"io/fs"
	"slices"
	"strings"
)

// HidingFS is a file system with some files taken out: the data as it would be had nobody
// written them (a war's gazetteer file, to measure or draft coverage of a war no file covers
// yet). Open and ReadDir both hide them, so fs.Glob, which LoadFS lists gazetteer files with,
// does not see them either.
type HidingFS struct {
	fs.FS
	Hidden []string // slash-separated paths inside the file system
}

// Open opens name unless it is hidden.
func (h HidingFS) Open(name string) (fs.File, error) {
	if slices.Contains(h.Hidden, name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return h.FS.Open(name)
}

// ReadDir lists the directory without its hidden files.
func (h HidingFS) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := fs.ReadDir(h.FS, name)
	if err != nil {
		return nil, err
	}
	return slices.DeleteFunc(entries, func(e fs.DirEntry) bool {
		p := e.Name()
		if name != "." && name != "" {
			p = name + "/" + p
		}
		return slices.Contains(h.Hidden, p)
	}), nil
}

// WarFile is the path inside the data of the gazetteer file of a war: "kufra" or
// "kufra.json" is gazetteer/kufra.json.
func WarFile(war string) string {
	return "gazetteer/" + strings.TrimSuffix(war, ".json") + ".json"
}
