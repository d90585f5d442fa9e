package store

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

// NumberedSQL is one migration file: NNNN_name.sql, whose number is the
// schema version the database has once it ran.
type NumberedSQL struct {
	Version int
	Name    string
	Body    string
}

// ReadNumberedSQL reads the migration files of dir in fsys, in order, and
// checks they are numbered 1, 2, 3… without gaps. The station (store) and
// the district hub (hub) keep their migrations this way.
func ReadNumberedSQL(fsys fs.FS, dir string) ([]NumberedSQL, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	var out []NumberedSQL
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name must start with its number", e.Name())
		}
		body, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, NumberedSQL{Version: v, Name: e.Name(), Body: string(body)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	for i, m := range out {
		if m.Version != i+1 {
			return nil, fmt.Errorf("migration %s: expected number %d", m.Name, i+1)
		}
	}
	return out, nil
}
