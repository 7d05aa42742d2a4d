package differ

import "github.com/pgshape/pgshape/model"

// CreateExtension installs an extension.
type CreateExtension struct {
	changeMeta
	Extension *model.Extension
}

// AlterExtension updates an extension to another version or moves it to another schema.
type AlterExtension struct {
	changeMeta
	Name    string
	Version string // empty: unchanged
	Schema  string // empty: unchanged
}

// DropExtension uninstalls an extension.
type DropExtension struct {
	changeMeta
	Name string
}

func (c *CreateExtension) Object() Object { return extensionObject(c.Extension.Name) }
func (c *CreateExtension) Op() Op         { return Create }
func (c *AlterExtension) Object() Object  { return extensionObject(c.Name) }
func (c *AlterExtension) Op() Op          { return Alter }
func (c *DropExtension) Object() Object   { return extensionObject(c.Name) }
func (c *DropExtension) Op() Op           { return Drop }

func extensionObject(name string) Object {
	return Object{Kind: model.KindExtension, Name: model.QName{Name: name}}
}

func (d *differ) extensions() {
	for _, name := range d.to.ExtensionNames() {
		e := d.to.Extensions[name]
		old, ok := d.from.Extensions[name]
		if !ok {
			d.add(&CreateExtension{changeMeta: changeMeta{phase: phaseCreateExtension}, Extension: e})
			d.comment(extensionObject(name), "", e.Comment)
			continue
		}
		alter := &AlterExtension{changeMeta: changeMeta{phase: phaseCreateExtension}, Name: name}
		if e.Version != "" && old.Version != "" && e.Version != old.Version {
			alter.Version = e.Version
		}
		if e.Schema != "" && e.Schema != old.Schema {
			alter.Schema = e.Schema
		}
		if alter.Version != "" || alter.Schema != "" {
			d.add(alter)
		}
		d.comment(extensionObject(name), old.Comment, e.Comment)
	}
	for _, name := range d.from.ExtensionNames() {
		if _, ok := d.to.Extensions[name]; ok {
			continue
		}
		c := &DropExtension{changeMeta: changeMeta{phase: phaseDropExtension}, Name: name}
		c.hazard(DataLoss, "drops extension %s and every object it provides", model.QuoteIdent(name))
		d.add(c)
	}
}
