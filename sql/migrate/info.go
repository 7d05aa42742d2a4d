package migrate

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"
)

// Info returns the state of every migration, applied or not: the history rows
// in rank order (DELETE rows left out: the rows they mark show as deleted), then
// the files not applied, versioned by version and repeatable by description.
func (r *Runner) Info(ctx context.Context) ([]InfoRow, error) {
	s, err := r.open(ctx, false)
	if err != nil {
		return nil, err
	}
	defer s.close(ctx)
	var rows []InfoRow
	err = s.withCallbacks(ctx, BeforeInfo, AfterInfo, AfterInfoError, func() error {
		tgt, _ := parseTarget(s.cfg.Target)
		rows = buildStatus(s.src, s.history, s.cfg.OutOfOrder, tgt).rows
		return nil
	})
	return rows, err
}

// CurrentVersion returns the highest applied version among rows (the baseline
// counts), or "" when none.
func CurrentVersion(rows []InfoRow) string {
	var cur *Version
	s := ""
	for _, r := range rows {
		if r.row == nil || r.Version == "" || r.State == StateDeleted || r.State.failed() {
			continue
		}
		v, err := ParseVersion(r.Version)
		if err == nil && (cur == nil || v.Compare(*cur) > 0) {
			cur, s = &v, r.Version
		}
	}
	return s
}

// WriteInfoText writes rows as a table, as Flyway's info prints it.
func WriteInfoText(w io.Writer, rows []InfoRow) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "Category\tVersion\tDescription\tType\tInstalled On\tState")
	for _, r := range rows {
		on := ""
		if r.InstalledOn != nil {
			on = r.InstalledOn.Format("2006-01-02 15:04:05")
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", r.Category, r.Version, oneLine(r.Description), r.Type, on, r.State.Display())
	}
	if len(rows) == 0 {
		fmt.Fprintln(tw, "No migrations found")
	}
	return tw.Flush()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// infoJSON is the JSON form of an InfoRow.
type infoJSON struct {
	Category      string `json:"category"`
	Version       string `json:"version"`
	Description   string `json:"description"`
	Type          string `json:"type"`
	Script        string `json:"script"`
	Location      string `json:"location,omitempty"`
	Checksum      *int32 `json:"checksum"`
	InstalledRank *int   `json:"installedRank"`
	InstalledOn   string `json:"installedOn"`
	InstalledBy   string `json:"installedBy"`
	ExecutionTime *int   `json:"executionTime"`
	State         State  `json:"state"`
	Applied       bool   `json:"applied"`
}

// WriteInfoJSON writes rows as JSON, in a form kept stable for scripts:
//
//	{"schemaVersion": "3", "migrations": [{
//	  "category": "Versioned",       // "Versioned", "Repeatable", "" (SCHEMA row)
//	  "version": "3",                // as stored; "" for repeatables
//	  "description": "add reviews",
//	  "type": "SQL",                 // SQL, BASELINE, SCHEMA, DELETE, ...
//	  "script": "V3__add_reviews.sql",
//	  "location": "sql",             // omitted when there is no file
//	  "checksum": 123456,            // null when none
//	  "installedRank": 4,            // null when not applied
//	  "installedOn": "2026-01-02T15:04:05Z", // RFC 3339, "" when not applied
//	  "installedBy": "app",
//	  "executionTime": 12,           // milliseconds; null when not applied
//	  "state": "success",            // a State value: pending, success, failed, ...
//	  "applied": true
//	}]}
func WriteInfoJSON(w io.Writer, rows []InfoRow) error {
	out := struct {
		SchemaVersion string     `json:"schemaVersion"`
		Migrations    []infoJSON `json:"migrations"`
	}{SchemaVersion: CurrentVersion(rows), Migrations: []infoJSON{}}
	for _, r := range rows {
		j := infoJSON{
			Category: r.Category, Version: r.Version, Description: r.Description, Type: r.Type,
			Script: r.Script, Location: r.Location, Checksum: r.Checksum, InstalledBy: r.InstalledBy,
			State: r.State, Applied: r.row != nil,
		}
		if r.row != nil {
			rank, ms := r.InstalledRank, r.ExecutionTime
			j.InstalledRank, j.ExecutionTime = &rank, &ms
		}
		if r.InstalledOn != nil {
			j.InstalledOn = r.InstalledOn.UTC().Format(time.RFC3339)
		}
		out.Migrations = append(out.Migrations, j)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
