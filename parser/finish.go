package parser

import (
	"sort"

	"github.com/pgshape/pgshape/model"
)

// finish puts the members of tables, views and domains in the order the schema
// package reads them from a database: constraints, indexes, triggers and policies
// by name, in byte order. The order they were declared in means nothing to
// PostgreSQL, and a catalog must not change when the same objects are written in
// another order (by the emitter, say).
func (b *builder) finish() {
	for _, t := range b.cat.Tables {
		sortByName(t.Constraints, func(c *model.Constraint) string { return c.Name })
		sortByName(t.Indexes, func(i *model.Index) string { return i.Name })
		sortByName(t.Triggers, func(tr *model.Trigger) string { return tr.Name })
		sortByName(t.Policies, func(p *model.Policy) string { return p.Name })
	}
	for _, v := range b.cat.Views {
		sortByName(v.Indexes, func(i *model.Index) string { return i.Name })
		sortByName(v.Triggers, func(tr *model.Trigger) string { return tr.Name })
	}
	for _, d := range b.cat.Domains {
		sortByName(d.Constraints, func(c *model.Constraint) string { return c.Name })
	}
}

func sortByName[T any](list []T, name func(T) string) {
	sort.SliceStable(list, func(i, j int) bool { return name(list[i]) < name(list[j]) })
}
