package parser

import (
	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

func analyseCreateSchema(r *rawStmt, n *pg_query.CreateSchemaStmt) ([]*stmt, error) {
	if len(n.SchemaElts) > 0 {
		// Elements would be objects declared without a statement of their own.
		return nil, unsupported(r, "CREATE SCHEMA with schema elements")
	}
	s := original(r, kindCreateSchema)
	s.provide(refSchema, model.QName{Name: schemaName(n)}, "")
	if schemaName(n) == defaultSchema && !n.IfNotExists {
		// Every database has public, so CREATE SCHEMA public (as pg_dump writes it)
		// would fail in the shadow database. The tree stays as written, so a second
		// CREATE SCHEMA public is still a duplicate.
		c := clone(n)
		c.IfNotExists = true
		sql, err := deparse(&pg_query.Node{Node: &pg_query.Node_CreateSchemaStmt{CreateSchemaStmt: c}})
		if err != nil {
			return nil, s.errorAt(-1, "cannot add IF NOT EXISTS to CREATE SCHEMA public: %v", err)
		}
		s.sql = sql
	}
	return []*stmt{s}, nil
}

// schemaName is the schema's name; CREATE SCHEMA AUTHORIZATION bob names it after
// the role.
func schemaName(n *pg_query.CreateSchemaStmt) string {
	if n.Schemaname == "" && n.Authrole != nil {
		return n.Authrole.Rolename
	}
	return n.Schemaname
}

func (b *builder) applyCreateSchema(s *stmt, n *pg_query.CreateSchemaStmt) error {
	name := schemaName(n)
	if old, ok := b.cat.Schemas[name]; ok {
		switch {
		case old.Source.IsZero():
			old.Source = s.source() // public, now declared in a file
		case !n.IfNotExists:
			return b.duplicate(s, -1, "schema "+model.QuoteIdent(name), old.Source)
		}
		return nil
	}
	b.cat.Schemas[name] = &model.Schema{Name: name, Source: s.source()}
	return nil
}
