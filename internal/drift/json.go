package drift

import (
	"encoding/json"
	"io"

	"github.com/pgshape/pgshape/review"
)

// JSONFormat is the version of the JSON shape; it changes only when a field
// changes meaning or goes away (new fields may be added).
const JSONFormat = 1

// The JSON shape, documented field by field in README.md ("Drift detection").
// Arrays are never null; order is the text report's.
type jsonReport struct {
	Format   int           `json:"format"`
	Drifted  bool          `json:"drifted"`
	Database string        `json:"database"`
	Expected jsonExpected  `json:"expected"`
	Objects  []jsonObject  `json:"objects"`
	History  []jsonProblem `json:"history"`
	Pending  []jsonPending `json:"pending"`
}

type jsonExpected struct {
	Source     string   `json:"source"`
	Locations  []string `json:"locations"`
	Version    string   `json:"version"`
	HasHistory bool     `json:"has_history"`
}

type jsonObject struct {
	Object   string `json:"object"`
	Kind     string `json:"kind"`
	Schema   string `json:"schema"`
	Name     string `json:"name"`
	Status   string `json:"status"`
	Expected string `json:"expected"`
	Actual   string `json:"actual"`
	Diff     string `json:"diff"`
}

type jsonProblem struct {
	Problem string `json:"problem"`
	Version string `json:"version"`
	Script  string `json:"script"`
	Message string `json:"message"`
}

type jsonPending struct {
	Version     string `json:"version"`
	Description string `json:"description"`
	Script      string `json:"script"`
	Repeatable  bool   `json:"repeatable"`
}

// WriteJSON writes the report as JSON (see README.md for the shape).
func WriteJSON(w io.Writer, r *Report) error {
	out := jsonReport{
		Format: JSONFormat, Drifted: r.Drifted(), Database: r.Database,
		Expected: jsonExpected{
			Source: r.Expected.Source, Locations: append([]string{}, r.Expected.Locations...),
			Version: r.Expected.Version, HasHistory: r.Expected.HasHistory,
		},
		Objects: objectsJSON(r.Objects),
		History: []jsonProblem{},
		Pending: []jsonPending{},
	}
	for _, p := range r.History {
		out.History = append(out.History, jsonProblem{Problem: string(p.Kind), Version: p.Version, Script: p.Script, Message: p.Message})
	}
	for _, p := range r.Pending {
		out.Pending = append(out.Pending, jsonPending{Version: p.Version, Description: p.Description, Script: p.Script, Repeatable: p.Category == "Repeatable"})
	}
	return encode(w, out)
}

func objectsJSON(diffs []review.ObjectDiff) []jsonObject {
	out := []jsonObject{}
	for _, d := range diffs {
		out = append(out, jsonObject{
			Object: d.Object.String(), Kind: string(d.Object.Kind), Schema: d.Object.Name.Schema, Name: d.Object.Name.Name,
			Status: string(d.Status), Expected: d.Before, Actual: d.After, Diff: d.Unified,
		})
	}
	return out
}

func encode(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
