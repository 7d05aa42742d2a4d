package planner

import (
	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/schema"
)

// HistoryTable names the runner's history table as sql/migrate resolves it: the
// table (flyway.table, default flyway_schema_history) in defaultSchema, else in
// the first of schemas. With neither, the runner uses the connection's current
// schema, which only the target knows: the name is then matched in every schema.
func HistoryTable(table, defaultSchema string, schemas []string) model.QName {
	if table == "" {
		table = schema.FlywayHistoryTable
	}
	if defaultSchema == "" && len(schemas) > 0 {
		defaultSchema = schemas[0]
	}
	return model.QName{Schema: defaultSchema, Name: table}
}

// schemaOptions are the catalog reader's options for every state: owners as
// asked, and the history tables left out. The runner owns the history table,
// never the schema files: it is left out of both sides, whatever its name and
// schema, so no plan creates, changes or drops it. Flyway's default name stays
// left out in every schema too: a database may have been migrated by Flyway
// with its defaults before this configuration.
func (opts Options) schemaOptions() schema.Options {
	ignore := []model.QName{{Name: schema.FlywayHistoryTable}}
	if h := opts.historyTable(); h != ignore[0] {
		ignore = append(ignore, h)
	}
	// Every state the planner reads is in a scratch database but a live
	// one's (inspectURL), whose sizes grade the plan's hazards.
	return schema.Options{WithOwners: opts.WithOwners, IgnoreTables: ignore, WithoutStats: true}
}

// historyTable is opts.History, else Flyway's default name in every schema.
func (opts Options) historyTable() model.QName {
	if opts.History.Name != "" {
		return opts.History
	}
	return HistoryTable("", "", nil)
}

// leaveHistorySchemaOut removes the history table's schema from a catalog that
// has it while other lacks it, when it holds nothing there (its history table
// already left out): the runner creates that schema for its table (Flyway's
// defaultSchema, created when missing), and neither a plan nor pull should
// drop or declare it. A schema both states have is compared as usual, and one
// that holds objects is the user's.
func leaveHistorySchemaOut(h model.QName, c, other *model.Catalog) {
	if h.Schema == "" || other.Schemas[h.Schema] != nil || c.Schemas[h.Schema] == nil || holdsObjects(c, h.Schema) {
		return
	}
	delete(c.Schemas, h.Schema)
}

// holdsObjects reports whether anything of the catalog lives in the schema:
// an object of any kind model.Catalog.Keep visits, an extension's objects, or
// default privileges for the schema.
func holdsObjects(c *model.Catalog, name string) bool {
	found := false
	// Keeping everything changes nothing: Keep is only the visitor here, which
	// knows every kind of object a schema can hold.
	c.Keep(func(id model.ObjectID) bool {
		if id.Kind != model.KindSchema && id.Name.Schema == name {
			found = true
		}
		return true
	})
	for _, e := range c.Extensions {
		found = found || e.Schema == name
	}
	for _, p := range c.DefaultPrivileges {
		found = found || p.Schema == name
	}
	return found
}
