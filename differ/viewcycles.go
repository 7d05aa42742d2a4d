package differ

import "github.com/pgshape/pgshape/model"

// breakViewCycles lets the plan create a view and a function that need each other:
// a function that returns the view's rows (RETURNS SETOF v needs v's row type) and
// that the view calls. Neither can be created first, so the view is created first as
// a placeholder of the same columns and types (SELECT NULL::type AS column, ...,
// which pg_dump writes for the same cycle), then the function, then the view's real
// query with CREATE OR REPLACE VIEW. Returns the placeholders by view, for order.
func (d *differ) breakViewCycles() map[Object]Change {
	creates := map[Object]bool{}
	for _, c := range d.changes {
		if c.Op() == Create {
			creates[c.Object()] = true
		}
	}
	needs := map[Object]map[Object]bool{} // From → To, of the desired state
	for _, dep := range d.to.Dependencies {
		from, to := dep.From, dep.To
		if to.Kind == model.KindColumn {
			to = Object{Kind: model.KindView, Name: to.Name}
		}
		if needs[from] == nil {
			needs[from] = map[Object]bool{}
		}
		needs[from][to] = true
	}
	placeholders := map[Object]Change{}
	for _, c := range d.changes {
		cv, ok := c.(*CreateView)
		if !ok || cv.View.Materialized || cv.Replace || len(cv.View.ColumnTypes) != len(cv.View.Columns) {
			continue
		}
		view := c.Object()
		for fn := range needs[view] {
			if fn.Kind != model.KindFunction || !creates[fn] || !needs[fn][view] {
				continue
			}
			p := &CreateView{changeMeta: changeMeta{phase: phaseCreateFunction}, View: cv.View, Placeholder: true}
			d.add(p)
			placeholders[view] = p
			cv.Replace = true
			cv.after = append(cv.after, p)
			break
		}
	}
	return placeholders
}
