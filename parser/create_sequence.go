package parser

import (
	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

// analyseCreateSequence splits OWNED BY off into an ALTER SEQUENCE: the owning table's
// default usually calls nextval on the sequence, so the sequence must exist before the
// table and can only be owned by it after.
func analyseCreateSequence(r *rawStmt, n *pg_query.CreateSeqStmt) ([]*stmt, error) {
	s := original(r, kindCreateSequence)
	q := rangeVarName(n.Sequence)
	s.provide(refSequence, q, "")
	s.provide(refTable, q, "") // sequences share the relation namespace
	s.requireSchema(q.Schema)
	s.requireExprRefs(n)
	owned := defElem(n.Options, "owned_by")
	if owned == nil {
		return []*stmt{s}, nil
	}
	create := clone(n)
	create.Options = withoutDefElem(create.Options, "owned_by")
	createNode := &pg_query.Node{Node: &pg_query.Node_CreateSeqStmt{CreateSeqStmt: create}}
	sql, err := deparse(createNode)
	if err != nil {
		return nil, s.errorAt(-1, "cannot split OWNED BY off the sequence: %v", err)
	}
	s.sql, s.node = sql, createNode

	alter := &pg_query.AlterSeqStmt{Sequence: clone(n.Sequence), Options: []*pg_query.Node{{Node: &pg_query.Node_DefElem{DefElem: clone(owned)}}}}
	alterNode := &pg_query.Node{Node: &pg_query.Node_AlterSeqStmt{AlterSeqStmt: alter}}
	part, err := alterSequence(r, alter, alterNode)
	if err != nil {
		return nil, err
	}
	part.part = 1
	if part.sql, err = deparse(alterNode); err != nil {
		return nil, s.errorAt(-1, "cannot split OWNED BY off the sequence: %v", err)
	}
	return []*stmt{s, part}, nil
}

func analyseAlterSequence(r *rawStmt, n *pg_query.AlterSeqStmt) ([]*stmt, error) {
	s, err := alterSequence(r, n, r.node)
	if err != nil {
		return nil, err
	}
	return []*stmt{s}, nil
}

func alterSequence(r *rawStmt, n *pg_query.AlterSeqStmt, node *pg_query.Node) (*stmt, error) {
	s := original(r, kindAlterSequence)
	s.node = node
	if n.ForIdentity {
		return nil, unsupported(r, "ALTER SEQUENCE of an identity column")
	}
	q := rangeVarName(n.Sequence)
	s.require(refSequence, q, "")
	if owned := defElem(n.Options, "owned_by"); owned != nil {
		if t, col, ok := ownedBy(owned); ok {
			s.require(refTable, t, "")
			s.require(refColumn, t, col)
			s.provide(refOwnedSequence, t, "")
		}
	}
	return s, nil
}

// ownedBy reads OWNED BY [schema.]table.column; ok is false for OWNED BY NONE.
func ownedBy(d *pg_query.DefElem) (model.QName, string, bool) {
	parts := strs(d.Arg.GetList().GetItems())
	if len(parts) < 2 {
		return model.QName{}, "", false
	}
	return listName(parts[:len(parts)-1]), parts[len(parts)-1], true
}

func (b *builder) applyCreateSequence(s *stmt, n *pg_query.CreateSeqStmt) error {
	q := rangeVarName(n.Sequence)
	if old, ok := b.cat.Sequences[q]; ok {
		if n.IfNotExists {
			return nil
		}
		return b.duplicate(s, -1, "sequence "+q.String(), old.Source)
	}
	if err := b.schemaExists(s, q.Schema, n.Sequence.Location); err != nil {
		return err
	}
	if b.relNames[q.Schema][q.Name] {
		return s.errorAt(n.Sequence.Location, "relation %s is already declared", q)
	}
	opts, err := s.seqOptions(n.Options, "bigint")
	if err != nil {
		return err
	}
	seq := &model.Sequence{Name: q, Options: opts, Source: s.source()}
	b.cat.Sequences[q] = seq
	b.useRel(q.Schema, q.Name)
	if owned := defElem(n.Options, "owned_by"); owned != nil {
		return b.setOwnedBy(s, seq, owned)
	}
	return nil
}

func (b *builder) applyAlterSequence(s *stmt, n *pg_query.AlterSeqStmt) error {
	q := rangeVarName(n.Sequence)
	seq := b.cat.Sequences[q]
	if seq == nil {
		if n.MissingOk {
			return nil
		}
		return s.errorAt(n.Sequence.Location, "sequence %s is not declared in the schema files", q)
	}
	// Only the options written change; the rest keep their values.
	opts, err := s.seqOptions(n.Options, seq.Options.Type)
	if err != nil {
		return err
	}
	for _, o := range n.Options {
		d := o.GetDefElem()
		if d == nil {
			continue
		}
		switch d.Defname {
		case "as":
			seq.Options.Type = opts.Type
		case "increment":
			seq.Options.Increment = opts.Increment
		case "minvalue":
			seq.Options.Min = opts.Min
		case "maxvalue":
			seq.Options.Max = opts.Max
		case "start":
			seq.Options.Start = opts.Start
		case "cache":
			seq.Options.Cache = opts.Cache
		case "cycle":
			seq.Options.Cycle = opts.Cycle
		case "owned_by":
			if err := b.setOwnedBy(s, seq, d); err != nil {
				return err
			}
		}
	}
	return nil
}

func (b *builder) setOwnedBy(s *stmt, seq *model.Sequence, d *pg_query.DefElem) error {
	tq, col, ok := ownedBy(d)
	if !ok {
		seq.OwnedBy = nil
		return nil
	}
	t, err := b.table(s, tq, d.Location)
	if err != nil {
		return err
	}
	if _, err := b.column(s, t, col, d.Location); err != nil {
		return err
	}
	seq.OwnedBy = &model.ColumnRef{Table: tq, Column: col}
	return nil
}
