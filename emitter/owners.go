package emitter

import (
	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/model"
)

func setOwner(c *differ.SetOwner) string {
	o := c.Target
	target := o.Name.String()
	switch o.Kind {
	case model.KindSchema:
		target = ident(o.Name.Name)
	case model.KindFunction:
		target = functionTarget(o)
	case model.KindTable, model.KindView, model.KindSequence, model.KindType, model.KindCollation:
	default:
		target = objectTarget(o)
	}
	owner := "CURRENT_USER" // the role that runs the migration
	if c.Owner != "" {
		owner = ident(c.Owner)
	}
	return "ALTER " + c.Keyword + " " + target + " OWNER TO " + owner
}
