package differ

import (
	"strings"

	"github.com/pgshape/pgshape/model"
)

// SetOwner makes a role the owner of an object (ALTER ... OWNER TO).
type SetOwner struct {
	changeMeta
	Target Object
	// Keyword is how ALTER names the object: TABLE, VIEW, MATERIALIZED VIEW,
	// SEQUENCE, FUNCTION, PROCEDURE, AGGREGATE, TYPE, DOMAIN, SCHEMA or COLLATION.
	Keyword string
	// Owner is the new owner; empty for the role that runs the plan (CURRENT_USER),
	// which a plan does not name: the current state was read as that role, and the
	// migration may run as another of the same standing (see Catalog.Role).
	Owner string
}

func (c *SetOwner) Object() Object { return c.Target }
func (c *SetOwner) Op() Op         { return Alter }

// owned is an object of the desired state that may have an owner.
type owned struct {
	obj      Object
	keyword  string
	owner    string // desired
	oldOwner string // current; empty when the object is new
}

// owners compares the owners of every object that has one. Owners are only in the
// catalogs when they were read with owners (schema.Options.WithOwners); a desired
// object without one is left alone. An object this plan creates, or drops and creates
// again, belongs to the role that runs the plan, taken to be the role the current
// state was read as (Catalog.Role): its owner is set after it is created unless it is
// that role, so a plan names no role the schema files do not name.
func (d *differ) owners() {
	created := map[Object]bool{}
	for _, c := range d.changes {
		switch c.(type) {
		case *CreateTable, *CreateView, *CreateSequence, *CreateFunction, *CreateEnum, *RebuildEnum,
			*CreateDomain, *CreateComposite, *CreateRange, *CreateSchema, *CreateCollation, *CreateObject:
			created[c.Object()] = true
		}
	}
	for _, o := range d.ownedObjects() {
		switch {
		case o.owner == "":
			continue
		case created[o.obj] && o.owner == d.from.Role:
			continue
		case !created[o.obj] && o.owner == o.oldOwner:
			continue
		}
		c := &SetOwner{changeMeta: changeMeta{phase: phaseOwner}, Target: o.obj, Keyword: o.keyword, Owner: o.owner}
		if o.owner == d.from.Role {
			c.Owner = ""
		}
		d.add(c)
	}
}

// ownedObjects lists the desired objects that have owners, with their current owners,
// in a stable order: by kind, then name.
func (d *differ) ownedObjects() []owned {
	var out []owned
	for _, n := range d.to.SchemaNames() {
		o := owned{obj: schemaObject(n), keyword: "SCHEMA", owner: d.to.Schemas[n].Owner}
		if old := d.from.Schemas[n]; old != nil {
			o.oldOwner = old.Owner
		}
		out = append(out, o)
	}
	for _, n := range d.to.CollationNames() {
		o := owned{obj: collationObject(n), keyword: "COLLATION", owner: d.to.Collations[n].Owner}
		if old := d.from.Collations[n]; old != nil {
			o.oldOwner = old.Owner
		}
		out = append(out, o)
	}
	for _, names := range [][]model.QName{d.to.EnumNames(), d.to.DomainNames(), d.to.CompositeNames(), d.to.RangeNames()} {
		for _, n := range names {
			_, domain := d.to.Domains[n]
			out = append(out, owned{obj: typeObject(n), keyword: pick(domain, "DOMAIN", "TYPE"),
				owner: typeOwner(d.to, n), oldOwner: typeOwner(d.from, n)})
		}
	}
	for _, sig := range d.to.FunctionSignatures() {
		f := d.to.Functions[sig]
		o := owned{obj: functionObject(f), keyword: functionKeyword(f.Kind), owner: f.Owner}
		if old := d.from.Functions[sig]; old != nil {
			o.oldOwner = old.Owner
		}
		out = append(out, o)
	}
	for _, n := range d.to.SequenceNames() {
		o := owned{obj: sequenceObject(n), keyword: "SEQUENCE", owner: d.to.Sequences[n].Owner}
		if old := d.from.Sequences[n]; old != nil {
			o.oldOwner = old.Owner
		}
		out = append(out, o)
	}
	for _, n := range d.to.TableNames() {
		o := owned{obj: tableObject(n), keyword: "TABLE", owner: d.to.Tables[n].Owner}
		if old := d.from.Tables[n]; old != nil {
			o.oldOwner = old.Owner
		}
		out = append(out, o)
	}
	for _, n := range d.to.ViewNames() {
		v := d.to.Views[n]
		o := owned{obj: viewObject(n), keyword: pick(v.Materialized, "MATERIALIZED VIEW", "VIEW"), owner: v.Owner}
		if old := d.from.Views[n]; old != nil {
			o.oldOwner = old.Owner
		}
		out = append(out, o)
	}
	for _, id := range d.to.ObjectIDs() {
		o := owned{obj: id, keyword: ObjectKeyword(id.Kind), owner: d.to.Objects[id].Owner}
		if old := d.from.Objects[id]; old != nil {
			o.oldOwner = old.Owner
		}
		out = append(out, o)
	}
	return out
}

// typeOwner is the owner of the enum, domain, composite or range type n, empty when
// there is none.
func typeOwner(c *model.Catalog, n model.QName) string {
	switch {
	case c.Enums[n] != nil:
		return c.Enums[n].Owner
	case c.Domains[n] != nil:
		return c.Domains[n].Owner
	case c.Composites[n] != nil:
		return c.Composites[n].Owner
	case c.Ranges[n] != nil:
		return c.Ranges[n].Owner
	}
	return ""
}

// functionKeyword is how ALTER names a function of the kind (pg_proc.prokind).
func functionKeyword(kind string) string {
	switch kind {
	case "p":
		return "PROCEDURE"
	case "a":
		return "AGGREGATE"
	}
	return "FUNCTION"
}

// desiredOwner is the owner the desired state gives an object, empty when unknown.
func (d *differ) desiredOwner(obj Object) string {
	c := d.to
	switch obj.Kind {
	case model.KindSchema:
		if s := c.Schemas[obj.Name.Name]; s != nil {
			return s.Owner
		}
	case model.KindTable:
		if t := c.Tables[obj.Name]; t != nil {
			return t.Owner
		}
	case model.KindView:
		if v := c.Views[obj.Name]; v != nil {
			return v.Owner
		}
	case model.KindSequence:
		if s := c.Sequences[obj.Name]; s != nil {
			return s.Owner
		}
	case model.KindType:
		return typeOwner(c, obj.Name)
	case model.KindFunction:
		name, args, _ := strings.Cut(obj.Name.Name, "(")
		sig := model.Signature(model.QName{Schema: obj.Name.Schema, Name: name}, strings.TrimSuffix(args, ")"))
		if f := c.Functions[sig]; f != nil {
			return f.Owner
		}
	default:
		if o := c.Objects[obj]; o != nil {
			return o.Owner
		}
	}
	return ""
}
