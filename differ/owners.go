package differ

import "github.com/pgshape/pgshape/model"

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

// owners compares the owners of every object that has one. Owners are only in the
// catalogs when they were read with owners (schema.Options.WithOwners); a desired
// object without one is left alone. An object this plan creates, or drops and creates
// again, belongs to the role that runs the plan, taken to be the role the current
// state was read as (Catalog.Role): its owner is set after it is created unless it is
// that role, so a plan names no role the schema files do not name. Owners are set in
// the order of Catalog.OwnedObjects.
func (d *differ) owners() {
	created := map[Object]bool{}
	for _, c := range d.changes {
		switch c.(type) {
		case *CreateTable, *CreateView, *CreateSequence, *CreateFunction, *CreateEnum, *RebuildEnum,
			*CreateDomain, *CreateComposite, *CreateRange, *CreateSchema, *CreateCollation, *CreateObject:
			created[c.Object()] = true
		}
	}
	for _, o := range d.to.OwnedObjects() {
		obj, owner := o.Ident(), o.OwnerName()
		switch {
		case owner == "":
			continue
		case created[obj] && owner == d.from.Role:
			continue
		case !created[obj] && owner == ownerIn(d.current, obj):
			continue
		}
		c := &SetOwner{changeMeta: changeMeta{phase: phaseOwner}, Target: obj, Keyword: ownerKeyword(o), Owner: owner}
		if owner == d.from.Role {
			c.Owner = ""
		}
		d.add(c)
	}
}

// ownerKeyword is how ALTER ... OWNER TO names the object.
func ownerKeyword(o model.Owned) string {
	switch o := o.(type) {
	case *model.Domain:
		return "DOMAIN"
	case *model.Function:
		return functionKeyword(o.Kind)
	case *model.View:
		return pick(o.Materialized, "MATERIALIZED VIEW", "VIEW")
	}
	// SCHEMA, COLLATION, TYPE (enums, composite and range types), SEQUENCE, TABLE,
	// and the kinds compared as a whole: the kind in upper case.
	return ObjectKeyword(o.Ident().Kind)
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

// ownedByIdent indexes the Owned objects of a catalog by their Ident.
func ownedByIdent(c *model.Catalog) map[Object]model.Owned {
	m := map[Object]model.Owned{}
	for _, o := range c.OwnedObjects() {
		m[o.Ident()] = o
	}
	return m
}

// ownerIn is the owner of obj among objects, empty when it has none or is not there.
func ownerIn(objects map[Object]model.Owned, obj Object) string {
	if o := objects[obj]; o != nil {
		return o.OwnerName()
	}
	return ""
}
