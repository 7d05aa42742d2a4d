package model

// View is a view or a materialized view.
type View struct {
	Name         QName
	Materialized bool
	// NoData is set on a materialized view declared WITH NO DATA, or read from a
	// database where it is not populated (never refreshed). Only its creation
	// honours it: whether a materialized view holds rows is not part of its
	// definition (a REFRESH fills it without changing what it is), so it is
	// never compared, and definitions (emitter.Define) leave it out.
	NoData bool
	// Query is the SELECT as pg_get_viewdef(oid, true) prints it.
	Query string
	// Columns are the output column names, in order: CREATE OR REPLACE VIEW may only
	// append columns, so the differ compares them.
	Columns []string
	// ColumnTypes are the output columns' types (format_type), for the placeholder
	// that breaks a cycle with a function (see differ's CreateView.Placeholder). Not
	// compared: they follow from the query. Empty when not read (the parser's).
	ColumnTypes []string
	// Options are the storage parameters and view options as "name=value", sorted
	// (security_barrier=true, check_option=local, fillfactor=70).
	Options []string
	// Indexes are the indexes of a materialized view.
	Indexes []*Index
	// Triggers are INSTEAD OF (and statement) triggers on a view.
	Triggers       []*Trigger
	Comment        string
	ColumnComments map[string]string
	Privileges     []Privilege
	Owner          string // empty when owners are not compared
	Source         Source
}
