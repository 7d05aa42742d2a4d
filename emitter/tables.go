package emitter

import (
	"strings"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/model"
)

// createTable writes the table with its columns and the constraints that belong in
// CREATE TABLE (the differ adds foreign keys and NOT VALID constraints apart). A
// partition takes its columns from its parent and lists only its own options.
func createTable(t *model.Table) string {
	var lines []string
	for _, c := range t.Columns {
		if t.IsPartition() {
			lines = append(lines, "    "+partitionColumn(c))
		} else {
			lines = append(lines, "    "+columnDefinition(c))
		}
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
	s := head + t.Name.String()
	if t.IsPartition() {
		s += " PARTITION OF " + t.PartitionOf.String()
	}
	switch {
	case len(lines) > 0:
		s += " (\n" + strings.Join(lines, ",\n") + "\n)"
	case !t.IsPartition():
		s += " ()"
	}
	if len(t.Inherits) > 0 {
		parents := make([]string, len(t.Inherits))
		for i, p := range t.Inherits {
			parents[i] = p.String()
		}
		s += " INHERITS (" + strings.Join(parents, ", ") + ")"
	}
	if t.IsPartition() {
		s += " " + t.PartitionBound
	}
	if t.PartitionKey != "" {
		s += " PARTITION BY " + t.PartitionKey
	}
	if len(t.Options) > 0 {
		s += " WITH (" + strings.Join(optionList(t.Options), ", ") + ")"
	}
	return s
}

// partitionColumn is a column option of a partition: what it sets on a column it
// inherits.
func partitionColumn(c *model.Column) string {
	s := ident(c.Name) + " WITH OPTIONS"
	if c.Default != "" {
		s += " DEFAULT " + c.Default
	}
	return s + notNull(c)
}

func attachPartition(c *differ.AttachPartition) string {
	return alterTable(c.Parent, "ATTACH PARTITION "+c.Table.String()+" "+c.Bound)
}

func detachPartition(c *differ.DetachPartition) string {
	return alterTable(c.Parent, "DETACH PARTITION "+c.Table.String()+pick(c.Concurrently, " CONCURRENTLY", ""))
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

func pick[T any](cond bool, yes, no T) T {
	if cond {
		return yes
	}
	return no
}
