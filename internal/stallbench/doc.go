//go:build linux

// Stallbench measures how long writers stall while a schema change is applied, with
// pgshape's generated migrations and with the naive DDL a developer would type.
//
//	go run ./internal/stallbench -rows 5000000,10000000
//
// For each size it creates a table of N rows in a PostgreSQL server of its own (a
// pgtemp server in a temporary directory under -dir, tuned for a write load: shared_buffers 1GB, max_wal_size
// 8GB, a 1-hour checkpoint_timeout, fsync, synchronous_commit and full_page_writes off,
// autovacuum off, no parallel workers), puts it under a steady write load (-clients
// connections, each doing single-row UPDATEs by random primary key and INSERTs, one
// after the other, as fast as it can) and applies each operation twice:
//
//   - pgshape: the desired schema, with the operation, is written to a fresh schema
//     directory; the pgshape binary built from this checkout runs generate into a
//     fresh migrations directory (not measured), then migrate with
//     --baseline-on-migrate --baseline-version 0 (measured);
//   - naive: the DDL is sent as one simple-protocol query (one implicit transaction),
//     as psql would.
//
// The apply window runs from just before the apply starts to just after it ends; the
// result is the longest latency of any write that overlapped the window (started,
// ended or was in flight within it). Between measurements the operation is undone
// (and the history table dropped), checked with pgshape plan against the base schema,
// and followed by a CHECKPOINT and a pause, so every window starts from the same
// state. The no-DDL row is the load's own noise over -window of nothing.
//
// The output is a Markdown table on stdout (and in -out), with notes per operation.
// Logs (generate's and migrate's output, the generated files, the server log) are kept
// in -logs. The server and its data directory are removed at the end, also on error
// or Ctrl-C.
//
// Stallbench is a package main under internal/ so that go test ./... neither runs
// nor builds a benchmark that takes minutes. It runs on Linux only (pgtemp runs the
// server as the postgres user when started as root, with a parent-death signal).
package main
