package planner

import (
	"path"
	"slices"
	"strings"

	"github.com/pgshape/pgshape/model"
)

// Scope limits what pgshape compares: schemas included or excluded, and objects
// managed by other tools (ignore patterns). Objects out of scope are left alone on
// both sides: never created, changed or dropped.
type Scope struct {
	IncludeSchemas []string // when set, only these schemas
	ExcludeSchemas []string
	// Ignore are glob patterns (path.Match) on "schema.name": "audit.*",
	// "public.spatial_ref_sys", "*.tmp_*". Functions match without their arguments.
	Ignore []string
}

// keeps reports whether an object is in scope.
func (s Scope) keeps(id model.ObjectID) bool {
	schema, name := id.Name.Schema, id.Name.Name
	if id.Kind == model.KindSchema {
		schema = name
	}
	if len(s.IncludeSchemas) > 0 && !slices.Contains(s.IncludeSchemas, schema) {
		return false
	}
	if slices.Contains(s.ExcludeSchemas, schema) {
		return false
	}
	if id.Kind == model.KindFunction {
		name, _, _ = strings.Cut(name, "(")
	}
	for _, p := range s.Ignore {
		if ok, _ := path.Match(p, schema+"."+name); ok && id.Kind != model.KindSchema {
			return false
		}
	}
	return true
}

// apply removes what is out of scope from a catalog.
func (s Scope) apply(c *model.Catalog) {
	if len(s.IncludeSchemas) == 0 && len(s.ExcludeSchemas) == 0 && len(s.Ignore) == 0 {
		return
	}
	c.Keep(s.keeps)
}

// Validate checks the ignore patterns.
func (s Scope) Validate() error {
	for _, p := range s.Ignore {
		if _, err := path.Match(p, ""); err != nil {
			return &ScopeError{Pattern: p, Err: err}
		}
	}
	return nil
}

// ScopeError is a malformed ignore pattern.
type ScopeError struct {
	Pattern string
	Err     error
}

func (e *ScopeError) Error() string { return "--ignore " + e.Pattern + ": " + e.Err.Error() }
func (e *ScopeError) Unwrap() error { return e.Err }
