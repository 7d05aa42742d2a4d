package schema

import (
	"slices"
	"sort"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/model"
)

// objectKey is how pg_depend names an object: its system catalog and oid.
type objectKey struct {
	class string // the catalog's name: pg_class, pg_proc, pg_type, ...
	oid   uint32
}

// addObject records the model object a catalog row stands for.
func (in *inspector) addObject(class string, oid uint32, id model.ObjectID) {
	in.objects[objectKey{class, oid}] = id
}

// addType records a type, and its array type (0 for none) as the same type: a
// column of type mood[] depends on mood.
func (in *inspector) addType(oid, array uint32, id model.ObjectID) {
	in.addObject("pg_type", oid, id)
	if array != 0 {
		in.addObject("pg_type", array, id)
	}
}

// dependenciesQuery reads the normal ('n') and automatic ('a') rows of pg_depend,
// the ones between objects a user made. Two kinds of dependent are renamed to the
// object the model knows: a view's _RETURN rule (pg_rewrite) is the view, and a
// column default (pg_attrdef) is its column. Other rules, made with CREATE RULE, are
// themselves. Objects made by initdb have oids below 16384 (FirstNormalObjectId): their
// thousands of rows are skipped at once, and readDependencies skips the rest that
// do not join reported objects (pg_catalog's types and functions, extension members,
// objects of schemas filtered out): the query takes no schema filter.
var dependenciesQuery = `
SELECT CASE WHEN rw.oid IS NOT NULL OR ad.oid IS NOT NULL THEN 'pg_class' ELSE d.classid::pg_catalog.regclass::text END,
	coalesce(rw.ev_class, ad.adrelid, d.objid),
	CASE WHEN rw.oid IS NOT NULL THEN 0 ELSE coalesce(ad.adnum, d.objsubid::pg_catalog.int2) END,
	d.refclassid::pg_catalog.regclass::text, d.refobjid, d.refobjsubid::pg_catalog.int2, d.deptype::text
FROM pg_catalog.pg_depend d
LEFT JOIN pg_catalog.pg_rewrite rw ON d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
	AND rw.oid = d.objid AND rw.rulename = '_RETURN'
LEFT JOIN pg_catalog.pg_attrdef ad ON d.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass AND ad.oid = d.objid
WHERE d.deptype IN ('n', 'a') AND d.objid >= 16384`

func (in *inspector) readDependencies(rows pgx.Rows) error {
	var (
		class, refClass string
		oid, refOID     uint32
		sub, refSub     int16
		deptype         string
	)
	seen := map[model.Dependency]bool{}
	scans := []any{&class, &oid, &sub, &refClass, &refOID, &refSub, &deptype}
	_, err := pgx.ForEachRow(rows, scans, func() error {
		from, ok := in.resolve(class, oid, sub)
		if !ok {
			return nil
		}
		to, ok := in.resolve(refClass, refOID, refSub)
		if !ok || from == to {
			return nil
		}
		// OWNED BY: the model says it with Sequence.OwnedBy. As an edge it would make
		// a cycle with the default that calls nextval on the sequence.
		if from.Kind == model.KindSequence && to.Kind == model.KindColumn && deptype == "a" {
			return nil
		}
		seen[model.Dependency{From: from, To: to}] = true
		return nil
	})
	if err != nil {
		return err
	}
	deps := make([]model.Dependency, 0, len(seen))
	for d := range seen {
		deps = append(deps, d)
	}
	sort.Slice(deps, func(i, j int) bool {
		if deps[i].From != deps[j].From {
			return lessObject(deps[i].From, deps[j].From)
		}
		return lessObject(deps[i].To, deps[j].To)
	})
	in.cat.Dependencies = deps
	return nil
}

// lessObject orders object ids by kind, name and member.
func lessObject(a, b model.ObjectID) bool {
	if a.Kind != b.Kind {
		return a.Kind < b.Kind
	}
	if a.Name != b.Name {
		return a.Name.Less(b.Name)
	}
	return a.Member < b.Member
}

// resolve names the reported object of a pg_depend reference. A column (a pg_class
// reference with a column number) of a table or view is a column object; a column
// that a table does not declare itself (a partition's, an inherited one) stands for
// its table, and the columns of a composite type for the type.
func (in *inspector) resolve(class string, oid uint32, sub int16) (model.ObjectID, bool) {
	id, ok := in.objects[objectKey{class, oid}]
	if !ok || class != "pg_class" || sub <= 0 {
		return id, ok
	}
	switch id.Kind {
	case model.KindTable:
		t := in.tables[oid]
		if col := t.columns[sub]; col != nil && slices.Contains(t.Columns, col) {
			return model.ObjectID{Kind: model.KindColumn, Name: id.Name, Member: col.Name}, true
		}
	case model.KindView:
		if name, ok := in.views[oid].columns[sub]; ok {
			return model.ObjectID{Kind: model.KindColumn, Name: id.Name, Member: name}, true
		}
	}
	return id, true
}
