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
	return "COMMENT ON " + commentTarget(c.Target) + " IS " + text
}

// commentTarget names an object as COMMENT ON expects it.
func commentTarget(o differ.Object) string {
	switch o.Kind {
	case model.KindSchema:
		return "SCHEMA " + ident(o.Name.Name)
	case model.KindExtension:
		return "EXTENSION " + ident(o.Name.Name)
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
	}
	return "TABLE " + o.Name.String()
}
