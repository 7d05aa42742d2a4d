package differ

import "github.com/pgshape/pgshape/model"

// CreateSchema creates a schema.
type CreateSchema struct {
	changeMeta
	Schema *model.Schema
}

// DropSchema drops an (empty) schema.
type DropSchema struct {
	changeMeta
	Name string
}

func (c *CreateSchema) Object() Object {
	return Object{Kind: model.KindSchema, Name: model.QName{Name: c.Schema.Name}}
}
func (c *CreateSchema) Op() Op { return Create }
func (c *DropSchema) Object() Object {
	return Object{Kind: model.KindSchema, Name: model.QName{Name: c.Name}}
}
func (c *DropSchema) Op() Op { return Drop }

// publicSchema exists in every new database: it is never dropped, whatever the desired
// state says, because an empty desired state must not mean "drop public".
const publicSchema = "public"

func (d *differ) schemas() {
	for _, name := range d.to.SchemaNames() {
		s := d.to.Schemas[name]
		old, ok := d.from.Schemas[name]
		if !ok {
			d.add(&CreateSchema{changeMeta: changeMeta{phase: phaseCreateSchema}, Schema: s})
			d.comment(schemaObject(name), "", s.Comment)
			d.privileges(schemaObject(name), d.newObjectPrivileges(model.KindSchema, ""), s.Privileges)
			continue
		}
		d.comment(schemaObject(name), old.Comment, s.Comment)
		d.privileges(schemaObject(name), old.Privileges, s.Privileges)
	}
	for _, name := range d.from.SchemaNames() {
		if _, ok := d.to.Schemas[name]; ok || name == publicSchema {
			continue
		}
		c := &DropSchema{changeMeta: changeMeta{phase: phaseDropSchema}, Name: name}
		c.hazard(DataLoss, "drops schema %s", model.QuoteIdent(name))
		d.add(c)
	}
}

func schemaObject(name string) Object {
	return Object{Kind: model.KindSchema, Name: model.QName{Name: name}}
}
