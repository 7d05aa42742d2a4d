package emitter

import (
	"strings"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/model"
)

func createTrigger(c *differ.CreateTrigger) string { return c.Trigger.Definition }

func dropTrigger(c *differ.DropTrigger) string {
	return "DROP TRIGGER " + ident(c.Trigger.Name) + " ON " + c.Table.String()
}

func setTriggerEnabled(c *differ.SetTriggerEnabled) string {
	action := map[string]string{"D": "DISABLE", "R": "ENABLE REPLICA", "A": "ENABLE ALWAYS"}[c.Trigger.Enabled]
	if action == "" {
		action = "ENABLE"
	}
	return alterTable(c.Table, action+" TRIGGER "+ident(c.Trigger.Name))
}

func createPolicy(c *differ.CreatePolicy) string {
	p := c.Policy
	s := "CREATE POLICY " + ident(p.Name) + " ON " + c.Table.String() +
		" AS " + pick(p.Permissive, "PERMISSIVE", "RESTRICTIVE") + " FOR " + p.Command + " TO " + roleList(p.Roles)
	return s + policyExpressions(p)
}

func alterPolicy(c *differ.AlterPolicy) string {
	p := c.To
	return "ALTER POLICY " + ident(p.Name) + " ON " + c.Table.String() + " TO " + roleList(p.Roles) + policyExpressions(p)
}

// policyExpressions spells a policy's USING and WITH CHECK clauses, those it has.
func policyExpressions(p *model.Policy) string {
	s := ""
	if p.Using != "" {
		s += " USING (" + p.Using + ")"
	}
	if p.WithCheck != "" {
		s += " WITH CHECK (" + p.WithCheck + ")"
	}
	return s
}

func dropPolicy(c *differ.DropPolicy) string {
	return "DROP POLICY " + ident(c.Policy.Name) + " ON " + c.Table.String()
}

// roleList spells roles for TO and FROM clauses; "public" is the PUBLIC keyword.
func roleList(roles []string) string {
	if len(roles) == 0 {
		return "PUBLIC"
	}
	out := make([]string, len(roles))
	for i, r := range roles {
		out[i] = grantee(r)
	}
	return strings.Join(out, ", ")
}

func grantee(role string) string {
	if strings.EqualFold(role, "public") {
		return "PUBLIC"
	}
	return ident(role)
}
