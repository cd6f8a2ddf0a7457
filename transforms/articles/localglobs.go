package articles

import (
	"fmt"
	"path/filepath"
	"sort"
)

// LocalFiles expands local-disk globs into the files they match, each once and sorted, for the
// plain-Go tools that read articles without Beam (loopbench, gazdraft); the job itself matches
// globs through Beam's file systems (transforms/ingest). A glob that matches nothing is an
// error, as it is for the job: a typo must not read as an empty corpus.
func LocalFiles(globs []string) ([]string, error) {
	seen := map[string]bool{}
	var files []string
	for _, g := range globs {
		m, err := filepath.Glob(g)
		if err != nil {
			return nil, err
		}
		if len(m) == 0 {
			return nil, fmt.Errorf("-input %q matches no files", g)
		}
		for _, f := range m {
			if !seen[f] {
				seen[f] = true
				files = append(files, f)
			}
		}
	}
	sort.Strings(files)
	return files, nil
}
