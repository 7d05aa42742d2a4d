package parser

import (
	"regexp"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

func analyseAlterTable(r *rawStmt, n *pg_query.AlterTableStmt) (*stmt, error) {
	return alterTable(r, n, r.node)
}

// alterTable analyses an ALTER TABLE, as written or split off a CREATE TABLE (node is
// then the new statement's tree).
func alterTable(r *rawStmt, n *pg_query.AlterTableStmt, node *pg_query.Node) (*stmt, error) {
	s := original(r, kindAlterTable)
	s.node = node
	q := rangeVarName(n.Relation)
	s.require(refTable, q, "")
	changesOwner := false
	for _, cn := range n.Cmds {
		cmd := cn.GetAlterTableCmd()
		if cmd == nil {
			continue
		}
		switch cmd.Subtype {
		case pg_query.AlterTableType_AT_AddColumn:
			cd := cmd.Def.GetColumnDef()
			s.provide(refColumn, q, cd.Colname)
			s.provideColumnSequence(q, cd)
			for _, c := range foldAttributes(cd.Constraints) {
				s.provideConstraint(q, c, cd.Colname)
				s.requireConstraint(q, c, cd.Colname)
			}
			s.requireExprRefs(cd.TypeName)
		case pg_query.AlterTableType_AT_AddConstraint:
			c := cmd.Def.GetConstraint()
			if c.Indexname != "" {
				// USING INDEX needs the index, and turns it into the constraint's
				// (renamed to the constraint's name): a unique key for foreign keys.
				s.require(refIndex, model.QName{Schema: q.Schema, Name: c.Indexname}, "")
				named := clone(c)
				named.Conname = orDefault(c.Conname, c.Indexname)
				s.provideConstraint(q, named, "")
				continue
			}
			s.provideConstraint(q, c, "")
			s.requireConstraint(q, c, "")
		case pg_query.AlterTableType_AT_ColumnDefault:
			s.require(refColumn, q, cmd.Name)
			s.requireExprRefs(cmd.Def)
		case pg_query.AlterTableType_AT_AddIdentity:
			// pg_dump adds identity this way, after CREATE TABLE.
			s.require(refColumn, q, cmd.Name)
			seq := identitySequenceName(q, cmd.Name, cmd.Def.GetConstraint().GetOptions(), nil)
			s.provide(refSequence, seq, "")
			s.provide(refTable, seq, "")
		case pg_query.AlterTableType_AT_SetNotNull, pg_query.AlterTableType_AT_DropNotNull,
			pg_query.AlterTableType_AT_SetStorage, pg_query.AlterTableType_AT_SetCompression:
			s.require(refColumn, q, cmd.Name)
		case pg_query.AlterTableType_AT_SetRelOptions, pg_query.AlterTableType_AT_ResetRelOptions:
		case pg_query.AlterTableType_AT_ReplicaIdentity:
			if ri := cmd.Def.GetReplicaIdentityStmt(); ri != nil && ri.Name != "" {
				s.require(refIndex, model.QName{Schema: q.Schema, Name: ri.Name}, "")
			}
		case pg_query.AlterTableType_AT_AttachPartition:
			pc := cmd.Def.GetPartitionCmd()
			s.require(refTable, rangeVarName(pc.GetName()), "")
			s.attached = append(s.attached, ref{refTable, rangeVarName(pc.GetName()), ""})
			s.requireExprRefs(pc.GetBound())
		case pg_query.AlterTableType_AT_EnableTrig, pg_query.AlterTableType_AT_DisableTrig,
			pg_query.AlterTableType_AT_EnableReplicaTrig, pg_query.AlterTableType_AT_EnableAlwaysTrig:
			s.require(refTrigger, q, cmd.Name)
		case pg_query.AlterTableType_AT_EnableRowSecurity, pg_query.AlterTableType_AT_DisableRowSecurity,
			pg_query.AlterTableType_AT_ForceRowSecurity, pg_query.AlterTableType_AT_NoForceRowSecurity:
		case pg_query.AlterTableType_AT_ChangeOwner:
			changesOwner = true
		default:
			return nil, unsupported(r, "ALTER TABLE ... "+subcommandName(cmd.Subtype))
		}
	}
	if changesOwner && len(s.provides) == 0 {
		// A new owner cascades to the sequences OWNED BY the table's columns, and
		// OWNED BY needs the sequence and the table under one owner: the files
		// pull writes create the sequence apart (owned by whoever loads them) and
		// give only the table its owner.
		s.require(refOwnedSequence, q, "")
	}
	return s, nil
}

var camelWord = regexp.MustCompile(`[A-Z][a-z]*`)

// subcommandName spells an ALTER TABLE subcommand from its enum name:
// AT_DropColumn becomes "DROP COLUMN".
func subcommandName(t pg_query.AlterTableType) string {
	switch t {
	case pg_query.AlterTableType_AT_ChangeOwner:
		return "OWNER TO"
	case pg_query.AlterTableType_AT_EnableTrigAll, pg_query.AlterTableType_AT_DisableTrigAll:
		return strings.ToUpper(strings.TrimSuffix(strings.TrimPrefix(t.String(), "AT_"), "TrigAll")) + " TRIGGER ALL"
	case pg_query.AlterTableType_AT_EnableTrigUser, pg_query.AlterTableType_AT_DisableTrigUser:
		return strings.ToUpper(strings.TrimSuffix(strings.TrimPrefix(t.String(), "AT_"), "TrigUser")) + " TRIGGER USER"
	}
	words := camelWord.FindAllString(strings.TrimPrefix(t.String(), "AT_"), -1)
	return strings.ToUpper(strings.Join(words, " "))
}

// ownerOfOtherRelation reports whether n is ALTER TABLE ... OWNER TO on a declared
// view, materialized view or sequence, which PostgreSQL accepts (and older pg_dump
// wrote). The owner itself is read back from the shadow database, as for every
// OWNER TO.
func (b *builder) ownerOfOtherRelation(q model.QName, n *pg_query.AlterTableStmt) bool {
	if b.cat.Views[q] == nil && b.cat.Sequences[q] == nil {
		return false
	}
	for _, cn := range n.Cmds {
		if cn.GetAlterTableCmd().GetSubtype() != pg_query.AlterTableType_AT_ChangeOwner {
			return false
		}
	}
	return len(n.Cmds) > 0
}

func (b *builder) applyAlterTable(s *stmt, n *pg_query.AlterTableStmt) error {
	q := rangeVarName(n.Relation)
	t := b.cat.Tables[q]
	if t == nil {
		if n.MissingOk || b.ownerOfOtherRelation(q, n) {
			return nil
		}
		return s.errorAt(n.Relation.Location, "table %s is not declared in the schema files", q)
	}
	var cons []tableConstraint
	for _, cn := range n.Cmds {
		cmd := cn.GetAlterTableCmd()
		if cmd == nil {
			continue
		}
		switch cmd.Subtype {
		case pg_query.AlterTableType_AT_AddColumn:
			cd := cmd.Def.GetColumnDef()
			if old := t.Column(cd.Colname); old != nil {
				if cmd.MissingOk { // ADD COLUMN IF NOT EXISTS
					continue
				}
				return b.duplicate(s, cd.Location, "column "+model.QuoteIdent(cd.Colname)+" of table "+q.String(), old.Source)
			}
			col, colCons, err := b.newColumn(s, t, cd)
			if err != nil {
				return err
			}
			t.Columns = append(t.Columns, col)
			cons = append(cons, colCons...)
		case pg_query.AlterTableType_AT_AddConstraint:
			cons = append(cons, tableConstraint{c: cmd.Def.GetConstraint()})
		case pg_query.AlterTableType_AT_ColumnDefault:
			col, err := b.ownColumn(s, t, cmd.Name, -1)
			if err != nil {
				return err
			}
			if col.Default, err = deparseExpr(cmd.Def); err != nil {
				return s.errorAt(-1, "cannot read default: %v", err)
			}
		case pg_query.AlterTableType_AT_SetNotNull, pg_query.AlterTableType_AT_DropNotNull:
			col, err := b.ownColumn(s, t, cmd.Name, -1)
			if err != nil {
				return err
			}
			col.NotNull = cmd.Subtype == pg_query.AlterTableType_AT_SetNotNull
		case pg_query.AlterTableType_AT_AddIdentity:
			col, err := b.ownColumn(s, t, cmd.Name, -1)
			if err != nil {
				return err
			}
			c := cmd.Def.GetConstraint()
			if col.Default != "" {
				return s.errorAt(-1, "column %s of table %s already has a default: it cannot become an identity column", model.QuoteIdent(col.Name), q)
			}
			if err := setIdentity(s, col, c.GetGeneratedWhen(), c.GetOptions()); err != nil {
				return err
			}
			b.identitySequence(t, col, c.GetOptions())
		case pg_query.AlterTableType_AT_SetStorage:
			col, err := b.ownColumn(s, t, cmd.Name, -1)
			if err != nil {
				return err
			}
			word := cmd.Def.GetString_().GetSval()
			if col.Storage = storageLetters[strings.ToLower(word)]; col.Storage == "" {
				return s.errorAt(-1, "invalid storage type %q", word)
			}
		case pg_query.AlterTableType_AT_SetCompression:
			col, err := b.ownColumn(s, t, cmd.Name, -1)
			if err != nil {
				return err
			}
			col.Compression = cmd.Def.GetString_().GetSval()
			if col.Compression == "default" {
				col.Compression = ""
			}
		case pg_query.AlterTableType_AT_SetRelOptions:
			t.Options = setOptions(t.Options, cmd.Def.GetList().GetItems())
		case pg_query.AlterTableType_AT_ResetRelOptions:
			t.Options = resetOptions(t.Options, cmd.Def.GetList().GetItems())
		case pg_query.AlterTableType_AT_AttachPartition:
			if err := b.applyAttachPartition(s, t, cmd.Def.GetPartitionCmd()); err != nil {
				return err
			}
		case pg_query.AlterTableType_AT_EnableTrig, pg_query.AlterTableType_AT_DisableTrig,
			pg_query.AlterTableType_AT_EnableReplicaTrig, pg_query.AlterTableType_AT_EnableAlwaysTrig:
			if err := b.setTriggerEnabled(s, t, cmd); err != nil {
				return err
			}
		case pg_query.AlterTableType_AT_EnableRowSecurity:
			t.RowSecurity = true
		case pg_query.AlterTableType_AT_DisableRowSecurity:
			t.RowSecurity = false
		case pg_query.AlterTableType_AT_ForceRowSecurity:
			t.ForceRowSecurity = true
		case pg_query.AlterTableType_AT_NoForceRowSecurity:
			t.ForceRowSecurity = false
		case pg_query.AlterTableType_AT_ReplicaIdentity:
			ri := cmd.Def.GetReplicaIdentityStmt()
			t.ReplicaIdentity, t.ReplicaIdentityIndex = ri.IdentityType, ri.Name
		}
	}
	// Constraints come after the columns of the same statement, as in PostgreSQL.
	return b.addConstraints(s, t, cons)
}
