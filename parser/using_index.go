package parser

import (
	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

// constraintFromIndex turns ALTER TABLE ... ADD [CONSTRAINT name] PRIMARY KEY | UNIQUE
// USING INDEX idx into the constraint PostgreSQL makes of it: the existing unique index
// becomes the constraint's index, renamed to the constraint's name (an unnamed
// constraint takes the index's name), with the index's key and INCLUDE columns. The
// index leaves the table's Indexes; the returned constraint, without Indexname, is
// added like any other. The checks are PostgreSQL's, so the statement loads.
func (b *builder) constraintFromIndex(s *stmt, t *model.Table, c *pg_query.Constraint) (*pg_query.Constraint, error) {
	q := model.QName{Schema: t.Name.Schema, Name: c.Indexname}
	if t.PartitionKey != "" {
		return nil, s.errorAt(c.Location, "ADD CONSTRAINT ... USING INDEX is not supported on partitioned tables")
	}
	owner := b.indexTable[q]
	n := b.indexStmts[q]
	switch {
	case owner == nil:
		return nil, s.errorAt(c.Location, "index %s is not declared in the schema files", q)
	case owner != t:
		return nil, s.errorAt(c.Location, "index %s belongs to table %s, not to %s", q, owner.Name, t.Name)
	case n == nil || t.Index(q.Name) == nil:
		return nil, s.errorAt(c.Location, "index %s is already associated with a constraint", q)
	case !n.Unique:
		return nil, s.errorAt(c.Location, "index %s is not unique", q)
	case n.WhereClause != nil:
		return nil, s.errorAt(c.Location, "index %s is a partial index", q)
	case orDefault(n.AccessMethod, "btree") != "btree":
		return nil, s.errorAt(c.Location, "index %s is not a btree", q)
	}
	var keys []*pg_query.Node
	for i, p := range n.IndexParams {
		e := p.GetIndexElem()
		if e.GetName() == "" {
			return nil, s.errorAt(c.Location, "index %s contains expressions", q)
		}
		if len(e.Opclass) > 0 || e.Ordering != pg_query.SortByDir_SORTBY_DEFAULT || e.NullsOrdering != pg_query.SortByNulls_SORTBY_NULLS_DEFAULT {
			return nil, s.errorAt(c.Location, "index %s column number %d does not have default sorting behavior", q, i+1)
		}
		keys = append(keys, pg_query.MakeStrNode(e.Name))
	}
	var include []*pg_query.Node
	for _, p := range n.IndexIncludingParams {
		if name := p.GetIndexElem().GetName(); name != "" {
			include = append(include, pg_query.MakeStrNode(name))
		}
	}

	out := clone(c)
	out.Indexname = ""
	out.Keys, out.Including = keys, include
	out.NullsNotDistinct = n.NullsNotDistinct
	if out.Conname == "" {
		out.Conname = c.Indexname
	}
	// The index is the constraint's now, under the constraint's name.
	for i, idx := range t.Indexes {
		if idx.Name == q.Name {
			t.Indexes = append(t.Indexes[:i:i], t.Indexes[i+1:]...)
			break
		}
	}
	delete(b.relNames[q.Schema], q.Name)
	delete(b.indexTable, q)
	delete(b.indexStmts, q)
	return out, nil
}
