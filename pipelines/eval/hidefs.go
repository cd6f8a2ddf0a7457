package main

import (
	"io/fs"
	"slices"
)

// hidingFS is a file system with some files taken out: what the data would be had nobody written
// them. Open and ReadDir both hide them, so fs.Glob (which LoadFS lists gazetteer files with)
// does not see them either.
type hidingFS struct {
	fs.FS
	hidden []string // slash-separated paths inside the file system
}

func (h hidingFS) Open(name string) (fs.File, error) {
	if slices.Contains(h.hidden, name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return h.FS.Open(name)
}

func (h hidingFS) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := fs.ReadDir(h.FS, name)
	if err != nil {
		return nil, err
	}
	return slices.DeleteFunc(entries, func(e fs.DirEntry) bool {
		return slices.Contains(h.hidden, pathJoin(name, e.Name()))
	}), nil
}

func pathJoin(dir, name string) string {
	if dir == "." || dir == "" {
		return name
	}
	return dir + "/" + name
}
