package emitter

import (
	"strings"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/model"
)

// objectTarget names an object compared as a whole the way DROP, COMMENT ON and
// ALTER ... OWNER TO do, after the kind's keyword: "public.total(integer)",
// "public.ops USING btree", "(text AS public.code)", "r ON public.t",
// "FOR app SERVER remote".
func objectTarget(o model.ObjectID) string {
	switch o.Kind {
	case model.KindAggregate:
		return functionTarget(o)
	case model.KindOperator:
		// Operator names are never quoted; the schema is.
		name, args, _ := strings.Cut(o.Name.Name, "(")
		return ident(o.Name.Schema) + "." + name + " (" + args
	case model.KindOperatorClass, model.KindOperatorFamily:
		return o.Name.String() + " USING " + ident(o.Member)
	case model.KindCast:
		return "(" + o.Name.Name + ")"
	case model.KindRule:
		return ident(o.Member) + " ON " + o.Name.String()
	case model.KindUserMapping:
		return "FOR " + grantee(o.Member) + " SERVER " + ident(o.Name.Name)
	case model.KindEventTrigger, model.KindForeignDataWrapper, model.KindServer, model.KindPublication:
		return ident(o.Name.Name)
	}
	return o.Name.String()
}

func createObject(c *differ.CreateObject) []string { return c.Target.Create }

func dropObject(c *differ.DropObject) string {
	switch id := c.Target.ID; id.Kind {
	case model.KindPublicationTable:
		return "ALTER PUBLICATION " + ident(id.Member) + " DROP TABLE ONLY " + id.Name.String()
	case model.KindPublicationSchema:
		return "ALTER PUBLICATION " + ident(id.Member) + " DROP TABLES IN SCHEMA " + ident(id.Name.Name)
	}
	return "DROP " + differ.ObjectKeyword(c.Target.ID.Kind) + " " + objectTarget(c.Target.ID)
}

// objectPrivilegeTarget names an object compared as a whole as GRANT expects it.
func objectPrivilegeTarget(o model.ObjectID) string {
	switch o.Kind {
	case model.KindAggregate:
		return "FUNCTION " + functionTarget(o)
	case model.KindServer:
		return "FOREIGN SERVER " + ident(o.Name.Name)
	case model.KindForeignTable:
		return "TABLE " + o.Name.String()
	}
	return differ.ObjectKeyword(o.Kind) + " " + objectTarget(o)
}

// alterObjectOptions writes ALTER SERVER/FOREIGN DATA WRAPPER/USER MAPPING/FOREIGN
// TABLE ... OPTIONS with the options set, added and dropped.
func alterObjectOptions(c *differ.AlterObjectOptions) string {
	var items []string
	for _, kv := range c.Set {
		name, value, _ := strings.Cut(kv, "=")
		items = append(items, "SET "+ident(name)+" "+literal(value))
	}
	for _, kv := range c.Add {
		name, value, _ := strings.Cut(kv, "=")
		items = append(items, "ADD "+ident(name)+" "+literal(value))
	}
	for _, name := range c.Drop {
		items = append(items, "DROP "+ident(name))
	}
	id := c.Target.ID
	return "ALTER " + differ.ObjectKeyword(id.Kind) + " " + objectTarget(id) + " OPTIONS (" + strings.Join(items, ", ") + ")"
}
