package planner

import (
	"slices"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/model"
)

// liveFacts are what a rebuild of the current state cannot carry, being facts of
// the live database rather than definitions: the server's version (the rebuild
// runs on the scratch server), the indexes a failed concurrent build left invalid
// (the rebuild makes them valid), and the tables' sizes (the scratch tables are
// empty).
type liveFacts struct {
	version int
	invalid map[model.QName][]string // invalid indexes, by table
	// stats are the sizes of the tables by name, for grading hazards; nil
	// unless the state is a real database (migrations replay into empty tables).
	stats map[model.QName]*model.TableStats
}

// liveFactsOf reads the facts of c; sized keeps the sizes of its tables.
func liveFactsOf(c *model.Catalog, sized bool) liveFacts {
	f := liveFacts{version: c.ServerVersion, invalid: map[model.QName][]string{}}
	if sized {
		f.stats = map[model.QName]*model.TableStats{}
	}
	for name, t := range c.Tables {
		for _, i := range t.Indexes {
			if i.Invalid {
				f.invalid[name] = append(f.invalid[name], i.Name)
			}
		}
		if sized && t.Stats != nil {
			f.stats[name] = t.Stats
		}
	}
	return f
}

// carry sets the facts on c, a catalog rebuilt from the live one: by table name,
// and the sizes only where known (none without stats). A table it changes is
// copied first: the catalogs of both sides share the tables neither changes
// (see mergeRebuilt), and the facts of one are not the other's.
func (f liveFacts) carry(c *model.Catalog) {
	c.ServerVersion = f.version
	for name, t := range c.Tables {
		stats, invalid := f.stats[name], f.invalid[name]
		if t.Stats == stats && len(invalid) == 0 {
			continue
		}
		own := *t
		own.Stats = stats
		if len(invalid) > 0 {
			own.Indexes = make([]*model.Index, len(t.Indexes))
			for k, i := range t.Indexes {
				ic := *i
				ic.Invalid = ic.Invalid || slices.Contains(invalid, i.Name)
				own.Indexes[k] = &ic
			}
		}
		c.Tables[name] = &own
	}
}

// renamed moves the facts of renamed tables to their new names.
func (f liveFacts) renamed(renames []differ.Change) liveFacts {
	out := liveFacts{version: f.version, invalid: map[model.QName][]string{}}
	for name, v := range f.invalid {
		out.invalid[name] = v
	}
	if f.stats != nil {
		out.stats = map[model.QName]*model.TableStats{}
		for name, st := range f.stats {
			out.stats[name] = st
		}
	}
	for _, c := range renames {
		r, ok := c.(*differ.Rename)
		if !ok || r.Target.Kind != model.KindTable {
			continue
		}
		old := model.QName{Schema: r.Target.Name.Schema, Name: r.From}
		if v, ok := out.invalid[old]; ok {
			delete(out.invalid, old)
			out.invalid[r.Target.Name] = v
		}
		if st, ok := out.stats[old]; ok {
			delete(out.stats, old)
			out.stats[r.Target.Name] = st
		}
	}
	return out
}
