//go:build linux

package main

import (
	"fmt"
	"strings"
)

// shape is what an operation changes in the benchmark's schema; the zero value plus
// base() is the schema the table is created with.
type shape struct {
	aIndex    string // columns of stall_a_idx
	nnNotNull bool   // nn is NOT NULL
	labelLen  int    // label is varchar(labelLen)
	extra     string // statements after the table's
}

func base() shape { return shape{aIndex: "a", labelLen: 50} }

// sql is the desired-state file of the shape. Every object is named, so the names
// the naive DDL gives match pgshape's, and one undo serves both.
func (s shape) sql() string {
	nn := ""
	if s.nnNotNull {
		nn = " NOT NULL"
	}
	var b strings.Builder
	fmt.Fprintf(&b, `CREATE TABLE public.stall_ref (
    id integer NOT NULL,
    name text NOT NULL,
    CONSTRAINT stall_ref_pkey PRIMARY KEY (id)
);

CREATE TABLE public.stall (
    id bigint NOT NULL,
    a integer NOT NULL,
    b integer NOT NULL,
    c integer NOT NULL,
    u bigint NOT NULL,
    ref_id integer NOT NULL,
    qty integer NOT NULL,
    nn integer%s,
    label character varying(%d) NOT NULL,
    counter integer DEFAULT 0 NOT NULL,
    CONSTRAINT stall_pkey PRIMARY KEY (id)
);

CREATE INDEX stall_a_idx ON public.stall USING btree (%s);
`, nn, s.labelLen, s.aIndex)
	if s.extra != "" {
		b.WriteString("\n" + s.extra + "\n")
	}
	return b.String()
}

// operation is one row of the result table.
type operation struct {
	key     string // for -ops
	title   string // in the table
	desired shape
	naive   string // the DDL a developer would run, as one simple-protocol query
	undo    string // back to base(), whatever the apply left
	// reader: a transaction reads the table and stays open for -reader from just
	// before the apply starts.
	reader bool
	// idle: no DDL at all, only a window of -window (the load's own noise).
	idle bool
}

// undoAlways follows every undo: the history table goes, so the next migrate
// baselines again.
const undoAlways = `DROP TABLE IF EXISTS flyway_schema_history`

func operations() []operation {
	with := func(edit func(*shape)) shape {
		s := base()
		edit(&s)
		return s
	}
	addCheck := "ALTER TABLE public.stall ADD CONSTRAINT stall_qty_check CHECK (qty >= 0);"
	return []operation{
		{key: "none", title: "no DDL (noise)", idle: true},
		{
			key:     "add-index",
			title:   "add index",
			desired: with(func(s *shape) { s.extra = "CREATE INDEX stall_c_idx ON public.stall USING btree (c);" }),
			naive:   "CREATE INDEX stall_c_idx ON stall (c)",
			undo:    "DROP INDEX IF EXISTS stall_c_idx",
		},
		{
			key:     "replace-index",
			title:   "replace index (a) → (a, b)",
			desired: with(func(s *shape) { s.aIndex = "a, b" }),
			naive:   "DROP INDEX stall_a_idx; CREATE INDEX stall_a_idx ON stall (a, b)",
			undo:    "DROP INDEX IF EXISTS stall_a_idx; CREATE INDEX stall_a_idx ON stall (a)",
		},
		{
			key:     "add-unique",
			title:   "add unique constraint",
			desired: with(func(s *shape) { s.extra = "ALTER TABLE public.stall ADD CONSTRAINT stall_u_key UNIQUE (u);" }),
			naive:   "ALTER TABLE stall ADD CONSTRAINT stall_u_key UNIQUE (u)",
			undo:    "ALTER TABLE stall DROP CONSTRAINT IF EXISTS stall_u_key; DROP INDEX IF EXISTS stall_u_key",
		},
		{
			key:   "add-fk",
			title: "add foreign key",
			desired: with(func(s *shape) {
				s.extra = "ALTER TABLE public.stall ADD CONSTRAINT stall_ref_id_fkey FOREIGN KEY (ref_id) REFERENCES public.stall_ref (id);"
			}),
			naive: "ALTER TABLE stall ADD CONSTRAINT stall_ref_id_fkey FOREIGN KEY (ref_id) REFERENCES stall_ref (id)",
			undo:  "ALTER TABLE stall DROP CONSTRAINT IF EXISTS stall_ref_id_fkey",
		},
		{
			key:     "add-check",
			title:   "add check constraint",
			desired: with(func(s *shape) { s.extra = addCheck }),
			naive:   "ALTER TABLE stall ADD CONSTRAINT stall_qty_check CHECK (qty >= 0)",
			undo:    "ALTER TABLE stall DROP CONSTRAINT IF EXISTS stall_qty_check",
		},
		{
			key:     "set-not-null",
			title:   "set not null",
			desired: with(func(s *shape) { s.nnNotNull = true }),
			naive:   "ALTER TABLE stall ALTER COLUMN nn SET NOT NULL",
			undo:    "ALTER TABLE stall ALTER COLUMN nn DROP NOT NULL",
		},
		{
			key:     "widen-varchar",
			title:   "widen varchar(50) → varchar(100)",
			desired: with(func(s *shape) { s.labelLen = 100 }),
			naive:   "ALTER TABLE stall ALTER COLUMN label TYPE varchar(100)",
			// Narrowing rewrites the table: slow, but outside every window.
			undo: "ALTER TABLE stall ALTER COLUMN label TYPE varchar(50)",
		},
		{
			key:     "check-behind-reader",
			title:   "add check constraint behind a long reader",
			desired: with(func(s *shape) { s.extra = addCheck }),
			naive:   "ALTER TABLE stall ADD CONSTRAINT stall_qty_check CHECK (qty >= 0)",
			undo:    "ALTER TABLE stall DROP CONSTRAINT IF EXISTS stall_qty_check",
			reader:  true,
		},
	}
}
