package differ

import (
	"slices"

	"github.com/pgshape/pgshape/model"
)

// CreatePolicy creates a row-level security policy.
type CreatePolicy struct {
	changeMeta
	Table  model.QName
	Policy *model.Policy
}

// AlterPolicy changes the roles and expressions of a policy in place.
type AlterPolicy struct {
	changeMeta
	Table    model.QName
	From, To *model.Policy
}

// DropPolicy drops a policy.
type DropPolicy struct {
	changeMeta
	Table  model.QName
	Policy *model.Policy
}

func (c *CreatePolicy) Object() Object { return policyObject(c.Table, c.Policy.Name) }
func (c *CreatePolicy) Op() Op         { return Create }
func (c *AlterPolicy) Object() Object  { return policyObject(c.Table, c.To.Name) }
func (c *AlterPolicy) Op() Op          { return Alter }
func (c *DropPolicy) Object() Object   { return policyObject(c.Table, c.Policy.Name) }
func (c *DropPolicy) Op() Op           { return Drop }

func policyObject(table model.QName, name string) Object {
	return Object{Kind: model.KindPolicy, Name: table, Member: name}
}

func findPolicy(ps []*model.Policy, name string) *model.Policy {
	for _, p := range ps {
		if p.Name == name {
			return p
		}
	}
	return nil
}

// policies compares the policies of a table on both sides.
func (d *differ) policies(table model.QName, old, new []*model.Policy) {
	for _, p := range new {
		op := findPolicy(old, p.Name)
		switch {
		case op == nil:
			d.createPolicy(table, p)
		case op.Permissive != p.Permissive || op.Command != p.Command || d.replaced[policyObject(table, p.Name)] ||
			(op.Using != "" && p.Using == "") || (op.WithCheck != "" && p.WithCheck == ""):
			// None of these can change in place: ALTER POLICY can neither change the
			// command nor remove an expression.
			d.add(&DropPolicy{changeMeta: changeMeta{phase: phaseDropView}, Table: table, Policy: op})
			d.createPolicy(table, p)
		default:
			if !slices.Equal(op.Roles, p.Roles) || op.Using != p.Using || op.WithCheck != p.WithCheck {
				d.add(&AlterPolicy{changeMeta: changeMeta{phase: phasePolicy}, Table: table, From: op, To: p})
			}
			d.comment(policyObject(table, p.Name), op.Comment, p.Comment)
		}
	}
	for _, op := range old {
		if findPolicy(new, op.Name) == nil {
			d.add(&DropPolicy{changeMeta: changeMeta{phase: phaseDropView}, Table: table, Policy: op})
		}
	}
}

func (d *differ) createPolicy(table model.QName, p *model.Policy) {
	d.add(&CreatePolicy{changeMeta: changeMeta{phase: phasePolicy}, Table: table, Policy: p})
	d.comment(policyObject(table, p.Name), "", p.Comment)
}
