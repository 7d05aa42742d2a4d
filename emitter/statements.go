package emitter

import (
	"fmt"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/model"
)

// statementsFor returns the SQL of one change. Every kind of change has a case: the
// set is closed, and a missing one is a programming error caught by the tests.
func statementsFor(c differ.Change) []string {
	switch c := c.(type) {
	case *differ.CreateSchema:
		return []string{"CREATE SCHEMA " + ident(c.Schema.Name)}
	case *differ.DropSchema:
		return []string{"DROP SCHEMA " + ident(c.Name)}
	case *differ.CreateExtension:
		return []string{createExtension(c.Extension)}
	case *differ.AlterExtension:
		return alterExtension(c)
	case *differ.DropExtension:
		return []string{"DROP EXTENSION " + ident(c.Name)}
	case *differ.CreateCollation:
		return []string{createCollation(c.Collation)}
	case *differ.DropCollation:
		return []string{"DROP COLLATION " + c.Name.String()}
	case *differ.CreateEnum:
		return []string{createEnum(c.Enum)}
	case *differ.AddEnumValue:
		return []string{addEnumValue(c)}
	case *differ.RebuildEnum:
		return rebuildEnum(c)
	case *differ.DropEnum:
		return []string{"DROP TYPE " + c.Name.String()}
	case *differ.CreateSequence:
		return []string{createSequence(c.Sequence)}
	case *differ.AlterSequence:
		return alterSequence(c)
	case *differ.SetSequenceOwner:
		return []string{setSequenceOwner(c)}
	case *differ.DropSequence:
		return []string{"DROP SEQUENCE " + c.Name.String()}
	case *differ.CreateTable:
		return []string{createTable(c.Table)}
	case *differ.AttachPartition:
		return []string{attachPartition(c)}
	case *differ.AttachIndex:
		return []string{"ALTER INDEX " + c.Parent.String() + " ATTACH PARTITION " + model.QName{Schema: c.Table.Schema, Name: c.Index}.String()}
	case *differ.DetachPartition:
		return []string{detachPartition(c)}
	case *differ.DropTable:
		return []string{"DROP TABLE " + c.Name.String()}
	case *differ.SetTableOption:
		return []string{setTableOption(c)}
	case *differ.AddColumn:
		return []string{alterTable(c.Table, "ADD COLUMN "+columnDefinition(c.Column))}
	case *differ.DropColumn:
		return []string{alterTable(c.Table, "DROP COLUMN "+ident(c.Column))}
	case *differ.AlterColumn:
		return alterColumn(c)
	case *differ.AddConstraint:
		return addConstraint(c)
	case *differ.ValidateConstraint:
		return []string{alterTable(c.Table, "VALIDATE CONSTRAINT "+ident(c.Name))}
	case *differ.ProveNotNull:
		return []string{proveNotNull(c)}
	case *differ.SetNotNull:
		return setNotNull(c)
	case *differ.SwapIndex:
		return swapIndex(c)
	case *differ.DropConstraint:
		return []string{alterTable(c.Table, "DROP CONSTRAINT "+ident(c.Constraint.Name))}
	case *differ.CreateIndex:
		return []string{createIndex(c)}
	case *differ.DropIndex:
		return []string{dropIndex(c)}
	case *differ.SetComment:
		return []string{setComment(c)}
	case *differ.Rename:
		return []string{rename(c)}
	case *differ.CreateDomain:
		return createDomain(c.Domain)
	case *differ.AlterDomain:
		return alterDomain(c)
	case *differ.CreateComposite:
		return []string{createComposite(c.Type)}
	case *differ.AlterComposite:
		return alterComposite(c)
	case *differ.CreateRange:
		return []string{createRange(c.Range)}
	case *differ.DropType:
		return []string{"DROP " + c.Keyword + " " + c.Name.String()}
	case *differ.CreateView:
		return []string{createView(c)}
	case *differ.DropView:
		return []string{dropView(c)}
	case *differ.SetViewOptions:
		return setViewOptions(c)
	case *differ.CreateFunction:
		return []string{createFunction(c)}
	case *differ.DropFunction:
		return []string{dropFunction(c)}
	case *differ.CreateTrigger:
		return []string{createTrigger(c)}
	case *differ.DropTrigger:
		return []string{dropTrigger(c)}
	case *differ.SetTriggerEnabled:
		return []string{setTriggerEnabled(c)}
	case *differ.CreatePolicy:
		return []string{createPolicy(c)}
	case *differ.AlterPolicy:
		return []string{alterPolicy(c)}
	case *differ.DropPolicy:
		return []string{dropPolicy(c)}
	case *differ.AlterDefaultPrivileges:
		return []string{alterDefaultPrivileges(c)}
	case *differ.SetOwner:
		return []string{setOwner(c)}
	case *differ.Grant:
		return grant(c)
	case *differ.Revoke:
		return revoke(c)
	case *differ.SetTableParameters:
		return setReset("ALTER TABLE "+c.Table.String(), c.Set, c.Reset)
	case *differ.CreateObject:
		return createObject(c)
	case *differ.DropObject:
		return []string{dropObject(c)}
	case *differ.AlterObjectOptions:
		return []string{alterObjectOptions(c)}
	case *differ.SetPublicationOptions:
		return []string{"ALTER PUBLICATION " + ident(c.Target.ID.Name.Name) + " SET (" + c.With + ")"}
	case *differ.SetInherit:
		return []string{alterTable(c.Table, pick(c.Inherit, "INHERIT ", "NO INHERIT ")+c.Parent.String())}
	}
	panic(fmt.Sprintf("emitter: no SQL for change %T", c))
}

func ident(name string) string { return model.QuoteIdent(name) }

func literal(s string) string { return model.QuoteLiteral(s) }

func alterTable(table model.QName, action string) string {
	return "ALTER TABLE " + table.String() + " " + action
}

// rename writes the ALTER ... RENAME of an object. A table's members are renamed on
// the table under its new name: table renames run first.
func rename(c *differ.Rename) string {
	o := c.Target
	switch o.Kind {
	case model.KindTable:
		return "ALTER TABLE " + model.QName{Schema: o.Name.Schema, Name: c.From}.String() + " RENAME TO " + ident(o.Name.Name)
	case model.KindView:
		return "ALTER " + pick(c.Materialized, "MATERIALIZED VIEW ", "VIEW ") + model.QName{Schema: o.Name.Schema, Name: c.From}.String() + " RENAME TO " + ident(o.Name.Name)
	case model.KindColumn:
		return alterTable(o.Name, "RENAME COLUMN "+ident(c.From)+" TO "+ident(o.Member))
	case model.KindConstraint:
		return alterTable(o.Name, "RENAME CONSTRAINT "+ident(c.From)+" TO "+ident(o.Member))
	case model.KindIndex:
		return "ALTER INDEX " + model.QName{Schema: o.Name.Schema, Name: c.From}.String() + " RENAME TO " + ident(o.Name.Name)
	}
	panic("emitter: cannot rename " + o.String())
}
