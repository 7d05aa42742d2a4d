package parser

import (
	"fmt"
	"strings"

	"github.com/pgshape/pgshape/model"
)

// dump renders a result as stable text for golden files: the statements in load
// order, then every catalog object with every field that is set.
func dump(res *Result) string {
	var b strings.Builder
	b.WriteString("-- load order\n")
	for _, s := range res.Statements {
		fmt.Fprintf(&b, "%s @ %s\n    %s\n", s.Kind, s.Source, strings.ReplaceAll(s.SQL, "\n", "\n    "))
	}
	b.WriteString("\n-- catalog\n")
	dumpCatalog(&b, res.Catalog)
	return b.String()
}

func dumpCatalog(b *strings.Builder, c *model.Catalog) {
	line := func(indent, format string, src model.Source, comment string, args ...any) {
		b.WriteString(indent + fmt.Sprintf(format, args...))
		if comment != "" {
			fmt.Fprintf(b, " comment=%q", comment)
		}
		if !src.IsZero() {
			b.WriteString(" @ " + src.String())
		}
		b.WriteString("\n")
	}
	for _, n := range c.SchemaNames() {
		s := c.Schemas[n]
		line("", "schema %s", s.Source, s.Comment, model.QuoteIdent(s.Name))
	}
	for _, n := range c.ExtensionNames() {
		e := c.Extensions[n]
		line("", "extension %s schema=%s version=%q", e.Source, e.Comment, e.Name, e.Schema, e.Version)
	}
	for _, n := range c.EnumNames() {
		e := c.Enums[n]
		line("", "enum %s %q", e.Source, e.Comment, e.Name, e.Values)
	}
	for _, n := range c.SequenceNames() {
		s := c.Sequences[n]
		owned := ""
		if s.OwnedBy != nil {
			owned = " owned_by=" + s.OwnedBy.Table.String() + "." + model.QuoteIdent(s.OwnedBy.Column)
		}
		line("", "sequence %s %s%s", s.Source, s.Comment, s.Name, seqOpts(s.Options), owned)
	}
	for _, n := range c.TableNames() {
		t := c.Tables[n]
		var flags []string
		if t.Unlogged {
			flags = append(flags, "unlogged")
		}
		if t.RowSecurity {
			flags = append(flags, "rls")
		}
		if t.ForceRowSecurity {
			flags = append(flags, "force_rls")
		}
		flags = append(flags, "replica_identity="+t.ReplicaIdentity+t.ReplicaIdentityIndex)
		if t.PartitionKey != "" {
			flags = append(flags, fmt.Sprintf("partition_by=%q", t.PartitionKey))
		}
		if t.PartitionOf != nil {
			flags = append(flags, "partition_of="+t.PartitionOf.String(), fmt.Sprintf("bound=%q", t.PartitionBound))
		}
		line("", "table %s %s", t.Source, t.Comment, t.Name, strings.Join(flags, " "))
		for _, col := range t.Columns {
			var f []string
			if col.NotNull {
				f = append(f, "not_null")
			}
			if col.Default != "" {
				f = append(f, "default="+col.Default)
			}
			if col.Identity != "" {
				f = append(f, "identity="+col.Identity+"("+seqOpts(*col.IdentityOptions)+")")
			}
			if col.Generated != "" {
				f = append(f, "generated="+col.Generated)
			}
			if col.Collation != "" {
				f = append(f, "collate="+col.Collation)
			}
			line("    ", "column %s %q %s", col.Source, col.Comment, col.Name, col.Type, strings.Join(f, " "))
		}
		for _, con := range t.Constraints {
			ref := ""
			if con.References != (model.QName{}) {
				ref = " references=" + con.References.String()
			}
			if con.ReferencedColumns != nil {
				ref += fmt.Sprintf(" refcols=%q", con.ReferencedColumns)
			}
			line("    ", "constraint %s %s cols=%q%s: %s", con.Source, con.Comment, model.QuoteIdent(con.Name), con.Kind, con.Columns, ref, con.Definition)
		}
		for _, i := range t.Indexes {
			line("    ", "index %s unique=%v: %s", i.Source, i.Comment, model.QuoteIdent(i.Name), i.Unique, i.Definition)
		}
	}
}

func seqOpts(o model.SequenceOptions) string {
	return fmt.Sprintf("%s start=%d inc=%d min=%d max=%d cache=%d cycle=%v", o.Type, o.Start, o.Increment, o.Min, o.Max, o.Cache, o.Cycle)
}
