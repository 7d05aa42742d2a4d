package drift

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/internal/planner"
)

// Fix plans the migration that brings the database back to its expected state,
// rehearsed like every plan on a copy of the database. Against migrations, the
// file must also replay: the migrations before it build the expected state,
// where the drift it undoes never happened, and every later replay (plan,
// generate, drift) runs it there. So its statements are written in the forms
// that tolerate an object already being as wanted (DROP ... IF EXISTS, ADD
// COLUMN IF NOT EXISTS, CREATE OR REPLACE VIEW, a constraint or policy added
// only when missing, ...), and the plan is applied
// to the expected state too, where it must fail nothing and change nothing;
// when it cannot (a constraint added by hand and dropped again, say), Fix says
// so rather than write a file that breaks the migrations.
func Fix(ctx context.Context, opts Options) (*planner.Result, error) {
	exp, report, err := expected(ctx, opts)
	if err != nil {
		return nil, err
	}
	// The repair gets the next version, after every file; it would run after
	// the pending ones, on a state it was not planned for.
	for _, p := range report.Pending {
		if p.Version != "" {
			return nil, fmt.Errorf("drift: %s has pending migrations (%s first): migrate them, then fix the drift that remains",
				report.Database, p.Script)
		}
	}
	result, err := planner.Plan(ctx, opts.Planner, planner.URLSource(opts.URL), exp)
	if err != nil {
		return nil, err
	}
	if result.Plan.Empty() || exp.Kind != planner.FromMigrations {
		return result, nil
	}
	tolerate(result.Plan)
	if err := planner.CheckNoOp(ctx, opts.Planner, opts.URL, result.Desired, result.Plan); err != nil {
		return nil, fmt.Errorf("drift: the repair cannot be written as a migration, it would not replay after the ones before it: %w", err)
	}
	return result, nil
}

// tolerate rewrites the statements of plan into the forms that do nothing when
// the object is already as wanted. Each statement of a plan holds one action,
// spelled by the emitter, so matching its start is enough.
func tolerate(plan *emitter.Plan) {
	for gi := range plan.Groups {
		for si := range plan.Groups[gi].Statements {
			st := &plan.Groups[gi].Statements[si]
			st.SQL = tolerant(st.SQL)
		}
	}
}

// identifier and qualified match a name as the emitter spells it: quoted when it
// must be, schema-qualified for tables.
const (
	identifier = `(?:"(?:[^"]|"")*"|[^\s."(]+)`
	qualified  = identifier + `(?:\.` + identifier + `)?`
)

var tolerantForms = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`^DROP (INDEX CONCURRENTLY|INDEX|VIEW|MATERIALIZED VIEW|TABLE|SEQUENCE|FUNCTION|PROCEDURE|TYPE|DOMAIN|SCHEMA|TRIGGER|POLICY|EXTENSION|COLLATION) `), "DROP $1 IF EXISTS "},
	{regexp.MustCompile(`^(ALTER TABLE (?:ONLY )?` + qualified + `) DROP (COLUMN|CONSTRAINT) `), "$1 DROP $2 IF EXISTS "},
	{regexp.MustCompile(`^(ALTER TABLE (?:ONLY )?` + qualified + `) ADD COLUMN `), "$1 ADD COLUMN IF NOT EXISTS "},
	{regexp.MustCompile(`^CREATE (UNIQUE INDEX CONCURRENTLY|INDEX CONCURRENTLY|UNIQUE INDEX|INDEX|TABLE|UNLOGGED TABLE|SEQUENCE|SCHEMA|MATERIALIZED VIEW) `), "CREATE $1 IF NOT EXISTS "},
	{regexp.MustCompile(`^CREATE (VIEW|RECURSIVE VIEW|TRIGGER|FUNCTION|PROCEDURE) `), "CREATE OR REPLACE $1 "},
}

// Constraints and policies have no IF NOT EXISTS: the statement runs only when
// the catalog lacks the object, in a DO block.
var (
	addConstraint = regexp.MustCompile(`^ALTER TABLE (?:ONLY )?(` + qualified + `) ADD CONSTRAINT (` + identifier + `) `)
	createPolicy  = regexp.MustCompile(`^CREATE POLICY (` + identifier + `) ON (` + qualified + `) `)
)

func tolerant(sql string) string {
	for _, f := range tolerantForms {
		if f.re.MatchString(sql) {
			return f.re.ReplaceAllString(sql, f.with)
		}
	}
	if m := addConstraint.FindStringSubmatch(sql); m != nil {
		return unlessExists(sql, "pg_constraint", "conrelid", "conname", m[1], m[2])
	}
	if m := createPolicy.FindStringSubmatch(sql); m != nil {
		return unlessExists(sql, "pg_policy", "polrelid", "polname", m[2], m[1])
	}
	return sql
}

// doTag quotes the statement inside the DO block.
const doTag = "$pgshape_fix$"

// unlessExists wraps sql in a DO block that runs it unless catalog already has a
// row for the object named name on table.
func unlessExists(sql, catalog, relColumn, nameColumn, table, name string) string {
	if strings.Contains(sql, doTag) {
		return sql
	}
	return "DO " + doTag + " BEGIN IF NOT EXISTS (SELECT FROM pg_catalog." + catalog +
		" WHERE " + relColumn + " = " + literal(table) + "::regclass AND " + nameColumn + " = " + literal(unquote(name)) +
		") THEN " + sql + "; END IF; END " + doTag
}

// unquote is the name a possibly quoted identifier stands for.
func unquote(id string) string {
	if len(id) >= 2 && id[0] == '"' {
		return strings.ReplaceAll(id[1:len(id)-1], `""`, `"`)
	}
	return id
}

func literal(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
