package model

import "fmt"

// Source is where an object was declared: a file and a 1-based line and column.
// The zero value means "not declared in a file" (read from a database).
type Source struct {
	File string
	Line int
	Col  int
}

// IsZero reports whether the source is unknown.
func (s Source) IsZero() bool { return s.File == "" && s.Line == 0 }

// String renders the source as file:line:col, the form editors understand.
func (s Source) String() string {
	if s.IsZero() {
		return ""
	}
	if s.Col == 0 {
		return fmt.Sprintf("%s:%d", s.File, s.Line)
	}
	return fmt.Sprintf("%s:%d:%d", s.File, s.Line, s.Col)
}
