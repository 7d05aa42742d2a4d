package review

import "github.com/pgshape/pgshape/model"

// inCurrentColumnOrder returns desired with the columns of each table in the
// order current has them, columns current lacks last: the order the table has
// after the plan, which never reorders columns (PostgreSQL cannot, short of
// rebuilding the table, and the differ rightly ignores column order). Without
// it, a column declared mid-table in schema/ but appended by its migration
// would show as a change that no statement makes, and check would fail for
// ever. desired itself is left untouched: tables are copied shallowly.
func inCurrentColumnOrder(current, desired *model.Catalog) *model.Catalog {
	if current == nil || desired == nil || len(desired.Tables) == 0 {
		return desired
	}
	out := *desired
	out.Tables = make(map[model.QName]*model.Table, len(desired.Tables))
	for name, t := range desired.Tables {
		out.Tables[name] = t
		cur, ok := current.Tables[name]
		if !ok {
			continue
		}
		position := make(map[string]int, len(cur.Columns))
		for i, c := range cur.Columns {
			position[c.Name] = i
		}
		ordered := make([]*model.Column, 0, len(t.Columns))
		for _, want := range cur.Columns {
			for _, c := range t.Columns {
				if c.Name == want.Name {
					ordered = append(ordered, c)
				}
			}
		}
		for _, c := range t.Columns {
			if _, ok := position[c.Name]; !ok {
				ordered = append(ordered, c)
			}
		}
		copied := *t
		copied.Columns = ordered
		out.Tables[name] = &copied
	}
	return &out
}
