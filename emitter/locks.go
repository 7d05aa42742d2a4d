package emitter

// Lock is a table-level lock a statement takes: its mode as pg_locks names it
// ("AccessExclusiveLock", "ShareUpdateExclusiveLock", ...) and the relation it is
// taken on, qualified and quoted as in the plan ("public.orders").
type Lock struct {
	Mode     string
	Relation string
}
