package statediff

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

func (r *Result) headline() string {
	if !r.Differs() {
		return fmt.Sprintf("No difference: %s and %s define the same objects.", r.From, r.To)
	}
	n := "1 object differs"
	if len(r.Objects) != 1 {
		n = fmt.Sprintf("%d objects differ", len(r.Objects))
	}
	return fmt.Sprintf("%s from %s to %s.", n, r.From, r.To)
}

// WriteText writes a headline, then each object's status and unified diff
// (from → to), with its note when there is one.
func WriteText(w io.Writer, r *Result) error {
	var b strings.Builder
	if r.Offline {
		b.WriteString("note: " + OfflineNote + "\n")
	}
	b.WriteString(r.headline() + "\n")
	for _, o := range r.Objects {
		fmt.Fprintf(&b, "\n%s: %s\n", o.Status, o.Object)
		if note := r.Notes[o.Object]; note != "" {
			fmt.Fprintf(&b, "note: %s\n", note)
		}
		b.WriteString(o.Unified)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteMarkdown writes the same as WriteText for a pull request comment.
func WriteMarkdown(w io.Writer, r *Result) error {
	var b strings.Builder
	b.WriteString("## Schema diff\n\n")
	if r.Offline {
		b.WriteString("> " + OfflineNote + "\n\n")
	}
	b.WriteString(r.headline() + "\n")
	for _, o := range r.Objects {
		fmt.Fprintf(&b, "\n### %s: `%s`\n\n", o.Status, o.Object)
		if note := r.Notes[o.Object]; note != "" {
			fmt.Fprintf(&b, "> %s\n\n", note)
		}
		fmt.Fprintf(&b, "```diff\n%s```\n", o.Unified)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// JSONFormat is the version of the JSON shape (see README.md, "Comparing any
// two states").
const JSONFormat = 1

type jsonResult struct {
	Format  int          `json:"format"`
	Differs bool         `json:"differs"`
	From    string       `json:"from"`
	To      string       `json:"to"`
	Offline bool         `json:"offline"`
	Note    string       `json:"note"`
	Objects []jsonObject `json:"objects"`
}

type jsonObject struct {
	Object string `json:"object"`
	Kind   string `json:"kind"`
	Schema string `json:"schema"`
	Name   string `json:"name"`
	Status string `json:"status"`
	Before string `json:"from"`
	After  string `json:"to"`
	Diff   string `json:"diff"`
	Note   string `json:"note"`
}

// WriteJSON writes the result as JSON; arrays are never null.
func WriteJSON(w io.Writer, r *Result) error {
	out := jsonResult{Format: JSONFormat, Differs: r.Differs(), From: r.From, To: r.To, Offline: r.Offline, Objects: []jsonObject{}}
	if r.Offline {
		out.Note = OfflineNote
	}
	for _, o := range r.Objects {
		out.Objects = append(out.Objects, jsonObject{
			Object: o.Object.String(), Kind: string(o.Object.Kind), Schema: o.Object.Name.Schema, Name: o.Object.Name.Name,
			Status: string(o.Status), Before: o.Before, After: o.After, Diff: o.Unified, Note: r.Notes[o.Object],
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
