package schema

import "fmt"

// This file holds the SQL conditions that keep extensions' objects out of every
// catalog query. An extension's own objects are recorded in pg_depend with
// deptype 'e' (members). Objects that exist only because of a member hang on it
// with an automatic or internal dependency ('a', 'i'): the rules PostGIS puts on
// its geometry_columns view, an index, trigger, policy or statistics object of
// an extension's table, the sequence of its serial column. Neither kind is the
// user's to declare, so neither is reported. A normal dependency ('n') on a
// member is not enough: a user's view that calls an extension's function, or a
// column of an extension's type, has one and is the user's.

// notExtensionMember is a condition that holds when the object with the given oid
// expression, from the given system catalog, is not part of an extension (pg_depend
// deptype 'e'). Written as NOT EXISTS so the planner makes one hash anti-join of it,
// not a lookup per row.
func notExtensionMember(catalog, oid string) string {
	return fmt.Sprintf(`NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
		WHERE e.classid = 'pg_catalog.%s'::pg_catalog.regclass AND e.objid = %s AND e.deptype = 'e')`, catalog, oid)
}

// notExtensionObject is a condition that holds when the object with the given oid
// expression, from the given system catalog, is neither an extension member nor
// made for one: it has no automatic or internal dependency on a member. Use it for
// objects that hang on others (rules, triggers, policies, indexes, statistics,
// sequences); notExtensionMember is enough for free-standing ones.
func notExtensionObject(catalog, oid string) string {
	return notExtensionObjectOf(fmt.Sprintf(`'pg_catalog.%s'::pg_catalog.regclass`, catalog), oid)
}

// notExtensionObjectOf is notExtensionObject for a query whose rows come from
// several catalogs: classid is an SQL expression of type regclass (or oid)
// naming the row's catalog.
func notExtensionObjectOf(classid, oid string) string {
	return fmt.Sprintf(`NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
		WHERE e.classid = %s AND e.objid = %s
		AND (e.deptype = 'e' OR e.deptype IN ('a', 'i') AND EXISTS (SELECT FROM pg_catalog.pg_depend m
			WHERE m.classid = e.refclassid AND m.objid = e.refobjid AND m.deptype = 'e')))`, classid, oid)
}

// userObject is the condition, pushed into each query of the kinds compared as a
// whole, that keeps what initdb made (oids below FirstNormalObjectId) and what
// extensions made out before their statements are assembled: hundreds of
// operators, classes and aggregates a database with btree_gist or hstore holds.
func userObject(catalog, oid string) string {
	return oid + " >= 16384 AND " + notExtensionObject(catalog, oid)
}
