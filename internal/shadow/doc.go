// Package shadow provides scratch databases and runs SQL in them: the desired state is
// loaded into one and read back to get PostgreSQL's canonical spelling, and every plan
// is rehearsed on another before it is shown.
//
// A scratch database lives on, in order of preference: a server given with --dev-url,
// the target server itself (when the user may create databases there), or an embedded
// throwaway server started from the local PostgreSQL installation. Scratch databases
// on real servers carry a comment that marks them as pgshape's, so a later run can
// drop the ones a crashed run left behind.
//
// Every session costs the server a process and a catalog-cache build, as much as a
// small query: a Server keeps one session for creating and dropping databases, and a
// Database one for pgshape's own statements and reads in it (Database.Conn).
//
// Load runs the desired-state statements on one session; LoadParallel on two,
// keeping the load order wherever it can change what is loaded (parallel.go).
package shadow
