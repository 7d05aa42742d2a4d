// Package golden is what the golden test cases under testdata/ share between the
// tests that need PostgreSQL and the tests that do not: where the cases are,
// which PostgreSQL majors a case is about, and the stable JSON in which the
// server-backed tests store what they read from the server.
//
// Each case of testdata/diff, testdata/online and testdata/equivalent holds,
// beside its SQL and its golden plan, the canonical states the planner diffed
// (InputFile, a planner.DiffInput): written by the server-backed tests of
// internal/planner with -update, compared with what the server says in every
// other run on GoldenMajor, so that they cannot drift from it. The emitter's
// tests replay them through differ and emitter to the golden plan with no
// server, in milliseconds.
//
// The JSON is meant to be read in review and diffed: keys sorted, one value a
// line, fields with zero values left out, SQL text unescaped. Marshal writes it
// for any value of plain data (model's types and what holds them); Unmarshal
// reads it back to an equal value, and refuses fields the type no longer has.
package golden
