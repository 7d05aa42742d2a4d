package emitter

import (
	"strings"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/model"
)

// createTable writes the table with its columns and the constraints that belong in
// CREATE TABLE (the differ adds foreign keys and NOT VALID constraints apart).
func createTable(t *model.Table) string {
	var lines []string
	for _, c := range t.Columns {
		lines = append(lines, "    "+columnDefinition(c))
	}
	for _, c := range t.Constraints {
		if c.Kind == model.ForeignKey || strings.HasSuffix(c.Definition, " NOT VALID") {
			continue
		}
		lines = append(lines, "    CONSTRAINT "+ident(c.Name)+" "+c.Definition)
	}
	head := "CREATE TABLE "
	if t.Unlogged {
		head = "CREATE UNLOGGED TABLE "
	}
	if len(lines) == 0 {
		return head + t.Name.String() + " ()"
	}
	return head + t.Name.String() + " (\n" + strings.Join(lines, ",\n") + "\n)"
}

func setTableOption(c *differ.SetTableOption) string {
	on := c.Value == "true"
	var action string
	switch c.Option {
	case differ.Unlogged:
		action = pick(on, "SET UNLOGGED", "SET LOGGED")
	case differ.RowSecurity:
		action = pick(on, "ENABLE ROW LEVEL SECURITY", "DISABLE ROW LEVEL SECURITY")
	case differ.ForceRowSecurity:
		action = pick(on, "FORCE ROW LEVEL SECURITY", "NO FORCE ROW LEVEL SECURITY")
	case differ.ReplicaIdentity:
		switch c.Value {
		case "n":
			action = "REPLICA IDENTITY NOTHING"
		case "f":
			action = "REPLICA IDENTITY FULL"
		case "i":
			action = "REPLICA IDENTITY USING INDEX " + ident(c.Index)
		default:
			action = "REPLICA IDENTITY DEFAULT"
		}
	}
	return alterTable(c.Table, action)
}

func pick(cond bool, yes, no string) string {
	if cond {
		return yes
	}
	return no
}
