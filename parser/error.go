package parser

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/pgshape/pgshape/model"
)

// Error is a problem in one statement of the desired-state files.
type Error struct {
	Source  model.Source
	Message string
	// Snippet shows the offending text: the source line and a caret under the column.
	Snippet string
}

// Error renders "file:line:col: message" followed by the snippet, the form editors and
// CI logs link back to the file.
func (e *Error) Error() string {
	s := e.Message
	if !e.Source.IsZero() {
		s = e.Source.String() + ": " + s
	}
	if e.Snippet != "" {
		s += "\n" + e.Snippet
	}
	return s
}

// file is one input file with what is needed to turn byte offsets into positions.
type file struct {
	name    string
	content string
	// tokens are every token of the file, comments included (nil when it does not
	// scan), for the rename annotations in comments.
	tokens []scanToken
	// mu guards what the statements of the file add to it while they are read
	// at the same time (see readStatements): notices, annotations.
	mu      sync.Mutex
	notices []notice
	// annotations are the rename annotations found, in no order until
	// finishRenames makes them renames (or errors) in file order.
	annotations []annotation
	renames     []Rename
	// renameErrs are malformed rename annotations.
	renameErrs []error
	// lineStarts are the byte offsets where content's lines start, made on first use
	// (content must not change afterwards).
	lineStarts []int
}

// source returns the position of byte offset off: 1-based line, and 1-based column
// counted in characters, which is what editors show.
func (f *file) source(off int) model.Source {
	if off < 0 {
		off = 0
	}
	if off > len(f.content) {
		off = len(f.content)
	}
	f.indexLines()
	// The line is the last one starting at or before off.
	line := sort.Search(len(f.lineStarts), func(i int) bool { return f.lineStarts[i] > off })
	col := utf8.RuneCountInString(f.content[f.lineStarts[line-1]:off]) + 1
	return model.Source{File: f.name, Line: line, Col: col}
}

// indexLines makes lineStarts; before the statements are read at the same
// time, which all use it.
func (f *file) indexLines() {
	if f.lineStarts != nil {
		return
	}
	f.lineStarts = []int{0}
	for i := 0; i < len(f.content); i++ {
		if f.content[i] == '\n' {
			f.lineStarts = append(f.lineStarts, i+1)
		}
	}
}

// errorAt builds an Error at byte offset off, with the line and a caret as snippet.
func (f *file) errorAt(off int, format string, args ...any) *Error {
	src := f.source(off)
	return &Error{Source: src, Message: fmt.Sprintf(format, args...), Snippet: f.snippet(off)}
}

// snippet returns the line holding byte offset off with a caret under it. Tabs are
// kept in the caret line so the caret lines up whatever the tab width.
func (f *file) snippet(off int) string {
	if off > len(f.content) {
		off = len(f.content)
	}
	lineStart := strings.LastIndexByte(f.content[:off], '\n') + 1
	lineEnd := strings.IndexByte(f.content[lineStart:], '\n')
	if lineEnd < 0 {
		lineEnd = len(f.content)
	} else {
		lineEnd += lineStart
	}
	line := strings.TrimRight(f.content[lineStart:lineEnd], "\r")
	num := fmt.Sprintf("%5d | ", f.source(off).Line)
	var pad strings.Builder
	for _, r := range f.content[lineStart:off] {
		if r == '\t' {
			pad.WriteByte('\t')
		} else {
			pad.WriteByte(' ')
		}
	}
	return num + line + "\n" + strings.Repeat(" ", len(num)-2) + "| " + pad.String() + "^"
}

// joinErrors sorts errors by position, so the report reads top to bottom whatever
// order they were found in, and joins them.
func joinErrors(errs []error) error {
	if len(errs) == 0 {
		return nil
	}
	sort.SliceStable(errs, func(i, j int) bool {
		a, b := sourceOf(errs[i]), sourceOf(errs[j])
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	if len(errs) == 1 {
		return errs[0]
	}
	return errors.Join(errs...)
}

func sourceOf(err error) model.Source {
	var e *Error
	if errors.As(err, &e) {
		return e.Source
	}
	return model.Source{}
}
