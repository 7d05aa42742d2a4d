package emitter

// lockModes are PostgreSQL's table lock modes as pg_locks names them, weakest
// first: each conflicts with at least what the ones before it conflict with.
var lockModes = map[string]int{
	"AccessShareLock": 1, "RowShareLock": 2, "RowExclusiveLock": 3, "ShareUpdateExclusiveLock": 4,
	"ShareLock": 5, "ShareRowExclusiveLock": 6, "ExclusiveLock": 7, "AccessExclusiveLock": 8,
}

// LockStronger reports whether lock mode a is stronger than b; an unknown or
// empty mode is the weakest.
func LockStronger(a, b string) bool { return lockModes[a] > lockModes[b] }

// LockBlocks says what other sessions cannot do on a relation while mode is
// held: "reads and writes" (ACCESS EXCLUSIVE), "writes" (SHARE and stronger),
// or "" (neither: ordinary reads and writes go on).
func LockBlocks(mode string) string {
	switch {
	case mode == "AccessExclusiveLock":
		return "reads and writes"
	case lockModes[mode] >= lockModes["ShareLock"]:
		return "writes"
	}
	return ""
}
