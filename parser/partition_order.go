package parser

import (
	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

// orderPartitionIndexes makes every CREATE INDEX on a table wait for the CREATE
// INDEX statements on its partitions, at any depth. PostgreSQL attaches a
// partition's matching index to a new index of its parent instead of creating one
// under a generated name, so an index made by hand on a partition keeps its name
// only when it exists first; the files may name the parent first (pull writes
// every partition in a file of its own, after its parent's in name order).
func orderPartitionIndexes(stmts []*stmt) {
	parent := map[model.QName]model.QName{}
	for _, s := range stmts {
		if cs := s.node.GetCreateStmt(); cs != nil && cs.Partbound != nil && len(cs.InhRelations) == 1 {
			parent[rangeVarName(cs.Relation)] = rangeVarName(cs.InhRelations[0].GetRangeVar())
		}
		if at := s.node.GetAlterTableStmt(); at != nil && at.Objtype == pg_query.ObjectType_OBJECT_TABLE {
			for _, cn := range at.Cmds {
				if cmd := cn.GetAlterTableCmd(); cmd.GetSubtype() == pg_query.AlterTableType_AT_AttachPartition {
					parent[rangeVarName(cmd.GetDef().GetPartitionCmd().GetName())] = rangeVarName(at.Relation)
				}
			}
		}
	}
	if len(parent) == 0 {
		return
	}
	for _, s := range stmts {
		ix := s.node.GetIndexStmt()
		if s.kind != kindCreateIndex || ix == nil {
			continue
		}
		t := rangeVarName(ix.Relation)
		if ix.Relation.GetInh() { // not ON ONLY, which leaves the partitions alone
			s.require(refPartitionIndex, t, "")
		}
		seen := map[model.QName]bool{t: true}
		for p, ok := parent[t]; ok && !seen[p]; p, ok = parent[p] {
			seen[p] = true
			s.provide(refPartitionIndex, p, "")
		}
	}
}
