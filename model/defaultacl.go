package model

// DefaultPrivilege is one entry of ALTER DEFAULT PRIVILEGES: a privilege that objects
// of a kind get when Role creates them (in Schema, or in any schema when Schema is
// empty).
//
// Entries are kept as differences from PostgreSQL's built-in defaults, so that a role
// whose defaults were never altered has none, however it is spelled: a granted
// entry is a privilege beyond the built-in ones; a Revoked entry (only for database-
// wide entries) is a built-in one taken away, such as EXECUTE on FUNCTIONS from
// PUBLIC. The creating role's own privileges are not modelled, as for Privilege.
type DefaultPrivilege struct {
	Role   string
	Schema string // empty: every schema (no IN SCHEMA)
	// On is the kind of object as ALTER DEFAULT PRIVILEGES names it: TABLES,
	// SEQUENCES, FUNCTIONS, TYPES or SCHEMAS.
	On        string
	Grantee   string // a role name, or PUBLIC
	Privilege string // SELECT, EXECUTE, USAGE, ...
	Grantable bool
	Revoked   bool
}

// Less orders default privileges for stable output: role, schema, kind, grantee,
// privilege.
func (p DefaultPrivilege) Less(q DefaultPrivilege) bool {
	a := [5]string{p.Role, p.Schema, p.On, p.Grantee, p.Privilege}
	b := [5]string{q.Role, q.Schema, q.On, q.Grantee, q.Privilege}
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return !p.Revoked && q.Revoked
}
