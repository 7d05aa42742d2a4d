package model

// Trigger is a trigger on a table (or view), constraint triggers included.
type Trigger struct {
	Name string
	// Definition is the CREATE TRIGGER statement as pg_get_triggerdef prints it.
	Definition string
	// Enabled is pg_trigger.tgenabled: "O" (origin, the default), "D" (disabled),
	// "R" (replica) or "A" (always).
	Enabled string
	Comment string
	Source  Source
}

// Policy is a row-level security policy of a table.
type Policy struct {
	Name       string
	Permissive bool
	// Command is ALL, SELECT, INSERT, UPDATE or DELETE.
	Command string
	// Roles are the roles it applies to, sorted; "public" for everyone.
	Roles     []string
	Using     string // as pg_get_expr prints it, empty for none
	WithCheck string
	Comment   string
	Source    Source
}

// Privilege is one privilege granted on an object: "SELECT" to a role, perhaps
// WITH GRANT OPTION, perhaps on one column.
type Privilege struct {
	Grantee   string // a role name, or "PUBLIC"
	Privilege string // SELECT, INSERT, UPDATE, USAGE, EXECUTE, ...
	Column    string // for column privileges of a table
	Grantable bool
}
