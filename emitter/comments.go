package emitter

import (
	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/model"
)

func setComment(c *differ.SetComment) string {
	text := "NULL"
	if c.Comment != "" {
		text = literal(c.Comment)
	}
	return "COMMENT ON " + commentTarget(c) + " IS " + text
}

// commentTarget names an object as COMMENT ON expects it.
func commentTarget(c *differ.SetComment) string {
	o := c.Target
	switch o.Kind {
	case model.KindSchema:
		return "SCHEMA " + ident(o.Name.Name)
	case model.KindExtension:
		return "EXTENSION " + ident(o.Name.Name)
	case model.KindCollation:
		return "COLLATION " + o.Name.String()
	case model.KindColumn:
		return "COLUMN " + o.Name.String() + "." + ident(o.Member)
	case model.KindConstraint:
		return "CONSTRAINT " + ident(o.Member) + " ON " + o.Name.String()
	case model.KindType:
		return "TYPE " + o.Name.String()
	case model.KindSequence:
		return "SEQUENCE " + o.Name.String()
	case model.KindIndex:
		return "INDEX " + o.Name.String()
	case model.KindView:
		return pick(c.Materialized, "MATERIALIZED VIEW ", "VIEW ") + o.Name.String()
	case model.KindFunction:
		return "ROUTINE " + functionTarget(o)
	case model.KindTrigger:
		return "TRIGGER " + ident(o.Member) + " ON " + o.Name.String()
	case model.KindPolicy:
		return "POLICY " + ident(o.Member) + " ON " + o.Name.String()
	case model.KindTable:
		return "TABLE " + o.Name.String()
	}
	return differ.ObjectKeyword(o.Kind) + " " + objectTarget(o)
}
