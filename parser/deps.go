package parser

import (
	"github.com/pgshape/pgshape/model"
)

// Deps says what a statement creates or changes and what it needs, so that a
// caller can load part of the files: the statements about some objects and
// the statements those need, in load order.
type Deps struct {
	// Objects are the keys (RelationKey, FunctionKey, ...) of the objects the
	// statement creates or changes: the table it creates, alters, indexes,
	// comments on or grants on, the sequence a serial column makes, the index
	// it creates.
	Objects []string
	// Provides and Requires are what the statement makes and needs, as the
	// load order sees them (a column, a table's unique key, the functions of
	// a name): equal numbers name the same thing within one Result.
	Provides, Requires []RefID
	// Uses are the keys of the objects whose every statement can change
	// what this one makes (a view's table, whose columns a * lists; a
	// partition's parent, whose indexes it gets): Requires by object, but
	// for a foreign key's referenced table, which needs only its key.
	Uses []string
}

// The keys of objects, as Deps and the catalog name them: one namespace for
// relations and types (tables, views, sequences, indexes, and the types that
// share pg_type with their row types), one each for functions (every
// overload of a name), schemas, collations and extensions. Names are clipped
// as PostgreSQL clips identifiers, so a key from the files matches the one
// from the catalog read back.

// RelationKey is the key of a table, view, sequence, index or type.
func RelationKey(q model.QName) string { return objectKey('r', q) }

// FunctionKey is the key of every function and procedure named q.
func FunctionKey(q model.QName) string { return objectKey('f', q) }

// SchemaKey is the key of a schema.
func SchemaKey(name string) string { return objectKey('s', model.QName{Name: name}) }

// CollationKey is the key of a collation.
func CollationKey(q model.QName) string { return objectKey('c', q) }

// ExtensionKey is the key of an extension.
func ExtensionKey(name string) string { return objectKey('e', model.QName{Name: name}) }

func objectKey(ns byte, q model.QName) string {
	return string(ns) + truncateIdent(q.Schema) + "\x00" + truncateIdent(q.Name)
}

// refKey is the key of the object a ref names: members (columns,
// constraints, triggers, policies, unique keys) by their table, the others
// by themselves; "" for refs that name no object (a statement's position).
func refKey(r ref) string {
	switch r.kind {
	case refSchema:
		return SchemaKey(r.name.Name)
	case refExtension:
		return ExtensionKey(r.name.Name)
	case refFunction:
		return FunctionKey(r.name)
	case refCollation:
		return CollationKey(r.name)
	case refObject:
		return objectKey('o', model.QName{Schema: r.name.Schema, Name: r.sub + " " + r.name.Name})
	case refPosition:
		return ""
	}
	return RelationKey(r.name)
}

// RefID numbers what statements provide and require (see Deps).
type RefID int32

// depsNames gives the refs of a Result their numbers, and keeps one copy of
// each key: across thousands of statements, both repeat.
type depsNames struct {
	refs map[ref]RefID
	keys map[string]string
}

func newDepsNames() *depsNames {
	return &depsNames{refs: map[ref]RefID{}, keys: map[string]string{}}
}

func (n *depsNames) ref(r ref) RefID {
	id, ok := n.refs[r]
	if !ok {
		id = RefID(len(n.refs))
		n.refs[r] = id
	}
	return id
}

func (n *depsNames) key(k string) string {
	if t, ok := n.keys[k]; ok {
		return t
	}
	n.keys[k] = k
	return k
}

// deps is what the statement creates, changes and needs; nil for opaque
// statements, those about objects compared as a whole and default
// privileges: what they change is not followed.
func (s *stmt) deps(names *depsNames) *Deps {
	if s.opaque || s.whole || s.kind == kindDefaultPrivileges {
		return nil
	}
	d := &Deps{}
	seen := map[string]bool{}
	object := func(r ref) {
		if k := refKey(r); k != "" && !seen[k] {
			seen[k] = true
			d.Objects = append(d.Objects, names.key(k))
		}
	}
	for _, r := range s.provides {
		object(r)
		d.Provides = append(d.Provides, names.ref(r))
	}
	for _, r := range s.changes() {
		object(r)
	}
	used := map[string]bool{}
	keyOnly := map[ref]int{}
	for _, r := range s.referenced {
		keyOnly[r]++
	}
	for _, r := range s.requires {
		d.Requires = append(d.Requires, names.ref(r))
		if keyOnly[r] > 0 {
			keyOnly[r]--
			continue
		}
		if k := refKey(r); k != "" && !used[k] {
			used[k] = true
			d.Uses = append(d.Uses, names.key(k))
		}
	}
	return d
}

// changes are the objects a statement changes without providing them: the
// target of an ALTER, CREATE INDEX, COMMENT, GRANT or OWNER TO. The analysis
// requires its target first; COMMENT, GRANT, REVOKE and OWNER TO require
// nothing but their targets; ALTER TABLE ... ATTACH PARTITION changes the
// partition too, and ALTER INDEX ... ATTACH PARTITION the partition's index
// (its table lists it).
func (s *stmt) changes() []ref {
	switch s.kind {
	case kindComment, kindGrant, kindRevoke, kindOwner, kindAlterIndex:
		return s.requires
	case kindAlterTable, kindCreateIndex, kindAlterSequence, kindAlterDomain,
		kindAlterView, kindAlterMatView:
		if len(s.requires) == 0 {
			return nil
		}
		return append([]ref{s.requires[0]}, s.attached...)
	}
	return nil
}
