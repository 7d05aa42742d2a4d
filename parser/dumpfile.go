package parser

import (
	"fmt"
	"sort"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

// What pg_dump and Rails write around a schema, read so that their files load as
// the desired state as they ship:
//
//   - pg_dump --clean --if-exists starts with a prelude that drops every object
//     before recreating it (DROP ... IF EXISTS, ALTER TABLE IF EXISTS ... DROP
//     CONSTRAINT IF EXISTS / ALTER COLUMN ... DROP DEFAULT, and CREATE OR REPLACE
//     VIEW v AS SELECT NULL::type AS col, which is how it drops a view's query).
//     Statements of those forms before any other statement are skipped, with one
//     notice per file; a DROP after that is an error.
//   - To break a dependency cycle through a view (a view calling a function that
//     returns its row type), pg_dump creates the view first as a placeholder,
//     CREATE VIEW v AS SELECT NULL::type AS col, ..., and gives it its query later
//     with CREATE OR REPLACE VIEW v. Both are loaded, in that order; the objects that
//     need v wait only for the placeholder, and the catalog keeps the final query.
//   - A Rails db/structure.sql ends with INSERT INTO "schema_migrations" (version)
//     VALUES (...), and some dumps carry ar_internal_metadata rows: data of Rails'
//     own bookkeeping tables, skipped with a notice saying how many rows. Any other
//     data statement stays an error.

// dumpFile is what the intake found in one file.
type dumpFile struct {
	f *file
	// skipped are the statements of the --clean prelude.
	prelude []*rawStmt
	// railsRows counts the skipped rows per Rails table, railsAt is the first one.
	railsRows map[string]int
	railsAt   int
	// placeholders name the placeholder views, placeholderAt says where each
	// is, and replacing holds the CREATE OR REPLACE VIEW statements that
	// define them; open are the placeholders not replaced yet.
	placeholders  []string
	placeholderAt []int
	replacing     map[*rawStmt]bool
	open          map[model.QName]*rawStmt
	inPrelude     bool // no statement but the --clean prelude's read yet
}

// newDumpFile starts the intake of a file's statements (read).
func newDumpFile(f *file) *dumpFile {
	return &dumpFile{f: f, railsRows: map[string]int{}, railsAt: -1, replacing: map[*rawStmt]bool{}, open: map[model.QName]*rawStmt{}, inPrelude: true}
}

// read takes the file's next statement, its tree decoded: it reports
// whether the statement is to be analysed, false for those of pg_dump's
// --clean prelude and Rails' rows (counted for the notices), and finds
// placeholder views and their replacements.
func (d *dumpFile) read(r *rawStmt) bool {
	switch {
	case r.node == nil:
		d.inPrelude = false
		return true
	case isSessionSetting(r.node):
		return true
	case d.inPrelude && isCleanStatement(r.node):
		d.prelude = append(d.prelude, r)
		return false
	}
	d.inPrelude = false
	if table, rows := railsRows(r.node); rows > 0 {
		if d.railsAt < 0 {
			d.railsAt = r.start
		}
		d.railsRows[table] += rows
		return false
	}
	// A placeholder is replaced by the first CREATE OR REPLACE VIEW of its name after it.
	if v := r.node.GetViewStmt(); v != nil {
		q := rangeVarName(v.View)
		switch {
		case !v.Replace && isPlaceholderQuery(v.Query):
			d.open[q] = r
		case v.Replace && d.open[q] != nil:
			d.placeholders = append(d.placeholders, q.String())
			d.placeholderAt = append(d.placeholderAt, d.open[q].start)
			d.replacing[r] = true
			delete(d.open, q)
		}
	}
	return true
}

// notices adds the file's notices: one for the prelude, one for Rails' rows, one for
// the placeholder views.
func (d *dumpFile) notices() {
	if n := len(d.prelude); n > 0 {
		d.f.notice(d.prelude[0].start, "skipped pg_dump's --clean prelude: %s (DROP ... IF EXISTS and the like, before the first CREATE)",
			plural(n, "statement"))
	}
	if len(d.railsRows) > 0 {
		var parts []string
		for _, t := range []string{"schema_migrations", "ar_internal_metadata"} {
			if n := d.railsRows[t]; n > 0 {
				parts = append(parts, fmt.Sprintf("%s of %s", plural(n, "row"), t))
			}
		}
		d.f.notice(d.railsAt, "skipped Rails' bookkeeping data: %s", strings.Join(parts, ", "))
	}
	if n := len(d.placeholders); n > 0 {
		names := append([]string(nil), d.placeholders...)
		sort.Strings(names)
		d.f.notice(d.placeholderAt[0], "read %s pg_dump writes to break dependency cycles (%s): each takes its query from its later CREATE OR REPLACE VIEW",
			plural(n, "placeholder view"), strings.Join(names, ", "))
	}
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// isCleanStatement reports whether n is of a form pg_dump --clean --if-exists writes
// to drop an object before recreating it.
func isCleanStatement(n *pg_query.Node) bool {
	switch v := n.Node.(type) {
	case *pg_query.Node_DropStmt:
		return v.DropStmt.MissingOk
	case *pg_query.Node_DropUserMappingStmt:
		return v.DropUserMappingStmt.MissingOk
	case *pg_query.Node_DropSubscriptionStmt:
		return v.DropSubscriptionStmt.MissingOk
	case *pg_query.Node_DropdbStmt:
		return v.DropdbStmt.MissingOk
	case *pg_query.Node_AlterTableStmt:
		if !v.AlterTableStmt.MissingOk || len(v.AlterTableStmt.Cmds) == 0 {
			return false
		}
		for _, c := range v.AlterTableStmt.Cmds {
			cmd := c.GetAlterTableCmd()
			switch cmd.GetSubtype() {
			case pg_query.AlterTableType_AT_DropConstraint:
				if !cmd.MissingOk {
					return false
				}
			case pg_query.AlterTableType_AT_ColumnDefault: // ALTER COLUMN ... DROP DEFAULT
				if cmd.Def != nil {
					return false
				}
			default:
				return false
			}
		}
		return true
	case *pg_query.Node_AlterDomainStmt: // ALTER DOMAIN d DROP CONSTRAINT IF EXISTS c
		return v.AlterDomainStmt.Subtype == "X" && v.AlterDomainStmt.MissingOk
	case *pg_query.Node_ViewStmt: // a view's query dropped, the view kept
		return v.ViewStmt.Replace && isPlaceholderQuery(v.ViewStmt.Query)
	}
	return false
}

// isPlaceholderQuery reports whether a view's query is pg_dump's placeholder:
// SELECT NULL::type [COLLATE c] AS col, ... with nothing else.
func isPlaceholderQuery(n *pg_query.Node) bool {
	sel := n.GetSelectStmt()
	if sel == nil || len(sel.FromClause) > 0 || sel.WhereClause != nil || len(sel.ValuesLists) > 0 ||
		sel.Op != pg_query.SetOperation_SETOP_NONE || len(sel.GroupClause) > 0 || sel.HavingClause != nil {
		return false
	}
	for _, t := range sel.TargetList {
		rt := t.GetResTarget()
		if rt == nil || rt.Name == "" {
			return false
		}
		val := rt.Val
		if c := val.GetCollateClause(); c != nil {
			val = c.Arg
		}
		tc := val.GetTypeCast()
		if tc == nil || tc.Arg.GetAConst() == nil || !tc.Arg.GetAConst().Isnull {
			return false
		}
	}
	return true
}

// railsTables are Rails' bookkeeping tables whose rows a structure.sql may carry.
var railsTables = map[string]bool{"schema_migrations": true, "ar_internal_metadata": true}

// railsRows returns the table and the number of rows of INSERT INTO
// schema_migrations or ar_internal_metadata ... VALUES ..., and 0 for any other
// statement.
func railsRows(n *pg_query.Node) (string, int) {
	ins := n.GetInsertStmt()
	if ins == nil || ins.Relation == nil || len(ins.ReturningList) > 0 || ins.WithClause != nil {
		return "", 0
	}
	if s := ins.Relation.Schemaname; s != "" && s != defaultSchema {
		return "", 0
	}
	table := ins.Relation.Relname
	sel := ins.SelectStmt.GetSelectStmt()
	if !railsTables[table] || sel == nil || len(sel.ValuesLists) == 0 {
		return "", 0
	}
	return table, len(sel.ValuesLists)
}

// dropOutsidePrelude is the error for a DROP after the prelude: the files say what
// should exist, and dropping something they created earlier would be a migration.
func dropOutsidePrelude(r *rawStmt) error {
	if _, ok := r.node.Node.(*pg_query.Node_DropStmt); !ok {
		return nil
	}
	return r.file.errorAt(r.start, "%s is not read in desired-state files, which declare what should exist: "+
		"leave the object out instead (only pg_dump's --clean --if-exists prelude of DROP ... IF EXISTS, before the first CREATE, is skipped)",
		statementName(r))
}

// replacePlaceholder gives the placeholder view in the catalog the query, columns,
// options and source of the CREATE OR REPLACE VIEW s that defines it, keeping what
// statements about the view (comments, grants) already set.
func (b *builder) replacePlaceholder(s *stmt, n *pg_query.ViewStmt) error {
	q := rangeVarName(n.View)
	old := b.cat.Views[q]
	if old == nil {
		return s.errorAt(n.View.Location, "view %s is not declared before its CREATE OR REPLACE VIEW", q)
	}
	delete(b.cat.Views, q)
	delete(b.relNames[q.Schema], q.Name)
	err := b.applyCreateView(s, n)
	if v := b.cat.Views[q]; err == nil && v != nil {
		old.Query, old.Columns, old.Options, old.Source = v.Query, v.Columns, v.Options, v.Source
	}
	b.cat.Views[q] = old
	b.useRel(q.Schema, q.Name)
	return err
}

// replacesPlaceholder turns the analysed CREATE OR REPLACE VIEW of a placeholder
// into the statement that only redefines it: the view is provided by the
// placeholder, so what needs the view (the function of the cycle) waits for the
// placeholder alone, and this statement for it.
func replacesPlaceholder(ss []*stmt) {
	s := ss[0]
	q := rangeVarName(s.node.GetViewStmt().View)
	var provides []ref
	for _, p := range s.provides {
		if p.name != q || (p.kind != refTable && p.kind != refType) {
			provides = append(provides, p)
		}
	}
	s.provides = provides
	s.require(refTable, q, "")
	s.replaces = true
}
