// Package pgtest is the test harness around pgtemp: one throwaway PostgreSQL per test
// package, a fresh database per test.
//
// Use it from TestMain:
//
//	func TestMain(m *testing.M) { pgtest.Main(m) }
//
//	func TestSomething(t *testing.T) {
//		url := pgtest.NewDatabase(t)
//		pgtest.Exec(t, url, "CREATE TABLE t (id int)")
//		...
//	}
//
// The server starts with the first test that asks for a database and stops when
// Main returns. It lives in RAM (/dev/shm) when there is room, since creating and
// dropping databases is much of what tests ask of it. Tests run against a real
// server, never a mock. When the server binaries are missing, Main prints how to
// install them and exits with status 1: a test run that silently skipped every
// database test would pass without testing anything.
package pgtest
