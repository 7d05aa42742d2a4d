package differ

import "github.com/pgshape/pgshape/model"

// CreateFunction creates a function or procedure, or replaces its definition in place
// (Replace: CREATE OR REPLACE keeps the function's identity, grants and dependents).
type CreateFunction struct {
	changeMeta
	Function *model.Function
	Replace  bool
}

// DropFunction drops a function or procedure.
type DropFunction struct {
	changeMeta
	Function *model.Function
}

func (c *CreateFunction) Object() Object { return c.Function.Ident() }
func (c *CreateFunction) Op() Op         { return pick(c.Replace, Alter, Create) }
func (c *DropFunction) Object() Object   { return c.Function.Ident() }
func (c *DropFunction) Op() Op           { return Drop }

// functionNeedsRebuild reports whether a function cannot be replaced in place: CREATE
// OR REPLACE cannot change the result type or turn a function into a procedure.
func functionNeedsRebuild(old, f *model.Function) bool {
	return old.Kind != f.Kind || old.Result != f.Result
}

func (d *differ) functions() {
	for _, sig := range d.to.FunctionSignatures() {
		f := d.to.Functions[sig]
		old, ok := d.from.Functions[sig]
		switch {
		case !ok:
			d.createFunction(f)
		case d.replaced[f.Ident()]:
			d.dropFunction(old)
			d.createFunction(f)
		default:
			if old.Definition != f.Definition {
				d.add(&CreateFunction{changeMeta: changeMeta{phase: phaseCreateFunction}, Function: f, Replace: true})
			}
			d.comment(f.Ident(), old.Comment, f.Comment)
			d.privileges(f.Ident(), old.Privileges, f.Privileges)
		}
	}
	for _, sig := range d.from.FunctionSignatures() {
		if _, ok := d.to.Functions[sig]; !ok {
			d.dropFunction(d.from.Functions[sig])
		}
	}
}

func (d *differ) createFunction(f *model.Function) {
	d.add(&CreateFunction{changeMeta: changeMeta{phase: phaseCreateFunction}, Function: f})
	d.comment(f.Ident(), "", f.Comment)
	d.privileges(f.Ident(), d.newObjectPrivileges(model.KindFunction, f.Name.Schema), f.Privileges)
}

func (d *differ) dropFunction(f *model.Function) {
	d.add(&DropFunction{changeMeta: changeMeta{phase: phaseDropFunction}, Function: f})
}
