package differ

import "github.com/pgshape/pgshape/model"

// CreateIndex creates an index. On an existing table it is built CONCURRENTLY, which
// does not block writes but cannot run inside a transaction.
type CreateIndex struct {
	changeMeta
	Table        model.QName
	Index        *model.Index
	Concurrently bool
}

// DropIndex drops an index; CONCURRENTLY when its table stays.
type DropIndex struct {
	changeMeta
	Table        model.QName
	Index        *model.Index
	Concurrently bool
}

func (c *CreateIndex) Object() Object { return indexObject(c.Table, c.Index.Name) }
func (c *CreateIndex) Op() Op         { return Create }
func (c *DropIndex) Object() Object   { return indexObject(c.Table, c.Index.Name) }
func (c *DropIndex) Op() Op           { return Drop }

// indexObject names an index: indexes live in their table's schema.
func indexObject(table model.QName, name string) Object {
	return Object{Kind: KindIndex, Name: model.QName{Schema: table.Schema, Name: name}}
}

func (d *differ) indexes(old, t *model.Table) {
	for _, i := range t.Indexes {
		oi := old.Index(i.Name)
		switch {
		case oi == nil:
			d.createIndex(t.Name, i)
		case oi.Definition != i.Definition:
			d.dropIndex(t.Name, oi)
			d.createIndex(t.Name, i)
		}
		if oi != nil && oi.Definition == i.Definition {
			d.comment(indexObject(t.Name, i.Name), oi.Comment, i.Comment)
		} else {
			d.comment(indexObject(t.Name, i.Name), "", i.Comment)
		}
	}
	for _, oi := range old.Indexes {
		if t.Index(oi.Name) == nil {
			d.dropIndex(t.Name, oi)
		}
	}
}

func (d *differ) createIndex(table model.QName, i *model.Index) {
	c := &CreateIndex{changeMeta: changeMeta{phase: phaseCreateIndexConcurrently, nonTransaction: true}, Table: table, Index: i, Concurrently: true}
	c.hazard(IndexBuild, "builds index %s on existing table %s (concurrently: writes continue)", model.QuoteIdent(i.Name), table)
	d.add(c)
	d.concurrentIndexes[indexObject(table, i.Name)] = true
}

func (d *differ) dropIndex(table model.QName, i *model.Index) {
	c := &DropIndex{changeMeta: changeMeta{phase: phaseDropIndexConcurrently, nonTransaction: true}, Table: table, Index: i, Concurrently: true}
	c.hazard(IndexDropped, "drops index %s: queries that use it may slow down", model.QuoteIdent(i.Name))
	d.add(c)
}
