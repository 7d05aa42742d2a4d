package parser

import (
	"sort"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

// A trigger loads after its table and its function; a policy after its table and
// whatever its expressions name.

func analyseCreateTrigger(r *rawStmt, n *pg_query.CreateTrigStmt) ([]*stmt, error) {
	s := original(r, kindCreateTrigger)
	q := rangeVarName(n.Relation)
	s.require(refTable, q, "")
	s.require(refFunction, listName(strs(n.Funcname)), "")
	for _, col := range strs(n.Columns) {
		s.require(refColumn, q, col)
	}
	if n.Constrrel != nil {
		s.require(refTable, rangeVarName(n.Constrrel), "")
	}
	s.requireExprRefs(n.WhenClause)
	s.provide(refTrigger, q, n.Trigname)
	return []*stmt{s}, nil
}

func (b *builder) applyCreateTrigger(s *stmt, n *pg_query.CreateTrigStmt) error {
	q := rangeVarName(n.Relation)
	triggers := new([]*model.Trigger)
	if v := b.cat.Views[q]; v != nil {
		triggers = &v.Triggers
	} else {
		t, err := b.table(s, q, n.Relation.Location)
		if err != nil {
			return err
		}
		triggers = &t.Triggers
	}
	for _, tr := range *triggers {
		if tr.Name == n.Trigname {
			return b.duplicate(s, -1, "trigger "+model.QuoteIdent(n.Trigname)+" on table "+q.String(), tr.Source)
		}
	}
	def := clone(n)
	def.Replace = false
	sql, err := deparse(&pg_query.Node{Node: &pg_query.Node_CreateTrigStmt{CreateTrigStmt: def}})
	if err != nil {
		return s.errorAt(-1, "cannot read trigger definition: %v", err)
	}
	*triggers = append(*triggers, &model.Trigger{Name: n.Trigname, Definition: sql, Enabled: "O", Source: s.source()})
	return nil
}

// triggerEnabled is pg_trigger.tgenabled for ALTER TABLE ... ENABLE | DISABLE TRIGGER.
var triggerEnabled = map[pg_query.AlterTableType]string{
	pg_query.AlterTableType_AT_EnableTrig:        "O",
	pg_query.AlterTableType_AT_DisableTrig:       "D",
	pg_query.AlterTableType_AT_EnableReplicaTrig: "R",
	pg_query.AlterTableType_AT_EnableAlwaysTrig:  "A",
}

func (b *builder) setTriggerEnabled(s *stmt, t *model.Table, cmd *pg_query.AlterTableCmd) error {
	for _, tr := range t.Triggers {
		if tr.Name == cmd.Name {
			tr.Enabled = triggerEnabled[cmd.Subtype]
			return nil
		}
	}
	return s.errorAt(-1, "trigger %s on table %s is not declared in the schema files", model.QuoteIdent(cmd.Name), t.Name)
}

func analyseCreatePolicy(r *rawStmt, n *pg_query.CreatePolicyStmt) ([]*stmt, error) {
	s := original(r, kindCreatePolicy)
	q := rangeVarName(n.Table)
	s.require(refTable, q, "")
	s.requireQueryRefs(n.Qual)
	s.requireQueryRefs(n.WithCheck)
	s.provide(refPolicy, q, n.PolicyName)
	return []*stmt{s}, nil
}

func (b *builder) applyCreatePolicy(s *stmt, n *pg_query.CreatePolicyStmt) error {
	q := rangeVarName(n.Table)
	t, err := b.table(s, q, n.Table.Location)
	if err != nil {
		return err
	}
	for _, p := range t.Policies {
		if p.Name == n.PolicyName {
			return b.duplicate(s, -1, "policy "+model.QuoteIdent(n.PolicyName)+" on table "+q.String(), p.Source)
		}
	}
	p := &model.Policy{
		Name:       n.PolicyName,
		Permissive: n.Permissive,
		Command:    strings.ToUpper(orDefault(n.CmdName, "all")),
		Roles:      roleNames(n.Roles),
		Source:     s.source(),
	}
	if len(p.Roles) == 0 {
		p.Roles = []string{"public"}
	}
	if p.Using, err = deparseExpr(n.Qual); err != nil {
		return s.errorAt(-1, "cannot read USING expression: %v", err)
	}
	if p.WithCheck, err = deparseExpr(n.WithCheck); err != nil {
		return s.errorAt(-1, "cannot read WITH CHECK expression: %v", err)
	}
	t.Policies = append(t.Policies, p)
	return nil
}

// roleNames returns the roles of a TO list, sorted: "public" for PUBLIC, the
// keywords CURRENT_USER, CURRENT_ROLE and SESSION_USER in lower case.
func roleNames(nodes []*pg_query.Node) []string {
	var out []string
	for _, n := range nodes {
		if r := n.GetRoleSpec(); r != nil {
			out = append(out, roleName(r, "public"))
		}
	}
	sort.Strings(out)
	return out
}

func roleName(r *pg_query.RoleSpec, public string) string {
	switch r.Roletype {
	case pg_query.RoleSpecType_ROLESPEC_PUBLIC:
		return public
	case pg_query.RoleSpecType_ROLESPEC_CURRENT_USER:
		return "current_user"
	case pg_query.RoleSpecType_ROLESPEC_CURRENT_ROLE:
		return "current_role"
	case pg_query.RoleSpecType_ROLESPEC_SESSION_USER:
		return "session_user"
	}
	return r.Rolename
}
