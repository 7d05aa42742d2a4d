package parser

import (
	"github.com/pgshape/pgshape/model"
)

// orderAttachedIndexes makes the CREATE INDEX of a partitioned index wait for the
// CREATE INDEX of every partition's index that ALTER INDEX ... ATTACH PARTITION
// attaches to it. PostgreSQL attaches a partition's matching index to a new index
// of its parent instead of creating one under a generated name, so an index made
// by hand on a partition keeps its name only when it exists first; the ATTACH
// that follows finds it attached already. Files may name the parent first (pull
// writes every partition in a file of its own, with the ATTACH). Without an
// ATTACH, the statements keep their written order: a partition's index created
// after its parent's stays an index of its own.
func orderAttachedIndexes(stmts []*stmt) {
	attached := map[model.QName]model.QName{} // partition's index → parent's index
	for _, s := range stmts {
		if s.kind != kindAlterIndex {
			continue
		}
		at := s.tree().GetAlterTableStmt()
		if at == nil {
			continue
		}
		for _, cn := range at.Cmds {
			child := rangeVarName(cn.GetAlterTableCmd().GetDef().GetPartitionCmd().GetName())
			attached[child] = rangeVarName(at.Relation)
		}
	}
	if len(attached) == 0 {
		return
	}
	for _, s := range stmts {
		if s.kind != kindCreateIndex {
			continue
		}
		ix := s.tree().GetIndexStmt()
		if ix == nil {
			continue
		}
		name := model.QName{Schema: rangeVarName(ix.Relation).Schema, Name: ix.Idxname}
		if parent, ok := attached[name]; ok {
			s.provide(refAttachedIndex, parent, "")
		}
		if ix.Relation.GetInh() { // not ON ONLY, which leaves the partitions alone
			s.require(refAttachedIndex, name, "")
		}
	}
}
