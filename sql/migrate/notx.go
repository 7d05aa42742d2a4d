package migrate

import (
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v5"
)

// nonTransactional names what makes a statement impossible inside a transaction
// block ("VACUUM"), or returns "" for an ordinary statement. Statements that manage
// transactions themselves (BEGIN, COMMIT) count too: wrapping them in our
// transaction would break their meaning.
func nonTransactional(n *pg_query.Node) string {
	switch {
	case n.GetIndexStmt() != nil:
		if n.GetIndexStmt().Concurrent {
			return "CREATE INDEX CONCURRENTLY"
		}
	case n.GetDropStmt() != nil:
		if n.GetDropStmt().Concurrent {
			return "DROP INDEX CONCURRENTLY"
		}
	case n.GetReindexStmt() != nil:
		if hasOption(n.GetReindexStmt().Params, "concurrently") {
			return "REINDEX CONCURRENTLY"
		}
		if k := n.GetReindexStmt().Kind; k == pg_query.ReindexObjectType_REINDEX_OBJECT_SCHEMA ||
			k == pg_query.ReindexObjectType_REINDEX_OBJECT_SYSTEM ||
			k == pg_query.ReindexObjectType_REINDEX_OBJECT_DATABASE {
			return "REINDEX " + strings.TrimPrefix(k.String(), "REINDEX_OBJECT_")
		}
	case n.GetVacuumStmt() != nil:
		if n.GetVacuumStmt().IsVacuumcmd { // ANALYZE alone is fine in a transaction
			return "VACUUM"
		}
	case n.GetClusterStmt() != nil:
		if n.GetClusterStmt().Relation == nil {
			return "CLUSTER without a table"
		}
	case n.GetAlterSystemStmt() != nil:
		return "ALTER SYSTEM"
	case n.GetCreatedbStmt() != nil:
		return "CREATE DATABASE"
	case n.GetDropdbStmt() != nil:
		return "DROP DATABASE"
	case n.GetAlterDatabaseStmt() != nil:
		if hasOption(n.GetAlterDatabaseStmt().Options, "tablespace") {
			return "ALTER DATABASE SET TABLESPACE"
		}
	case n.GetCreateTableSpaceStmt() != nil:
		return "CREATE TABLESPACE"
	case n.GetDropTableSpaceStmt() != nil:
		return "DROP TABLESPACE"
	case n.GetCreateSubscriptionStmt() != nil:
		return "CREATE SUBSCRIPTION"
	case n.GetDropSubscriptionStmt() != nil:
		return "DROP SUBSCRIPTION"
	case n.GetDiscardStmt() != nil:
		if n.GetDiscardStmt().Target == pg_query.DiscardMode_DISCARD_ALL {
			return "DISCARD ALL"
		}
	case n.GetAlterTableStmt() != nil:
		for _, c := range n.GetAlterTableStmt().Cmds {
			if pc := c.GetAlterTableCmd().GetDef().GetPartitionCmd(); pc != nil && pc.Concurrent {
				return "DETACH PARTITION CONCURRENTLY"
			}
		}
	case n.GetTransactionStmt() != nil:
		switch k := n.GetTransactionStmt().Kind; k {
		case pg_query.TransactionStmtKind_TRANS_STMT_SAVEPOINT,
			pg_query.TransactionStmtKind_TRANS_STMT_RELEASE,
			pg_query.TransactionStmtKind_TRANS_STMT_ROLLBACK_TO:
		default:
			return strings.ReplaceAll(strings.TrimPrefix(k.String(), "TRANS_STMT_"), "_", " ")
		}
	}
	return ""
}

// hasOption reports whether a DefElem list names option (REINDEX (CONCURRENTLY),
// ALTER DATABASE ... SET TABLESPACE).
func hasOption(opts []*pg_query.Node, option string) bool {
	for _, o := range opts {
		if d := o.GetDefElem(); d != nil && d.Defname == option {
			return true
		}
	}
	return false
}
