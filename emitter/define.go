package emitter

import (
	"maps"
	"sort"
	"strings"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/model"
)

// Definition is the SQL that creates one object of a catalog from nothing, with
// everything that belongs to it: a table with its columns, constraints, indexes,
// triggers, policies, grants, comments and owner; a view with its indexes (when
// materialized), grants and comments; a function, a type, a sequence, a schema.
// Definitions are what review output, drift reports and pull show per object.
type Definition struct {
	Object model.ObjectID
	SQL    string // statements ending with ";", one per line group, no trailing newline
}

// Define returns the definitions of every object of c, sorted by object (kind, then
// name). base is the catalog of an empty database on the same server (it holds the
// public schema as PostgreSQL creates it): only what c adds to it is defined, so an
// untouched public schema has no definition.
func Define(base, c *model.Catalog) ([]Definition, error) {
	changes, err := differ.Diff(base, populated(c))
	if err != nil {
		return nil, err
	}
	// Only what is created or altered belongs to an object's definition: an empty
	// database has nothing of c to drop, except what base holds and c does not.
	owners := newObjectOwners(c)
	texts := map[model.ObjectID][]string{}
	attached := map[model.QName]bool{} // partition indexes whose ATTACH is written
	var order []model.ObjectID
	for _, st := range Emit(changes).Statements() {
		if st.SessionSetting() || st.Change.Op() == differ.Drop {
			continue
		}
		owner := owners.of(st.Change.Object())
		if _, ok := texts[owner]; !ok {
			order = append(order, owner)
		}
		if a, ok := st.Change.(*differ.AttachIndex); ok && attached[model.QName{Schema: a.Table.Schema, Name: a.Index}] {
			continue // written with the index already
		}
		texts[owner] = append(texts[owner], st.SQL+";")
		if ci, ok := st.Change.(*differ.CreateIndex); ok && ci.Index.Invalid {
			texts[owner] = append(texts[owner], "-- INVALID: queries do not use this index (a CREATE INDEX CONCURRENTLY failed); the next plan rebuilds it.")
		}
		if attach := attachStatement(st.Change); attach != "" {
			texts[owner] = append(texts[owner], attach+";")
			ci := st.Change.(*differ.CreateIndex)
			attached[model.QName{Schema: ci.Table.Schema, Name: ci.Index.Name}] = true
		}
	}
	defs := make([]Definition, 0, len(order))
	for _, id := range order {
		defs = append(defs, Definition{Object: id, SQL: strings.Join(texts[id], "\n")})
	}
	sort.Slice(defs, func(i, j int) bool { return LessObject(defs[i].Object, defs[j].Object) })
	return defs, nil
}

// populated returns c, or a copy of it whose materialized views are all
// populated: whether one holds rows is not part of its definition (a REFRESH
// changes it), and two states that differ only in that must define alike.
func populated(c *model.Catalog) *model.Catalog {
	copied := false
	for name, v := range c.Views {
		if !v.NoData {
			continue
		}
		if !copied {
			cc := *c
			cc.Views = maps.Clone(c.Views)
			c, copied = &cc, true
		}
		nv := *v
		nv.NoData = false
		c.Views[name] = &nv
	}
	return c
}

// attachStatement says, for the index of a partition attached to its parent's
// index, which index it belongs to. A plan needs no such statement: it creates
// the partition's index first and its parent's then attaches it. A definition
// does, since definitions are loaded from files in an order of their own: the
// parser loads an index named by ALTER INDEX ... ATTACH PARTITION before its
// parent's, which otherwise makes another under a name of PostgreSQL's choosing.
func attachStatement(c differ.Change) string {
	ci, ok := c.(*differ.CreateIndex)
	if !ok || ci.Index.AttachedTo == (model.QName{}) {
		return ""
	}
	return "ALTER INDEX " + ci.Index.AttachedTo.String() + " ATTACH PARTITION " +
		model.QName{Schema: ci.Table.Schema, Name: ci.Index.Name}.String()
}

// objectOwners finds the object a part belongs to: a column, constraint, index,
// trigger or policy belongs to its table or view.
type objectOwners struct {
	views   map[model.QName]bool
	indexes map[model.QName]model.ObjectID // index (in its table's schema) → relation
}

func newObjectOwners(c *model.Catalog) objectOwners {
	o := objectOwners{views: map[model.QName]bool{}, indexes: map[model.QName]model.ObjectID{}}
	for name, t := range c.Tables {
		for _, ixs := range [][]*model.Index{t.Indexes, t.PartitionIndexes} {
			for _, ix := range ixs {
				o.indexes[model.QName{Schema: name.Schema, Name: ix.Name}] = model.ObjectID{Kind: model.KindTable, Name: name}
			}
		}
	}
	for name, v := range c.Views {
		o.views[name] = true
		for _, ix := range v.Indexes {
			o.indexes[model.QName{Schema: name.Schema, Name: ix.Name}] = model.ObjectID{Kind: model.KindView, Name: name}
		}
	}
	return o
}

func (o objectOwners) of(id model.ObjectID) model.ObjectID {
	switch id.Kind {
	case model.KindColumn, model.KindConstraint, model.KindTrigger, model.KindPolicy, model.KindRule:
		return o.relation(id.Name)
	case model.KindPublicationTable, model.KindPublicationSchema:
		return model.ObjectID{Kind: model.KindPublication, Name: model.QName{Name: id.Member}}
	case model.KindIndex:
		if rel, ok := o.indexes[id.Name]; ok {
			return rel
		}
	}
	return model.ObjectID{Kind: id.Kind, Name: id.Name}
}

func (o objectOwners) relation(name model.QName) model.ObjectID {
	if o.views[name] {
		return model.ObjectID{Kind: model.KindView, Name: name}
	}
	return model.ObjectID{Kind: model.KindTable, Name: name}
}

// kindRank orders the kinds of definitions the way a reader meets them.
var kindRank = map[model.ObjectKind]int{
	model.KindSchema: 0, model.KindExtension: 1, model.KindForeignDataWrapper: 2, model.KindServer: 3,
	model.KindUserMapping: 4, model.KindCollation: 5, model.KindTextSearchParser: 6, model.KindTextSearchTemplate: 7,
	model.KindTextSearchDict: 8, model.KindTextSearchConfig: 9, model.KindType: 10, model.KindSequence: 11,
	model.KindFunction: 12, model.KindAggregate: 13, model.KindOperator: 14, model.KindOperatorFamily: 15,
	model.KindOperatorClass: 16, model.KindCast: 17, model.KindTable: 18, model.KindForeignTable: 19,
	model.KindView: 20, model.KindStatistics: 21, model.KindPublication: 22, model.KindEventTrigger: 23,
	model.KindDefaultPrivileges: 24,
}

// LessObject reports whether a comes before b in the order Define lists
// definitions: by kind the way a reader meets them, then schema, name and
// member. Object diffs are listed in the same order.
func LessObject(a, b model.ObjectID) bool {
	if ra, rb := kindRank[a.Kind], kindRank[b.Kind]; ra != rb {
		return ra < rb
	}
	if a.Name.Schema != b.Name.Schema {
		return a.Name.Schema < b.Name.Schema
	}
	if a.Name.Name != b.Name.Name {
		return a.Name.Name < b.Name.Name
	}
	return a.Member < b.Member
}
