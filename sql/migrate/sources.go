package migrate

import (
	"bytes"
	"fmt"
	"io/fs"
	"sort"
)

// migration is a migration file found in a location, with its content.
type migration struct {
	File
	location string
	fsys     fs.FS
	// text is the file's content, byte-order mark removed, before placeholder
	// replacement.
	text string
	// noTx is set by executeInTransaction=false in the file's .conf sibling.
	noTx bool
}

// sources is what the locations hold: migrations in order and callbacks.
type sources struct {
	versioned  []*migration // by version
	repeatable []*migration // by description
	callbacks  []callback   // by event, then name
	skipped    []Skipped
}

// loadSources scans every location and merges them into one version order.
func loadSources(locs []Location) (*sources, error) {
	if len(locs) == 0 {
		return nil, fmt.Errorf("migrate: no migration locations configured")
	}
	src := &sources{}
	for _, loc := range locs {
		d, err := Scan(loc.FS)
		if err != nil {
			return nil, fmt.Errorf("%w (location %s)", err, loc.Name)
		}
		for _, f := range d.Files() {
			m, err := readMigration(loc, f)
			if err != nil {
				return nil, err
			}
			if f.Kind == Versioned {
				src.versioned = append(src.versioned, m)
			} else {
				src.repeatable = append(src.repeatable, m)
			}
		}
		for _, s := range d.Skipped {
			cb, ok, err := readCallback(loc, s.Path)
			if err != nil {
				return nil, err
			}
			if ok {
				src.callbacks = append(src.callbacks, cb)
				continue
			}
			if len(locs) > 1 {
				s.Path = loc.Name + ": " + s.Path
			}
			src.skipped = append(src.skipped, s)
		}
	}
	return src, src.sort(len(locs) > 1)
}

func readMigration(loc Location, f File) (*migration, error) {
	content, err := fs.ReadFile(loc.FS, f.Path)
	if err != nil {
		return nil, fmt.Errorf("migrate: read %s: %w", f.Path, err)
	}
	m := &migration{File: f, location: loc.Name, fsys: loc.FS, text: string(bytes.TrimPrefix(content, utf8BOM))}
	conf, err := readScriptConf(loc.FS, f.Path+".conf")
	if err != nil {
		return nil, err
	}
	m.noTx = !conf.executeInTransaction
	return m, nil
}

// sort orders the merged files and rejects equal versions and descriptions,
// also across locations.
func (s *sources) sort(several bool) error {
	where := func(m *migration) string {
		if several {
			return m.Path + " (location " + m.location + ")"
		}
		return m.Path
	}
	sort.SliceStable(s.versioned, func(i, j int) bool {
		return s.versioned[i].Version.Compare(s.versioned[j].Version) < 0
	})
	for i := 1; i < len(s.versioned); i++ {
		a, b := s.versioned[i-1], s.versioned[i]
		if a.Version.Equal(b.Version) {
			return fmt.Errorf("migrate: %s and %s have the same version %s", where(a), where(b), b.Version)
		}
	}
	sort.SliceStable(s.repeatable, func(i, j int) bool {
		return s.repeatable[i].Description < s.repeatable[j].Description
	})
	for i := 1; i < len(s.repeatable); i++ {
		a, b := s.repeatable[i-1], s.repeatable[i]
		if a.Description == b.Description {
			return fmt.Errorf("migrate: %s and %s have the same description %q", where(a), where(b), b.Description)
		}
	}
	sort.SliceStable(s.callbacks, func(i, j int) bool {
		a, b := s.callbacks[i], s.callbacks[j]
		if a.event != b.event {
			return a.event < b.event
		}
		return a.name < b.name
	})
	return nil
}
