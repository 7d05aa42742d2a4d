package review

import (
	"encoding/json"
	"io"
	"math"
)

// JSONFormat is the version of the JSON shape WriteJSON writes. It
// changes only when a field changes meaning or disappears; new fields may be
// added within a version.
const JSONFormat = 1

// WriteJSON writes r for bots, in a shape kept stable (see README,
// "Reviewing changes"): snake_case keys, arrays never null, everything in the
// order of the review (objects sorted by kind then name, hazards in plan order).
//
//	{
//	  "format": 1,
//	  "title": "pgshape plan",
//	  "message": "1 object added, 0 changed, 1 dropped; 2 statements, 1 hazard",
//	                               // or "in sync: the current state already matches ..."
//	  "in_sync": false,
//	  "compared": true,            // false: problems kept the states from being compared
//	  "from": "current", "to": "desired",
//	  "summary": {"objects_added": 1, "objects_changed": 0, "objects_dropped": 1,
//	              "statements": 2, "hazards": 1},
//	  "hazards": [{"statement": "DROP TABLE public.t;", "object": "table public.t",
//	               "object_kind": "table", "kind": "data-loss", "refused": true,
//	               "why": "...", "what_to_do": "...",
//	               "graded": true,      // the rest of the row only when true (--url)
//	               "table": "public.t", "rows": 6000000, "bytes": 1288490188,
//	               "blocking_seconds": 0, "blocks": "reads and writes"}],
//	  "sql": "...",                // the plan as a script, "" when in sync
//	  "statements": [{"sql": "ALTER TABLE public.t ADD COLUMN b integer;",
//	                  "observed": true,  // false: locks not seen, "not_observed" says why
//	                  "not_observed": "",
//	                  "observed_locks": [{"mode": "AccessExclusiveLock", "relation": "public.t"}]}],
//	  "objects": [{"object": "table public.t", "kind": "table", "schema": "public",
//	               "name": "t", "member": "", "status": "dropped",
//	               "before": "CREATE TABLE ...", "after": "", "diff": "--- current\n..."}],
//	  "problems": ["..."],
//	  "next_steps": [{"text": "...", "command": "pgshape generate ..."}]
//	}
func WriteJSON(w io.Writer, r *Review) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(reviewJSONOf(r))
}

type reviewJSON struct {
	Format     int             `json:"format"`
	Title      string          `json:"title"`
	Message    string          `json:"message"`
	InSync     bool            `json:"in_sync"`
	Compared   bool            `json:"compared"`
	From       string          `json:"from"`
	To         string          `json:"to"`
	Summary    summaryJSON     `json:"summary"`
	Hazards    []hazardJSON    `json:"hazards"`
	SQL        string          `json:"sql"`
	Statements []statementJSON `json:"statements"`
	Objects    []objectJSON    `json:"objects"`
	Problems   []string        `json:"problems"`
	NextSteps  []nextStepJSON  `json:"next_steps"`
}

type summaryJSON struct {
	ObjectsAdded   int `json:"objects_added"`
	ObjectsChanged int `json:"objects_changed"`
	ObjectsDropped int `json:"objects_dropped"`
	Statements     int `json:"statements"`
	Hazards        int `json:"hazards"`
}

type hazardJSON struct {
	Statement  string `json:"statement"`
	Object     string `json:"object"`
	ObjectKind string `json:"object_kind"`
	Kind       string `json:"kind"`
	Refused    bool   `json:"refused"` // refused unless --allow-hazards names the kind
	Why        string `json:"why"`
	WhatToDo   string `json:"what_to_do"`
	// The grade (HazardGrade): zero values unless Graded.
	Graded          bool    `json:"graded"`
	Table           string  `json:"table"`
	Rows            int64   `json:"rows"` // -1: unknown (never analyzed)
	Bytes           int64   `json:"bytes"`
	BlockingSeconds float64 `json:"blocking_seconds"`
	Blocks          string  `json:"blocks"` // "writes", "reads and writes", "" (not blocked)
}

type statementJSON struct {
	SQL           string     `json:"sql"`
	Observed      bool       `json:"observed"`
	NotObserved   string     `json:"not_observed"`
	ObservedLocks []lockJSON `json:"observed_locks"`
}

type lockJSON struct {
	Mode     string `json:"mode"`
	Relation string `json:"relation"`
}

type objectJSON struct {
	Object string `json:"object"`
	Kind   string `json:"kind"`
	Schema string `json:"schema"`
	Name   string `json:"name"`
	Member string `json:"member"`
	Status string `json:"status"`
	Before string `json:"before"`
	After  string `json:"after"`
	Diff   string `json:"diff"`
}

type nextStepJSON struct {
	Text    string `json:"text"`
	Command string `json:"command"`
}

func reviewJSONOf(r *Review) reviewJSON {
	out := reviewJSON{
		Format: JSONFormat, Title: r.Title, Message: r.SummaryLine(), InSync: r.InSync(), Compared: r.Compared, From: r.From, To: r.To,
		Summary: summaryJSON{
			ObjectsAdded: r.Summary.Added, ObjectsChanged: r.Summary.Changed, ObjectsDropped: r.Summary.Dropped,
			Statements: r.Summary.Statements, Hazards: len(r.Hazards),
		},
		Hazards: []hazardJSON{}, SQL: r.SQL, Statements: []statementJSON{}, Objects: []objectJSON{}, Problems: []string{},
		NextSteps: []nextStepJSON{},
	}
	for _, s := range r.Statements {
		sj := statementJSON{SQL: s.SQL, Observed: s.Observed, NotObserved: s.NotObserved, ObservedLocks: []lockJSON{}}
		for _, l := range s.Locks {
			sj.ObservedLocks = append(sj.ObservedLocks, lockJSON{Mode: l.Mode, Relation: l.Relation})
		}
		out.Statements = append(out.Statements, sj)
	}
	for _, h := range r.Hazards {
		hj := hazardJSON{
			Statement: h.Statement, Object: h.Object.String(), ObjectKind: string(h.Object.Kind),
			Kind: string(h.Kind), Refused: h.Refused(), Why: h.Why, WhatToDo: h.WhatToDo,
		}
		if g := h.Grade; g != nil {
			hj.Graded, hj.Table, hj.Rows, hj.Bytes, hj.Blocks = true, g.Table.String(), g.Rows, g.Bytes, g.Blocks
			// Tenths of a second: an estimate has no more precision, and the
			// output stays the same from one run to the next.
			hj.BlockingSeconds = math.Round(g.BlockingSeconds*10) / 10
		}
		out.Hazards = append(out.Hazards, hj)
	}
	for _, o := range r.Objects {
		out.Objects = append(out.Objects, objectJSON{
			Object: o.Object.String(), Kind: string(o.Object.Kind), Schema: o.Object.Name.Schema, Name: o.Object.Name.Name,
			Member: o.Object.Member, Status: string(o.Status), Before: o.Before, After: o.After, Diff: o.Unified,
		})
	}
	out.Problems = append(out.Problems, r.Problems...)
	for _, s := range r.NextSteps {
		out.NextSteps = append(out.NextSteps, nextStepJSON{Text: s.Text, Command: s.Command})
	}
	return out
}
