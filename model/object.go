package model

// The kinds of object compared as a whole, by the statements that create them (see
// Object). They are the kinds a schema needs less often, whose definitions the
// server prints in one piece: nothing in them is altered column by column.
const (
	KindAggregate          ObjectKind = "aggregate"
	KindOperator           ObjectKind = "operator"
	KindOperatorClass      ObjectKind = "operator class"
	KindOperatorFamily     ObjectKind = "operator family"
	KindCast               ObjectKind = "cast"
	KindTextSearchConfig   ObjectKind = "text search configuration"
	KindTextSearchDict     ObjectKind = "text search dictionary"
	KindTextSearchParser   ObjectKind = "text search parser"
	KindTextSearchTemplate ObjectKind = "text search template"
	KindRule               ObjectKind = "rule"
	KindEventTrigger       ObjectKind = "event trigger"
	KindStatistics         ObjectKind = "statistics"
	KindForeignDataWrapper ObjectKind = "foreign data wrapper"
	KindServer             ObjectKind = "server"
	KindUserMapping        ObjectKind = "user mapping"
	KindForeignTable       ObjectKind = "foreign table"
	KindPublication        ObjectKind = "publication"
	// KindPublicationTable is a table a publication publishes (Name the table,
	// Member the publication); KindPublicationSchema a schema it publishes (Name.Name
	// the schema, Member the publication).
	KindPublicationTable  ObjectKind = "publication table"
	KindPublicationSchema ObjectKind = "publication schema"
)

// Object is an object of one of the kinds above. Its identity is its ID, spelled so
// that DDL can name it from the ID alone:
//
//   - aggregates and operators: Name.Name is the name and identity arguments, as for
//     functions ("total(integer)", "===(text, text)");
//   - operator classes and families: Member is the access method;
//   - casts: Name.Name is "source AS target", Name.Schema empty;
//   - rules: Name is the table or view, Member the rule;
//   - the tables and schemas of a publication: Name the table or schema, Member
//     the publication;
//   - user mappings: Name.Name is the server, Member the role (or PUBLIC);
//   - event triggers, foreign data wrappers, servers and publications: Name.Name,
//     with no schema;
//   - the rest: Name.
//
// Create holds the statements that make the object as the server prints its
// catalog back: two objects are the same when their statements are, and a changed
// object is dropped and created again (with what depends on it).
type Object struct {
	ID         ObjectID
	Create     []string // statements without the final ";"
	Comment    string
	Owner      string // empty when owners are not compared, or the kind has none
	Privileges []Privilege
	// Options are the generic options of a foreign data wrapper, server, user
	// mapping or foreign table (the table's own, not its columns') as "name=value",
	// sorted, a password as its placeholder; nil for other kinds. They are part of
	// Create too: a change of options alone is made with ALTER ... OPTIONS.
	Options []string
	Source  Source
}

// ObjectIDs returns the ids of c.Objects sorted by kind, then name and member.
func (c *Catalog) ObjectIDs() []ObjectID { return sortedKeysBy(c.Objects, ObjectID.Less) }

// Less orders object ids by kind, then name, then member.
func (o ObjectID) Less(p ObjectID) bool {
	if o.Kind != p.Kind {
		return o.Kind < p.Kind
	}
	if o.Name != p.Name {
		return o.Name.Less(p.Name)
	}
	return o.Member < p.Member
}
