package migrate

import (
	"sort"
	"time"
)

// State is a migration's state, as Flyway's info shows it.
type State string

// States. Their values are stable: they appear in JSON output.
const (
	StatePending       State = "pending"        // file not applied yet
	StateAboveTarget   State = "above_target"   // file above the target version
	StateBelowBaseline State = "below_baseline" // file at or below the baseline version
	StateBaseline      State = "baseline"       // the baseline row
	StateIgnored       State = "ignored"        // file below the current version, outOfOrder off
	StateSuccess       State = "success"        // applied
	StateOutOfOrder    State = "out_of_order"   // applied after a higher version
	StateFailed        State = "failed"         // applied and failed
	StateMissing       State = "missing"        // applied, file gone
	StateMissingFailed State = "missing_failed" // failed, file gone
	StateFuture        State = "future"         // applied, newer than every file
	StateFutureFailed  State = "future_failed"  // failed, newer than every file
	StateOutdated      State = "outdated"       // repeatable applied, file changed since
	StateSuperseded    State = "superseded"     // repeatable applied, applied again later
	StateDeleted       State = "deleted"        // applied, then marked deleted by repair
)

// Display returns the state as Flyway prints it ("Out of Order").
func (s State) Display() string {
	switch s {
	case StatePending:
		return "Pending"
	case StateAboveTarget:
		return "Above Target"
	case StateBelowBaseline:
		return "Below Baseline"
	case StateBaseline:
		return "Baseline"
	case StateIgnored:
		return "Ignored"
	case StateSuccess:
		return "Success"
	case StateOutOfOrder:
		return "Out of Order"
	case StateFailed:
		return "Failed"
	case StateMissing:
		return "Missing"
	case StateMissingFailed:
		return "Failed (Missing)"
	case StateFuture:
		return "Future"
	case StateFutureFailed:
		return "Failed (Future)"
	case StateOutdated:
		return "Outdated"
	case StateSuperseded:
		return "Superseded"
	case StateDeleted:
		return "Deleted"
	}
	return string(s)
}

// failed reports whether s is a failed row.
func (s State) failed() bool {
	return s == StateFailed || s == StateMissingFailed || s == StateFutureFailed
}

// InfoRow is one line of info: an applied history row, a file, or both.
type InfoRow struct {
	// Category is "Versioned", "Repeatable" or "" (SCHEMA rows).
	Category    string
	Version     string // as stored ("001", "1.1"); empty for repeatables
	Description string
	Type        string // SQL, BASELINE, SCHEMA, DELETE or another edition's type
	// Script is the file's path relative to its location, or the row's script
	// when there is no file.
	Script   string
	Location string // the file's location; empty when there is no file
	// Checksum is the file's when there is one, else the row's.
	Checksum      *int32
	InstalledRank int        // 0 when not applied (and for the SCHEMA row)
	InstalledOn   *time.Time // nil when not applied
	InstalledBy   string
	ExecutionTime int // milliseconds
	State         State

	file *migration
	row  *HistoryRow
}

// Applied reports whether the row comes from the history table.
func (r InfoRow) Applied() bool { return r.row != nil }

// status is the merge of files and history, as Flyway's info service builds it.
type status struct {
	rows    []InfoRow
	current *Version // highest applied version (incl. baseline), nil when none
	// baseline is the baseline row's version, nil when none.
	baseline *Version
}

// pending returns the rows Migrate applies, in order: versioned by version,
// then repeatables by description.
func (st *status) pending() []InfoRow {
	var v, r []InfoRow
	for _, row := range st.rows {
		if row.State != StatePending || row.file == nil {
			continue
		}
		if row.file.Kind == Versioned {
			v = append(v, row)
		} else {
			r = append(r, row)
		}
	}
	sort.SliceStable(v, func(i, j int) bool { return v[i].file.Version.Compare(v[j].file.Version) < 0 })
	return append(v, r...)
}

// isRepeatableRow tells rows of repeatable migrations: no version, and not a
// SCHEMA marker.
func isRepeatableRow(r *HistoryRow) bool { return r.Version == "" && r.Type != TypeSchema }

// buildStatus merges files and history. Rows come out as: history rows in rank
// order (DELETE rows left out: they mark earlier rows deleted), then files not
// applied, versioned by version and repeatable by description.
func buildStatus(src *sources, history []HistoryRow, outOfOrder bool, tgt target) *status {
	st := &status{}
	byVersion := map[string]*migration{}
	var maxFile *Version
	for _, m := range src.versioned {
		byVersion[m.Version.key()] = m
		maxFile = &m.Version
	}
	byDesc := map[string]*migration{}
	for _, m := range src.repeatable {
		byDesc[m.Description] = m
	}
	// Rows marked deleted by a later DELETE row.
	deleted := map[int]bool{}
	for i := range history {
		d := &history[i]
		if d.Type != TypeDelete {
			continue
		}
		for j := 0; j < i; j++ {
			r := &history[j]
			if r.Type == TypeDelete || r.Type == TypeSchema {
				continue
			}
			if sameMigration(r, d) {
				deleted[r.Rank] = true
			}
		}
	}
	// Latest live row per repeatable description.
	latestRepeatable := map[string]int{}
	for i := range history {
		r := &history[i]
		if r.Type == TypeDelete || deleted[r.Rank] {
			continue
		}
		if isRepeatableRow(r) {
			latestRepeatable[r.Description] = i
		} else if r.Version != "" {
			if v, err := ParseVersion(r.Version); err == nil {
				if r.Type == TypeBaseline {
					vv := v
					st.baseline = &vv
				}
				if st.current == nil || v.Compare(*st.current) > 0 {
					vv := v
					st.current = &vv
				}
			}
		}
	}
	usedVersion := map[*migration]bool{}
	var highestApplied *Version
	for i := range history {
		r := &history[i]
		if r.Type == TypeDelete {
			continue
		}
		row := InfoRow{
			Version: r.Version, Description: r.Description, Type: r.Type, Script: r.Script,
			Checksum: r.Checksum, InstalledRank: r.Rank, InstalledBy: r.InstalledBy,
			ExecutionTime: r.ExecutionTime, row: r,
		}
		on := r.InstalledOn
		row.InstalledOn = &on
		switch {
		case r.Type == TypeSchema:
			row.State = StateSuccess
		case deleted[r.Rank]:
			row.Category = category(r)
			row.State = StateDeleted
		case r.Type == TypeBaseline:
			row.Category = "Versioned"
			row.State = StateBaseline
		case isRepeatableRow(r):
			row.Category = "Repeatable"
			m := byDesc[r.Description]
			latest := latestRepeatable[r.Description] == i
			switch {
			case m == nil && r.Success:
				row.State = StateMissing
			case m == nil:
				row.State = StateMissingFailed
			case !latest:
				row.State = StateSuperseded
				row.file = m
			case !r.Success:
				row.State = StateFailed
				row.file = m
			case r.Checksum == nil || *r.Checksum != m.Checksum:
				row.State = StateOutdated
				row.file = m
			default:
				row.State = StateSuccess
				row.file = m
				usedVersion[m] = true
			}
			if row.file != nil {
				row.Location = m.location
			}
		default:
			row.Category = "Versioned"
			v, err := ParseVersion(r.Version)
			var m *migration
			if err == nil {
				m = byVersion[v.key()]
			}
			switch {
			case m == nil && (err != nil || maxFile != nil && v.Compare(*maxFile) < 0):
				row.State = pick(r.Success, StateMissing, StateMissingFailed)
			case m == nil: // newer than every file (or no files at all)
				row.State = pick(r.Success, StateFuture, StateFutureFailed)
			case !r.Success:
				row.State = StateFailed
			case highestApplied != nil && v.Compare(*highestApplied) < 0:
				row.State = StateOutOfOrder
			default:
				row.State = StateSuccess
			}
			if m != nil {
				row.file, row.Location = m, m.location
				row.Checksum = &m.Checksum
				usedVersion[m] = true
			}
			if err == nil && (highestApplied == nil || v.Compare(*highestApplied) > 0) {
				vv := v
				highestApplied = &vv
			}
		}
		st.rows = append(st.rows, row)
	}
	for _, m := range src.versioned {
		if usedVersion[m] {
			continue
		}
		row := fileRow(m)
		switch {
		case st.baseline != nil && m.Version.Compare(*st.baseline) <= 0:
			row.State = StateBelowBaseline
		case tgt.current && (st.current == nil || m.Version.Compare(*st.current) > 0),
			!tgt.latest && !tgt.current && m.Version.Compare(tgt.version) > 0:
			row.State = StateAboveTarget
		case st.current != nil && m.Version.Compare(*st.current) < 0 && !outOfOrder:
			row.State = StateIgnored
		default:
			row.State = StatePending
		}
		st.rows = append(st.rows, row)
	}
	for _, m := range src.repeatable {
		if usedVersion[m] {
			continue
		}
		row := fileRow(m)
		row.State = StatePending
		st.rows = append(st.rows, row)
	}
	return st
}

func fileRow(m *migration) InfoRow {
	row := InfoRow{
		Description: m.Description, Type: TypeSQL, Script: m.Path, Location: m.location,
		Checksum: &m.Checksum, file: m,
	}
	if m.Kind == Versioned {
		row.Category, row.Version = "Versioned", m.Version.String()
	} else {
		row.Category = "Repeatable"
	}
	return row
}

func category(r *HistoryRow) string {
	if r.Version == "" {
		return "Repeatable"
	}
	return "Versioned"
}

// sameMigration reports whether a DELETE row d marks row r: same version (or,
// for repeatables, same description).
func sameMigration(r, d *HistoryRow) bool {
	if r.Version == "" || d.Version == "" {
		return r.Version == "" && d.Version == "" && r.Description == d.Description
	}
	a, errA := ParseVersion(r.Version)
	b, errB := ParseVersion(d.Version)
	if errA != nil || errB != nil {
		return r.Version == d.Version
	}
	return a.Equal(b)
}

func pick(ok bool, yes, no State) State {
	if ok {
		return yes
	}
	return no
}
