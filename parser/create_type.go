package parser

import (
	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

func analyseCreateEnum(r *rawStmt, n *pg_query.CreateEnumStmt) ([]*stmt, error) {
	s := original(r, kindCreateType)
	q := listName(strs(n.TypeName))
	s.provide(refType, q, "")
	s.requireSchema(q.Schema)
	return []*stmt{s}, nil
}

func (b *builder) applyCreateEnum(s *stmt, n *pg_query.CreateEnumStmt) error {
	q := listName(strs(n.TypeName))
	if old, ok := b.cat.Enums[q]; ok {
		return b.duplicate(s, -1, "type "+q.String(), old.Source)
	}
	if t, ok := b.cat.Tables[q]; ok {
		// Every table has a row type of the same name.
		return b.duplicate(s, -1, "type "+q.String()+" (the row type of a table)", t.Source)
	}
	if err := b.schemaExists(s, q.Schema, -1); err != nil {
		return err
	}
	b.cat.Enums[q] = &model.Enum{Name: q, Values: strs(n.Vals), Source: s.source()}
	return nil
}
