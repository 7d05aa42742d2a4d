package parser

import (
	"os"
	"path/filepath"
	"sort"

	"github.com/pgshape/pgshape/model"
)

// Statement is one desired-state statement, ready to execute in a shadow database.
type Statement struct {
	// SQL is the text to execute: the statement as written, or deparsed by pg_query
	// when the parser had to split or adjust it (foreign keys out of CREATE TABLE,
	// OWNED BY out of CREATE SEQUENCE, IF NOT EXISTS added to CREATE SCHEMA public).
	// It has no trailing semicolon.
	SQL string
	// Source is where the statement starts; parts split off a statement carry the
	// original statement's source.
	Source model.Source
	// Kind is "CREATE SCHEMA", "CREATE EXTENSION", "CREATE TYPE", "CREATE DOMAIN",
	// "ALTER DOMAIN", "CREATE FUNCTION", "CREATE PROCEDURE", "CREATE SEQUENCE",
	// "ALTER SEQUENCE", "CREATE TABLE", "ALTER TABLE", "CREATE INDEX", "ALTER INDEX",
	// "CREATE VIEW", "CREATE MATERIALIZED VIEW", "ALTER VIEW",
	// "ALTER MATERIALIZED VIEW", "CREATE TRIGGER", "CREATE POLICY", "OWNER TO"
	// (ALTER ... OWNER TO but on tables), "GRANT", "REVOKE",
	// "ALTER DEFAULT PRIVILEGES" or "COMMENT"; for an opaque statement, the leading
	// keywords of its text ("CREATE TABLE", "MERGE").
	Kind string
	// Opaque marks a statement the parser's grammar does not read (newer syntax, or
	// a mistake): SQL is its text as written, for the server to judge, and the
	// statements about the objects it creates are not checked against the files.
	Opaque bool
	// Deps says what the statement creates or changes and what it needs; nil
	// when the parser does not follow what it changes (opaque statements, those
	// about objects compared as a whole, default privileges).
	Deps *Deps
}

// Result is the desired state read from the files.
type Result struct {
	// Statements are in load order: every statement after the ones it depends on.
	Statements []Statement
	// Notices report what was read but not kept, one "file:line: message" each, in
	// file and line order: session settings (SET search_path, set_config) and psql
	// meta-commands (\connect) skipped, default privileges not compared, pg_dump's
	// --clean prelude and Rails' schema_migrations rows skipped (one notice per
	// file each, with how many), pg_dump's placeholder views read.
	Notices []string
	// Warnings are "file:line:col: message", in file and position order, for the
	// statements the parser's grammar does not read (see Statement.Opaque): loaded
	// as written, their dependencies not read from the text.
	Warnings []string
	// Renames are the rename annotations (-- pgshape:renamed-from old_name) found
	// before a statement or a column definition.
	Renames []Rename
}

// Rename says that an object declared in the files was called From before: the
// differ renames it instead of dropping and creating it.
type Rename struct {
	Object model.ObjectID
	From   string
	Source model.Source // the annotation's position
}

// ParseDir parses every *.sql file under dir, recursively, skipping directories whose
// name starts with a dot (see SQLFiles). File names in sources and errors are dir
// joined with the file's path, with forward slashes ("schema/tables/users.sql").
func ParseDir(dir string) (*Result, error) {
	res, _, err := parseDir(dir)
	return res, err
}

// StartDir reads the files under dir as ParseDir does, but returns as soon
// as their statements are known: the checks that follow (duplicate or
// missing objects, what pgshape does not support) go on in the background,
// and check waits for them and returns what ParseDir would have returned as
// its error. The statements are not to be trusted, nor shown, before check
// returned nil; they may be loaded into a scratch database meanwhile.
func StartDir(dir string) (_ *Result, check func() error, _ error) {
	files, err := readDir(dir)
	if err != nil {
		return nil, nil, err
	}
	return start(files)
}

// start is startFiles without the catalog.
func start(files map[string]string) (*Result, func() error, error) {
	res, check, err := startFiles(files)
	if err != nil {
		return nil, nil, err
	}
	return res, func() error { _, err := check(); return err }, nil
}

// parseDir is ParseDir that also returns the parser's catalog (see parseFiles).
func parseDir(dir string) (*Result, *model.Catalog, error) {
	files, err := readDir(dir)
	if err != nil {
		return nil, nil, err
	}
	return parseFiles(files)
}

// readDir reads the files ParseDir parses, by path.
func readDir(dir string) (map[string]string, error) {
	paths, err := SQLFiles(dir)
	if err != nil {
		return nil, err
	}
	files := make(map[string]string, len(paths))
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		files[filepath.ToSlash(path)] = string(b)
	}
	return files, nil
}

// ParseFiles parses files given as name → contents. Files and the statements in them
// may come in any order. Every problem found is reported: syntax errors of every file,
// unsupported statements, duplicate or missing objects, each as an *Error, joined.
func ParseFiles(files map[string]string) (*Result, error) {
	res, _, err := parseFiles(files)
	return res, err
}

// parseFiles is ParseFiles that also returns the catalog the checks read: the
// objects as the parser understands them (see the package documentation).
func parseFiles(files map[string]string) (*Result, *model.Catalog, error) {
	res, check, err := startFiles(files)
	if err != nil {
		return nil, nil, err
	}
	cat, err := check()
	if err != nil {
		return nil, nil, err
	}
	return res, cat, nil
}

// startFiles reads files up to their statements in load order, and checks
// them against the catalog they declare in the background: check waits for
// that and returns the catalog, or every problem found. The checks are a
// third of the time on a large schema, and what the statements are does
// not depend on them.
func startFiles(files map[string]string) (_ *Result, check func() (*model.Catalog, error), _ error) {
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)

	var errs []error
	var stmts []*stmt
	var fs []*file
	opaque := false // some statement is opaque: the catalog may miss what it creates
	for _, name := range names {
		f := &file{name: name, content: files[name]}
		fs = append(fs, f)
		raws, ferrs := splitFile(f)
		errs = append(errs, ferrs...)
		read := readStatements(f, raws)
		stmts = append(stmts, read.stmts...)
		errs = append(errs, read.errs...)
		opaque = opaque || read.opaque
		f.finishRenames()
		errs = append(errs, f.renameErrs...)
		f.tokens = nil // read: 16 bytes for every token of the file
	}
	if len(errs) > 0 {
		return nil, nil, joinErrors(errs)
	}
	ordered, err := loadOrder(stmts)
	if err != nil {
		return nil, nil, err
	}
	res := &Result{}
	for _, f := range fs {
		res.Notices = append(res.Notices, f.noticeLines()...)
		res.Warnings = append(res.Warnings, f.warningLines()...)
		res.Renames = append(res.Renames, f.renames...)
	}
	depNames := newDepsNames(len(ordered))
	res.Statements = make([]Statement, len(ordered))
	for i, s := range ordered {
		res.Statements[i] = Statement{SQL: s.sql, Source: s.source(), Kind: s.kind, Opaque: s.opaque, Deps: s.deps(depNames)}
	}
	type checked struct {
		cat  *model.Catalog
		errs []error
	}
	done := make(chan checked, 1)
	go func() {
		// The builder reads the statements, in load order, into a catalog of
		// what the files declare, to check each one against it before any
		// server sees them.
		b := newBuilder()
		var errs []error
		for i, s := range ordered {
			if i%readWindow == 0 {
				// Decoded again for the builder, a window at a time on every
				// processor, and dropped once applied.
				window := ordered[i:min(i+readWindow, len(ordered))]
				inParallel(len(window), func(k int) { window[k].node = window[k].tree() })
			}
			err := b.apply(s)
			// Applied, its tree is no longer needed: the trees of a large
			// schema, encoded, weigh many times its text.
			s.node, s.encoded, s.raw.encoded = nil, nil, nil
			if err != nil && !(opaque && undeclared(err)) {
				// With opaque statements, an object the files seem not to declare may be
				// one of theirs: the scratch database will tell.
				errs = append(errs, err)
			}
		}
		b.finish()
		done <- checked{b.cat, errs}
	}()
	return res, func() (*model.Catalog, error) {
		c := <-done
		done <- c // a second call gets the same
		if len(c.errs) > 0 {
			return nil, joinErrors(c.errs)
		}
		return c.cat, nil
	}, nil
}
