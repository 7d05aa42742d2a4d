package planner

import (
	"slices"

	"github.com/pgshape/pgshape/model"
)

// A scratch database that holds a table only for the objects that use it
// (a view's table, a foreign key's referenced table) needs of it only what
// those can stand on: its columns, its keys and unique indexes. The rest is
// left out (stripped), with what it uses: a part is then smaller, and a
// schema of tables linked by foreign keys does not need all of its tables
// for any one. Foreign keys, triggers and policies go from every table;
// from a plain table (neither partitioned, a partition, inheriting nor
// inherited, whose indexes and checks partitions and children share) also
// its check constraints, the indexes that are not unique, and the comments
// and privileges no other object sees.

// stripping says, for the tables of a catalog, which members a table
// needed only for its users goes without.
type stripping struct {
	c     *model.Catalog
	plain map[model.QName]bool
	// indexes are the tables of the indexes of plain tables that a
	// stripped table goes without, by index name.
	indexes map[model.QName]model.QName
}

func newStripping(c *model.Catalog) *stripping {
	s := &stripping{c: c, plain: map[model.QName]bool{}, indexes: map[model.QName]model.QName{}}
	parents := map[model.QName]bool{}
	for _, t := range c.Tables {
		for _, p := range t.Inherits {
			parents[p] = true
		}
	}
	for name, t := range c.Tables {
		if t.PartitionKey != "" || t.PartitionOf != nil || len(t.Inherits) > 0 || parents[name] {
			continue
		}
		s.plain[name] = true
		for _, i := range t.Indexes {
			if !i.Unique {
				s.indexes[model.QName{Schema: name.Schema, Name: i.Name}] = name
			}
		}
	}
	return s
}

// member reports whether id is a member a stripped table goes without,
// and names its table.
func (s *stripping) member(id model.ObjectID) (model.QName, bool) {
	switch id.Kind {
	case model.KindTrigger, model.KindPolicy:
		return id.Name, true
	case model.KindIndex:
		table, ok := s.indexes[id.Name]
		return table, ok
	case model.KindConstraint:
		if t := s.c.Tables[id.Name]; t != nil {
			if k := t.Constraint(id.Member); k != nil {
				return id.Name, k.Kind == model.ForeignKey || k.Kind == model.Check && s.plain[id.Name]
			}
		}
	}
	return model.QName{}, false
}

// table leaves out of t what a stripped table goes without.
func (s *stripping) table(t *model.Table) {
	t.Triggers, t.Policies = nil, nil
	plain := s.plain[t.Name]
	t.Constraints = slices.DeleteFunc(t.Constraints, func(k *model.Constraint) bool {
		return k.Kind == model.ForeignKey || k.Kind == model.Check && plain
	})
	if !plain {
		return
	}
	t.Indexes = slices.DeleteFunc(t.Indexes, func(i *model.Index) bool { return !i.Unique })
	t.Comment, t.Privileges = "", nil
	for _, c := range t.Columns {
		c.Comment = ""
	}
	for _, k := range t.Constraints {
		k.Comment = ""
	}
	for _, i := range t.Indexes {
		i.Comment = ""
	}
}

// strip strips the tables of c that are not among full, and the
// dependencies of what they go without. c is a copy of its own (a part):
// its tables are changed in place.
func strip(c *model.Catalog, full map[model.ObjectID]bool) {
	s := newStripping(c)
	c.Dependencies = slices.DeleteFunc(c.Dependencies, func(d model.Dependency) bool {
		table, ok := s.member(d.From)
		return ok && !full[model.ObjectID{Kind: model.KindTable, Name: table}]
	})
	for _, t := range c.Tables {
		if !full[t.Ident()] {
			s.table(t)
		}
	}
}
