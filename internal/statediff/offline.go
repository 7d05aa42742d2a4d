package statediff

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/parser"
	"github.com/pgshape/pgshape/review"
)

// OfflineNote is said of every offline comparison.
const OfflineNote = "offline: compared with pg_query's deparsed text, without a server; best effort: " +
	"PostgreSQL would store some differences alike (int4 vs integer, a constraint inline or apart) " +
	"and default values, generated names and view bodies are not resolved"

// Offline compares two schema directories with no server at all: every
// statement of every .sql file is parsed by pg_query, tied to the object it
// defines or belongs to (an index, grant or comment to its table), and
// deparsed, which settles keyword case, spacing, int vs integer and varchar vs
// character varying; an object's statements are then compared as a block.
// Differences pg_query cannot settle (int4 vs int, t vs public.t) are reported,
// with a note when they look like spelling only.
func Offline(fromDir, toDir string) (*Result, error) {
	from, err := readOffline(fromDir)
	if err != nil {
		return nil, err
	}
	to, err := readOffline(toDir)
	if err != nil {
		return nil, err
	}
	r := &Result{From: "schema " + fromDir, To: "schema " + toDir, Offline: true, Notes: map[model.ObjectID]string{}}
	r.Objects = review.DiffDefinitions(from.definitions(), to.definitions(), r.From, r.To)
	for _, d := range r.Objects {
		if d.Status != review.Changed {
			continue
		}
		if note := spellingNote(from[d.Object], to[d.Object]); note != "" {
			r.Notes[d.Object] = note
		}
	}
	return r, nil
}

// offlineStatement is one statement as pg_query deparses it.
type offlineStatement struct {
	text        string
	fingerprint string
}

// offlineState is a directory's statements by object.
type offlineState map[model.ObjectID][]offlineStatement

func readOffline(dir string) (offlineState, error) {
	files, err := parser.SQLFiles(dir)
	if err != nil {
		return nil, fmt.Errorf("diff --offline: %w", err)
	}
	var trees []*pg_query.ParseResult
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("diff --offline: %w", err)
		}
		tree, err := pg_query.Parse(string(b))
		if err != nil {
			return nil, fmt.Errorf("diff --offline: %s: %w", filepath.ToSlash(f), err)
		}
		trees = append(trees, tree)
	}
	// Views first: a grant or comment on a view belongs to the view, and the
	// statement alone does not say it is one.
	views := map[model.QName]bool{}
	for _, tree := range trees {
		for _, rs := range tree.Stmts {
			if id := objectOf(rs.Stmt, nil); id.Kind == model.KindView {
				views[id.Name] = true
			}
		}
	}
	st := offlineState{}
	for _, tree := range trees {
		for _, rs := range tree.Stmts {
			text, err := pg_query.Deparse(&pg_query.ParseResult{Stmts: []*pg_query.RawStmt{{Stmt: rs.Stmt}}})
			if err != nil {
				return nil, fmt.Errorf("diff --offline: %s: deparse: %w", dir, err)
			}
			fp, _ := pg_query.Fingerprint(text)
			id := objectOf(rs.Stmt, views)
			st[id] = append(st[id], offlineStatement{text: text, fingerprint: fp})
		}
	}
	return st, nil
}

// definitions turns the state into emitter definitions: an object's
// statements, creations first, then in text order, so that the order of files
// and statements does not matter.
func (st offlineState) definitions() []emitter.Definition {
	var defs []emitter.Definition
	for id, stmts := range st {
		texts := make([]string, len(stmts))
		for i, s := range stmts {
			texts[i] = s.text + ";"
		}
		sort.SliceStable(texts, func(i, j int) bool {
			if ri, rj := statementRank(texts[i]), statementRank(texts[j]); ri != rj {
				return ri < rj
			}
			return texts[i] < texts[j]
		})
		defs = append(defs, emitter.Definition{Object: id, SQL: strings.Join(texts, "\n")})
	}
	return defs
}

// statementOrder orders an object's statements as a reader expects them: the
// object itself, then what hangs on it. The first matching prefix counts.
var statementOrder = []string{
	"CREATE INDEX", "CREATE UNIQUE INDEX", "CREATE TRIGGER", "CREATE POLICY",
	"CREATE", "ALTER", "GRANT", "REVOKE", "COMMENT",
}

// statementRank is a statement's place in statementOrder: CREATE (the object)
// first, then its indexes, triggers, policies, alterations, grants, comments.
func statementRank(sql string) int {
	for i, prefix := range statementOrder {
		if strings.HasPrefix(sql, prefix) {
			if i < 4 {
				return i + 1 // after the CREATE of the object itself
			}
			if i == 4 {
				return 0
			}
			return i
		}
	}
	return len(statementOrder)
}

// spellings are rewrites that make two spellings PostgreSQL stores alike read
// the same, after pg_query has already settled keyword case, spacing, int vs
// integer and varchar vs character varying.
var spellings = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`\bpublic\.`), ""},
	{regexp.MustCompile(`"([a-z_][a-z0-9_]*)"`), "$1"},
	{regexp.MustCompile(`\b(int4|integer)\b`), "int"},
	{regexp.MustCompile(`\bint8\b`), "bigint"},
	{regexp.MustCompile(`\bint2\b`), "smallint"},
	{regexp.MustCompile(`\bbool\b`), "boolean"},
	{regexp.MustCompile(`\bfloat8\b`), "double precision"},
	{regexp.MustCompile(`\bfloat4\b`), "real"},
	{regexp.MustCompile(`\bdecimal\b`), "numeric"},
	{regexp.MustCompile(`\btimestamptz\b`), "timestamp with time zone"},
	{regexp.MustCompile(`\btimetz\b`), "time with time zone"},
	{regexp.MustCompile(`\bcharacter varying\b`), "varchar"},
}

func respell(sql string) string {
	for _, s := range spellings {
		sql = s.re.ReplaceAllString(sql, s.with)
	}
	return sql
}

// spellingNote says when two blocks of statements look alike once spelled
// alike, or when pg_query's fingerprints (which ignore constant values) match.
func spellingNote(a, b []offlineStatement) string {
	respelled := func(stmts []offlineStatement) []string {
		out := make([]string, len(stmts))
		for i, s := range stmts {
			out[i] = respell(s.text)
		}
		sort.Strings(out)
		return out
	}
	if slices.Equal(respelled(a), respelled(b)) {
		return "may be spelling only: the two read the same once type names and schema qualification are spelled alike " +
			"(e.g. int4 vs integer, t vs public.t); PostgreSQL would likely store them alike: compare with a server to be sure"
	}
	fingerprints := func(stmts []offlineStatement) []string {
		out := make([]string, len(stmts))
		for i, s := range stmts {
			out[i] = s.fingerprint
		}
		sort.Strings(out)
		return out
	}
	if slices.Equal(fingerprints(a), fingerprints(b)) {
		return "pg_query's fingerprints match: the difference is in constant values or spelling only"
	}
	return ""
}
