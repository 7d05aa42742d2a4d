//go:build linux

package main

import (
	"context"

	"github.com/pgshape/pgshape/internal/pgtemp"
)

// serverSettings suit a sustained write load on one machine. They go to pgtemp after
// its own settings, which are tuned for many tiny test databases (32MB of shared
// buffers), and override them. Durability is off (fsync, synchronous_commit,
// full_page_writes): the data is thrown away, and a commit that waits for a disk
// flush would measure the disk, not the locks. Checkpoints are rare and the benchmark
// runs one itself between measurements, outside every window. Autovacuum is off so it
// never takes a lock on the table in the middle of a window; the table is vacuumed
// once after loading. Parallel workers are off: the machine may have few cores. The
// settings the numbers depend on are named here even where pgtemp sets the same
// value, so that a change to pgtemp's defaults cannot change what is measured.
var serverSettings = []string{
	"max_connections=50",
	"shared_buffers=1GB",
	"maintenance_work_mem=512MB",
	"max_wal_size=8GB",
	"min_wal_size=1GB",
	"checkpoint_timeout=1h",
	"fsync=off",
	"synchronous_commit=off",
	"full_page_writes=off",
	"autovacuum=off",
	"max_parallel_workers_per_gather=0",
	"max_parallel_maintenance_workers=0",
	"jit=off",
	"log_lock_waits=on",
	"deadlock_timeout=100ms", // so that the log names every lock wait of 100 ms or more
	"log_checkpoints=on",
	"log_min_duration_statement=-1",
}

// startServer starts a throwaway server with serverSettings, its directory in base
// and its log in logPath, which outlives it. The caller stops it.
func startServer(ctx context.Context, base, logPath string) (*pgtemp.Server, error) {
	return pgtemp.StartWith(ctx, pgtemp.Options{Dir: base, LogPath: logPath, Settings: serverSettings})
}
