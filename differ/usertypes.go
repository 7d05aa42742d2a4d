package differ

import (
	"slices"

	"github.com/pgshape/pgshape/model"
)

// CreateDomain creates a domain with its constraints.
type CreateDomain struct {
	changeMeta
	Domain *model.Domain
}

// AlterDomain changes a domain's default, NOT NULL and constraints in place.
type AlterDomain struct {
	changeMeta
	From, To *model.Domain
}

// CreateComposite creates a composite type.
type CreateComposite struct {
	changeMeta
	Type *model.CompositeType
}

// AlterComposite adds, drops and retypes the attributes of a composite type.
type AlterComposite struct {
	changeMeta
	From, To *model.CompositeType
}

// CreateRange creates a range type.
type CreateRange struct {
	changeMeta
	Range *model.RangeType
}

// DropType drops a domain, composite or range type (enums have DropEnum).
type DropType struct {
	changeMeta
	Name model.QName
	// Keyword is DOMAIN or TYPE.
	Keyword string
}

func (c *CreateDomain) Object() Object    { return typeObject(c.Domain.Name) }
func (c *CreateDomain) Op() Op            { return Create }
func (c *AlterDomain) Object() Object     { return typeObject(c.To.Name) }
func (c *AlterDomain) Op() Op             { return Alter }
func (c *CreateComposite) Object() Object { return typeObject(c.Type.Name) }
func (c *CreateComposite) Op() Op         { return Create }
func (c *AlterComposite) Object() Object  { return typeObject(c.To.Name) }
func (c *AlterComposite) Op() Op          { return Alter }
func (c *CreateRange) Object() Object     { return typeObject(c.Range.Name) }
func (c *CreateRange) Op() Op             { return Create }
func (c *DropType) Object() Object        { return typeObject(c.Name) }
func (c *DropType) Op() Op                { return Drop }

func (d *differ) domains() {
	for _, name := range d.to.DomainNames() {
		t := d.to.Domains[name]
		old, ok := d.from.Domains[name]
		switch {
		case !ok:
			d.add(&CreateDomain{changeMeta: changeMeta{phase: phaseCreateType}, Domain: t})
			d.typeExtras(name, "", t.Comment, d.newObjectPrivileges(model.KindType, name.Schema), t.Privileges)
		case old.BaseType != t.BaseType || old.Collation != t.Collation:
			d.unsupported(typeObject(name), "the base type or collation of a domain cannot change in place; create a new domain and move the columns to it")
		default:
			if old.Default != t.Default || old.NotNull != t.NotNull || !sameConstraints(old.Constraints, t.Constraints) {
				d.add(&AlterDomain{changeMeta: changeMeta{phase: phaseCreateType}, From: old, To: t})
			}
			d.typeExtras(name, old.Comment, t.Comment, old.Privileges, t.Privileges)
		}
	}
	for _, name := range d.from.DomainNames() {
		if _, ok := d.to.Domains[name]; !ok {
			d.dropType(name, "DOMAIN")
		}
	}
}

func sameConstraints(a, b []*model.Constraint) bool {
	return slices.EqualFunc(a, b, func(x, y *model.Constraint) bool { return x.Name == y.Name && x.Definition == y.Definition })
}

func (d *differ) composites() {
	for _, name := range d.to.CompositeNames() {
		t := d.to.Composites[name]
		old, ok := d.from.Composites[name]
		if !ok {
			d.add(&CreateComposite{changeMeta: changeMeta{phase: phaseCreateType}, Type: t})
			d.typeExtras(name, "", t.Comment, d.newObjectPrivileges(model.KindType, name.Schema), t.Privileges)
			d.attributeComments(name, nil, t.Attributes)
			continue
		}
		// Attribute comments are compared on their own, below: they do not alter the type.
		if !slices.EqualFunc(old.Attributes, t.Attributes, func(x, y *model.Column) bool {
			return x.Name == y.Name && x.Type == y.Type && x.Collation == y.Collation
		}) {
			c := &AlterComposite{changeMeta: changeMeta{phase: phaseCreateType}, From: old, To: t}
			for _, a := range old.Attributes {
				if findColumn(t.Attributes, a.Name) == nil {
					c.hazard(DataLoss, "drops attribute %s of type %s from every value that uses it", model.QuoteIdent(a.Name), name)
				}
			}
			d.add(c)
		}
		d.typeExtras(name, old.Comment, t.Comment, old.Privileges, t.Privileges)
		d.attributeComments(name, old.Attributes, t.Attributes)
	}
	for _, name := range d.from.CompositeNames() {
		if _, ok := d.to.Composites[name]; !ok {
			d.dropType(name, "TYPE")
		}
	}
}

// attributeComments compares the comments of a composite type's attributes, written
// COMMENT ON COLUMN type.attribute. An attribute dropped takes its comment along; one
// added (or in a new type, old nil) starts without.
func (d *differ) attributeComments(name model.QName, old, attrs []*model.Column) {
	for _, a := range attrs {
		was := ""
		if o := findColumn(old, a.Name); o != nil {
			was = o.Comment
		}
		d.comment(Object{Kind: model.KindColumn, Name: name, Member: a.Name}, was, a.Comment)
	}
}

func findColumn(cols []*model.Column, name string) *model.Column {
	for _, c := range cols {
		if c.Name == name {
			return c
		}
	}
	return nil
}

func (d *differ) ranges() {
	for _, name := range d.to.RangeNames() {
		t := d.to.Ranges[name]
		old, ok := d.from.Ranges[name]
		switch {
		case !ok:
			d.add(&CreateRange{changeMeta: changeMeta{phase: phaseCreateType}, Range: t})
			d.typeExtras(name, "", t.Comment, d.newObjectPrivileges(model.KindType, name.Schema), t.Privileges)
		case rangeDefinition(old) != rangeDefinition(t):
			d.unsupported(typeObject(name), "a range type cannot change in place; create a new one and move its users to it")
		default:
			d.typeExtras(name, old.Comment, t.Comment, old.Privileges, t.Privileges)
		}
	}
	for _, name := range d.from.RangeNames() {
		if _, ok := d.to.Ranges[name]; !ok {
			d.dropType(name, "TYPE")
		}
	}
}

// rangeDefinition is what defines a range type, for comparison.
func rangeDefinition(r *model.RangeType) [6]string {
	return [6]string{r.Subtype, r.SubtypeOpClass, r.Collation, r.Canonical, r.SubtypeDiff, r.MultirangeName}
}

// typeExtras compares the comment and privileges of a type.
func (d *differ) typeExtras(name model.QName, oldComment, comment string, oldPrivs, privs []model.Privilege) {
	d.comment(typeObject(name), oldComment, comment)
	d.privileges(typeObject(name), oldPrivs, privs)
}

func (d *differ) dropType(name model.QName, keyword string) {
	c := &DropType{changeMeta: changeMeta{phase: phaseDropType}, Name: name, Keyword: keyword}
	c.hazard(DataLoss, "drops type %s", name)
	d.add(c)
}
