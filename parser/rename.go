package parser

import (
	"sort"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

// renameMarker starts a rename annotation: a line comment
//
//	-- pgshape:renamed-from old_name
//
// right before a CREATE TABLE, CREATE INDEX or CREATE VIEW, or before a column or
// a table constraint inside CREATE TABLE. The old name is an identifier as SQL
// spells it (quoted when needed); for a table or a view it may be qualified, and
// is then unqualified to the name: objects are renamed within their schema.
const renameMarker = "pgshape:renamed-from"

func isComment(t scanToken) bool {
	return t.Token == pg_query.Token_SQL_COMMENT || t.Token == pg_query.Token_C_COMMENT
}

// renameAt looks for an annotation in the comments between the token before byte
// offset off and off, and records it for obj.
func (f *file) renameAt(off int, obj model.ObjectID) {
	// The comments are the tokens ending by off back to the last other token; tokens
	// are in file order, so binary search keeps a file of thousands of objects linear.
	n := sort.Search(len(f.tokens), func(i int) bool { return int(f.tokens[i].End) > off })
	first := n
	for first > 0 && isComment(f.tokens[first-1]) {
		first--
	}
	prevEnd := 0
	if first > 0 {
		prevEnd = int(f.tokens[first-1].End)
	}
	var comments []scanToken
	for _, t := range f.tokens[first:n] {
		// A comment on the line of the token before it trails that token
		// ("email text, -- ...") and annotates nothing.
		if prevEnd == 0 || strings.Contains(f.content[prevEnd:t.Start], "\n") {
			comments = append(comments, t)
		}
	}
	for _, t := range comments {
		text := f.content[t.Start:t.End]
		text = strings.TrimPrefix(strings.TrimSuffix(strings.TrimPrefix(text, "/*"), "*/"), "--")
		text = strings.TrimSpace(text)
		rest, ok := strings.CutPrefix(text, renameMarker)
		if !ok {
			continue
		}
		a := annotation{off: int(t.Start), obj: obj}
		parts, ok := splitQualifiedName(strings.TrimSpace(rest))
		if !ok || len(parts) == 0 {
			a.err = f.errorAt(a.off, "%s needs one old name, got %q", renameMarker, strings.TrimSpace(rest))
		} else {
			a.from = parts[len(parts)-1]
		}
		f.mu.Lock()
		f.annotations = append(f.annotations, a)
		f.mu.Unlock()
	}
}

// annotation is a rename annotation as found: for obj, from the name from,
// at byte offset off; err when it is malformed.
type annotation struct {
	off  int
	obj  model.ObjectID
	from string
	err  error
}

// finishRenames turns the annotations, once every statement of the file is
// read, into renames and errors, in file order: an object annotated twice is
// an error at the second annotation.
func (f *file) finishRenames() {
	sort.SliceStable(f.annotations, func(i, j int) bool { return f.annotations[i].off < f.annotations[j].off })
	for _, a := range f.annotations {
		if a.err != nil {
			f.renameErrs = append(f.renameErrs, a.err)
			continue
		}
		for _, old := range f.renames {
			if old.Object == a.obj {
				f.renameErrs = append(f.renameErrs, f.errorAt(a.off, "%s has a rename annotation already, at %s", a.obj, old.Source))
			}
		}
		f.renames = append(f.renames, Rename{Object: a.obj, From: a.from, Source: f.source(a.off)})
	}
	f.annotations = nil
}

// annotateCreateTable records the annotations of a table, its columns and its table
// constraints.
func annotateCreateTable(r *rawStmt, n *pg_query.CreateStmt) {
	q := rangeVarName(n.Relation)
	r.file.renameAt(r.start, model.ObjectID{Kind: model.KindTable, Name: q})
	for _, e := range n.TableElts {
		if cd := e.GetColumnDef(); cd != nil {
			r.file.renameAt(r.offset(cd.Location), model.ObjectID{Kind: model.KindColumn, Name: q, Member: cd.Colname})
		}
		if c := e.GetConstraint(); c != nil && isTableConstraint(c) {
			name := c.Conname
			if name == "" {
				name2, label := defaultConstraintName(q.Name, c, "")
				name = makeObjectName(q.Name, name2, label)
			}
			r.file.renameAt(r.offset(c.Location), model.ObjectID{Kind: model.KindConstraint, Name: q, Member: name})
		}
	}
}
