package parser

import (
	"strconv"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

// Opaque statements are those pg_query's grammar (PostgreSQL 16's) does not read:
// syntax of a newer PostgreSQL (a VIRTUAL generated column, WITHOUT OVERLAPS, MERGE
// ... RETURNING), or a mistake. They are not a dead end: the statement is loaded into
// the scratch database as written, where the server of the target's major judges it
// (its error is reported at the statement's file:line:col), and the objects it
// creates are compared from there like any other, since the desired state is read
// back from that database. What the parser cannot know is what the statement needs
// and creates, so it keeps its place in its file: it loads after every statement
// written before it in its file and before every statement written after it. Across
// files, its kind's priority places it (a CREATE TABLE with the tables), and when its
// head names the relation, type or function it creates, the statements of other
// files that need that object wait for it. Each such statement is a warning in
// Result.Warnings. The objects it creates are not in the catalog the parser checks
// statements against, so statements about them (an index, a comment) are not
// checked against the files either.

// opaqueLatePriority places statements of kinds pgshape does not model (MERGE,
// CREATE STATISTICS) after every modelled kind: they usually need what the others
// create.
const opaqueLatePriority = 100

// opaqueStmt wraps a statement the grammar does not read.
func opaqueStmt(r *rawStmt) *stmt {
	named := *r
	named.node = &pg_query.Node{} // statementName reads the keywords of the text
	s := &stmt{raw: r, kind: statementName(&named), sql: r.text(), opaque: true}
	kind, name, ok := opaqueCreates(r)
	if ok {
		switch kind {
		case "TABLE", "VIEW":
			s.provide(refTable, name, "")
			s.provide(refType, name, "")
		case "SEQUENCE":
			s.provide(refSequence, name, "")
			s.provide(refTable, name, "")
		case "TYPE", "DOMAIN":
			s.provide(refType, name, "")
		case "FUNCTION", "PROCEDURE":
			s.provide(refFunction, name, "")
		}
		s.requireSchema(name.Schema)
	}
	msg := r.parseErr.Error()
	if pe, ok := r.parseErr.(*Error); ok {
		msg = pe.Message + " at " + strconv.Itoa(pe.Source.Line) + ":" + strconv.Itoa(pe.Source.Col)
	}
	r.file.warn(r.start, "%s not read by pgshape's parser (PostgreSQL 16 grammar: %s): loaded into the scratch database as written, "+
		"after the statements before it in its file; its dependencies were not read from the text", s.kind, msg)
	return s
}

// opaqueCreates reads, from the tokens of CREATE [OR REPLACE] [TEMP|UNLOGGED|...]
// [MATERIALIZED] {TABLE|VIEW|SEQUENCE|TYPE|DOMAIN|FUNCTION|PROCEDURE} [IF NOT EXISTS]
// name, the kind and name of the object a statement creates.
func opaqueCreates(r *rawStmt) (string, model.QName, bool) {
	var words []string
	var toks []scanToken
	for _, t := range significant(r.file.tokens) {
		if int(t.Start) >= r.start && int(t.End) <= r.end {
			toks = append(toks, t)
			words = append(words, strings.ToUpper(r.file.content[t.Start:t.End]))
		}
	}
	i := 0
	next := func(want ...string) bool {
		for _, w := range want {
			if i < len(words) && words[i] == w {
				i++
				return true
			}
		}
		return false
	}
	if !next("CREATE") {
		return "", model.QName{}, false
	}
	if next("OR") && !next("REPLACE") {
		return "", model.QName{}, false
	}
	for next("TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL", "RECURSIVE", "MATERIALIZED") {
	}
	if i >= len(words) {
		return "", model.QName{}, false
	}
	kind := words[i]
	switch kind {
	case "TABLE", "VIEW", "SEQUENCE", "TYPE", "DOMAIN", "FUNCTION", "PROCEDURE":
		i++
	default:
		return "", model.QName{}, false
	}
	if next("IF") && !(next("NOT") && next("EXISTS")) {
		return "", model.QName{}, false
	}
	// The name: one or two identifiers joined by a dot, parsed by pg_query as a
	// relation name so that quoting and case folding are PostgreSQL's.
	j := i + 1
	if j+1 < len(toks) && toks[j].Token == pg_query.Token_ASCII_46 {
		j += 2
	}
	if j > len(toks) {
		return "", model.QName{}, false
	}
	text := r.file.content[toks[i].Start:toks[j-1].End]
	tree, err := pg_query.Parse("SELECT FROM " + text)
	if err != nil || len(tree.Stmts) != 1 {
		return "", model.QName{}, false
	}
	from := tree.Stmts[0].Stmt.GetSelectStmt().GetFromClause()
	if len(from) != 1 || from[0].GetRangeVar() == nil {
		return "", model.QName{}, false
	}
	return kind, rangeVarName(from[0].GetRangeVar()), true
}

// orderOpaque keeps every opaque statement in its place in its file: it requires
// every statement written before it there (split-off parts, such as foreign keys
// moved out of their table, excepted: they follow their own references), and every
// statement written after it requires it.
func orderOpaque(stmts []*stmt) {
	byFile := map[*file][]*stmt{}
	hasOpaque := map[*file]bool{}
	for _, s := range stmts {
		byFile[s.raw.file] = append(byFile[s.raw.file], s)
		if s.opaque {
			hasOpaque[s.raw.file] = true
		}
	}
	for f, ss := range byFile {
		if !hasOpaque[f] {
			continue
		}
		at := func(s *stmt) ref {
			return ref{kind: refPosition, name: model.QName{Schema: f.name}, sub: strconv.Itoa(s.raw.index)}
		}
		for _, s := range ss {
			if s.part == 0 {
				s.provide(refPosition, at(s).name, at(s).sub)
			}
		}
		for _, o := range ss {
			if !o.opaque {
				continue
			}
			for _, s := range ss {
				switch {
				case s.raw.index < o.raw.index && s.part == 0:
					o.require(refPosition, at(s).name, at(s).sub)
				case s.raw.index > o.raw.index:
					s.require(refPosition, at(o).name, at(o).sub)
				}
			}
		}
	}
}

// undeclared reports whether a catalog error is about an object the files do not
// declare, which an opaque statement may create.
func undeclared(err error) bool {
	e, ok := err.(*Error)
	return ok && strings.Contains(e.Message, " is not declared")
}
