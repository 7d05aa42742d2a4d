package emitter

import (
	"strings"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/model"
)

// columnDefinition is a column as CREATE TABLE and ADD COLUMN spell it.
func columnDefinition(c *model.Column) string {
	s := ident(c.Name) + " " + c.Type
	if c.Compression != "" {
		s += " COMPRESSION " + c.Compression
	}
	if c.Collation != "" {
		s += " COLLATE " + c.Collation
	}
	switch {
	case c.Generated != "":
		s += " GENERATED ALWAYS AS (" + c.Generated + ") " + pick(c.Virtual, "VIRTUAL", "STORED")
	case c.Identity != "":
		s += " " + identityClause(c)
	case c.Default != "":
		s += " DEFAULT " + c.Default
	}
	return s + notNull(c)
}

// notNull is a column's NOT NULL, with the name of its constraint when PostgreSQL
// would not give it that name by itself (18 and later name them).
func notNull(c *model.Column) string {
	switch {
	case !c.NotNull:
		return ""
	case c.NotNullName != "":
		return " CONSTRAINT " + ident(c.NotNullName) + " NOT NULL"
	}
	return " NOT NULL"
}

func identityClause(c *model.Column) string {
	s := "GENERATED " + pick(c.Identity == "a", "ALWAYS", "BY DEFAULT") + " AS IDENTITY"
	if c.IdentityOptions != nil {
		if opts := sequenceOptions(*c.IdentityOptions, false); len(opts) > 0 {
			s += " (" + strings.Join(opts, " ") + ")"
		}
	}
	return s
}

// alterColumn writes the ALTER COLUMN steps in the order PostgreSQL accepts them:
// an identity or a default that the new type could not hold goes first, the type
// changes, NOT NULL is set before an identity is added (which requires it), and the
// new default comes last.
func alterColumn(c *differ.AlterColumn) []string {
	f, t := c.From, c.To
	col := "ALTER COLUMN " + ident(t.Name) + " "
	var actions, out []string
	if f.Identity != "" && t.Identity == "" {
		actions = append(actions, col+"DROP IDENTITY")
	}
	typeChanged := c.TypeChanged()
	defaultChanged := f.Default != t.Default
	if f.Default != "" && (defaultChanged || typeChanged) {
		actions = append(actions, col+"DROP DEFAULT")
	}
	if typeChanged {
		a := col + "TYPE " + t.Type
		if t.Collation != "" {
			a += " COLLATE " + t.Collation
		} else if f.Collation != "" {
			a += ` COLLATE pg_catalog."default"`
		}
		if c.Using != "" {
			a += " USING " + c.Using
		}
		actions = append(actions, a)
	}
	if t.NotNull && !f.NotNull && !c.NotNullLater {
		actions = append(actions, col+"SET NOT NULL")
	}
	if !t.NotNull && f.NotNull && t.Identity == "" {
		actions = append(actions, col+"DROP NOT NULL")
	}
	switch {
	case f.Identity == "" && t.Identity != "":
		actions = append(actions, col+"ADD "+identityClause(t))
	case f.Identity != "" && t.Identity != "":
		if f.IdentityOptions != nil && t.IdentityOptions != nil {
			seq := "pg_catalog.pg_get_serial_sequence(" + literal(c.Table.String()) + ", " + literal(t.Name) + ")::regclass"
			for _, clamp := range clampSequence(seq, *f.IdentityOptions, *t.IdentityOptions) {
				out = append(out, clamp)
			}
		}
		actions = append(actions, alterIdentity(col, f, t)...)
	}
	if t.Default != "" && (defaultChanged || typeChanged) {
		actions = append(actions, col+"SET DEFAULT "+t.Default)
	}
	if f.Storage != t.Storage {
		actions = append(actions, col+"SET STORAGE "+storageNames[storageOf(t)])
	}
	if f.Compression != t.Compression {
		actions = append(actions, col+"SET COMPRESSION "+pick(t.Compression == "", "default", t.Compression))
	}
	for _, a := range actions {
		out = append(out, alterTable(c.Table, a))
	}
	return out
}

// alterIdentity changes the kind and the sequence options of an identity column.
func alterIdentity(col string, f, t *model.Column) []string {
	var out []string
	if f.Identity != t.Identity {
		out = append(out, col+"SET GENERATED "+pick(t.Identity == "a", "ALWAYS", "BY DEFAULT"))
	}
	if f.IdentityOptions == nil || t.IdentityOptions == nil || *f.IdentityOptions == *t.IdentityOptions {
		return out
	}
	opts := changedSequenceOptions(*f.IdentityOptions, *t.IdentityOptions, "SET ", false)
	if len(opts) > 0 {
		out = append(out, col+strings.Join(opts, " "))
	}
	return out
}

// storageNames spells pg_attribute.attstorage letters for SET STORAGE.
var storageNames = map[string]string{"p": "PLAIN", "e": "EXTERNAL", "m": "MAIN", "x": "EXTENDED"}

// storageOf is the storage a column must have: its own, or its type's default, which
// the catalog reader leaves out (and PostgreSQL before 16 cannot name in SET STORAGE).
func storageOf(c *model.Column) string {
	if c.Storage != "" {
		return c.Storage
	}
	switch {
	case strings.HasSuffix(c.Type, "[]"):
		return "x"
	case strings.HasPrefix(c.Type, "numeric"), c.Type == "inet", c.Type == "cidr":
		return "m"
	}
	for _, varlena := range []string{"text", "character varying", "bytea", "json", "jsonb", "xml", "tsvector", "tsquery", "character", "bit varying", "public.citext"} {
		if c.Type == varlena || strings.HasPrefix(c.Type, varlena+"(") {
			return "x"
		}
	}
	return "p"
}
