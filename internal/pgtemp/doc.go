// Package pgtemp runs a throwaway PostgreSQL server from the binaries installed on
// the local machine.
//
// pgshape uses it twice: at run time as the embedded shadow database (when the user
// gives no server of their own, the desired schema and the migrations are replayed
// into it so that PostgreSQL itself prints the canonical text of every object), and
// in tests, where package pgtest starts one server per test package.
//
// A Server lives in a fresh temporary directory that holds its data directory, its
// log and its Unix socket. It listens on no TCP port, so many servers can run side by
// side and none is reachable from the network. Durability is switched off
// (fsync=off and friends) because the data is thrown away: Stop removes the
// directory. StartWith's Options can put that directory elsewhere, keep the log
// outside it, and override settings: the writer-stall benchmark (internal/stallbench)
// runs a server sized for a write load that way.
//
// When the process runs as root, initdb and postgres refuse to run, so the server is
// run as an unprivileged OS user ("postgres" when it exists, else "nobody").
//
// The postmaster is started in its own process group, so a Ctrl-C at the terminal
// reaches pgshape and not the server directly, and on Linux with a parent-death
// signal, so it shuts down if pgshape is killed without a chance to clean up.
// StopOnSignal stops the server and exits when pgshape receives SIGINT or SIGTERM.
package pgtemp
