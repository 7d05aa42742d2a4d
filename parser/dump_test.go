package parser

import (
	"fmt"
	"sort"
	"strings"

	"github.com/pgshape/pgshape/model"
)

// dump renders a result and the parser's catalog as stable text for golden files:
// the statements in load order, then every catalog object with every field that is
// set.
func dump(res *Result, cat *model.Catalog) string {
	var b strings.Builder
	b.WriteString("-- load order\n")
	for _, s := range res.Statements {
		kind := s.Kind
		if s.Opaque {
			kind += " (opaque)"
		}
		fmt.Fprintf(&b, "%s @ %s\n    %s\n", kind, s.Source, strings.ReplaceAll(s.SQL, "\n", "\n    "))
	}
	if len(res.Notices) > 0 {
		b.WriteString("\n-- notices\n")
		for _, n := range res.Notices {
			b.WriteString(n + "\n")
		}
	}
	if len(res.Warnings) > 0 {
		b.WriteString("\n-- warnings\n")
		for _, w := range res.Warnings {
			b.WriteString(w + "\n")
		}
	}
	if len(res.Renames) > 0 {
		b.WriteString("\n-- renames\n")
		for _, r := range res.Renames {
			fmt.Fprintf(&b, "%s from %s @ %s\n", r.Object, model.QuoteIdent(r.From), r.Source)
		}
	}
	b.WriteString("\n-- catalog\n")
	dumpCatalog(&b, cat)
	for _, p := range cat.DefaultPrivileges {
		fmt.Fprintf(&b, "default privilege role=%q schema=%q on %s: %s to %s grantable=%v revoked=%v\n",
			p.Role, p.Schema, p.On, p.Privilege, p.Grantee, p.Grantable, p.Revoked)
	}
	return b.String()
}

func privs(ps []model.Privilege) string {
	var out []string
	for _, p := range ps {
		s := p.Privilege
		if p.Column != "" {
			s += "(" + model.QuoteIdent(p.Column) + ")"
		}
		s += " to " + p.Grantee
		if p.Grantable {
			s += " with grant option"
		}
		out = append(out, s)
	}
	return strings.Join(out, "; ")
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
	priv := func(indent string, ps []model.Privilege) {
		if len(ps) > 0 {
			b.WriteString(indent + "privileges: " + privs(ps) + "\n")
		}
	}
	for _, n := range c.SchemaNames() {
		s := c.Schemas[n]
		line("", "schema %s", s.Source, s.Comment, model.QuoteIdent(s.Name))
		priv("    ", s.Privileges)
	}
	for _, n := range c.ExtensionNames() {
		e := c.Extensions[n]
		line("", "extension %s schema=%s version=%q", e.Source, e.Comment, e.Name, e.Schema, e.Version)
	}
	for _, n := range c.CollationNames() {
		co := c.Collations[n]
		line("", "collation %s provider=%s locale=%q lc_collate=%q lc_ctype=%q deterministic=%v", co.Source, co.Comment,
			co.Name, co.Provider, co.Locale, co.LcCollate, co.LcCtype, co.Deterministic)
	}
	for _, n := range c.EnumNames() {
		e := c.Enums[n]
		line("", "enum %s %q", e.Source, e.Comment, e.Name, e.Values)
		priv("    ", e.Privileges)
	}
	for _, n := range c.DomainNames() {
		d := c.Domains[n]
		line("", "domain %s %q not_null=%v default=%q collate=%q", d.Source, d.Comment, d.Name, d.BaseType, d.NotNull, d.Default, d.Collation)
		for _, con := range d.Constraints {
			line("    ", "constraint %s: %s", con.Source, con.Comment, model.QuoteIdent(con.Name), con.Definition)
		}
		priv("    ", d.Privileges)
	}
	for _, n := range c.CompositeNames() {
		t := c.Composites[n]
		line("", "composite %s", t.Source, t.Comment, t.Name)
		for _, a := range t.Attributes {
			line("    ", "attribute %s %q collate=%q", a.Source, a.Comment, model.QuoteIdent(a.Name), a.Type, a.Collation)
		}
		priv("    ", t.Privileges)
	}
	for _, n := range c.RangeNames() {
		r := c.Ranges[n]
		line("", "range %s subtype=%q opclass=%q collate=%q canonical=%q diff=%q multirange=%q", r.Source, r.Comment,
			r.Name, r.Subtype, r.SubtypeOpClass, r.Collation, r.Canonical, r.SubtypeDiff, r.MultirangeName)
		priv("    ", r.Privileges)
	}
	for _, sig := range c.FunctionSignatures() {
		f := c.Functions[sig]
		line("", "function %s kind=%s result=%q", f.Source, f.Comment, sig, f.Kind, f.Result)
		b.WriteString("    " + strings.ReplaceAll(f.Definition, "\n", "\n    ") + "\n")
		priv("    ", f.Privileges)
	}
	for _, n := range c.SequenceNames() {
		s := c.Sequences[n]
		owned := ""
		if s.OwnedBy != nil {
			owned = " owned_by=" + s.OwnedBy.Table.String() + "." + model.QuoteIdent(s.OwnedBy.Column)
		}
		line("", "sequence %s %s%s", s.Source, s.Comment, s.Name, seqOpts(s.Options), owned)
		priv("    ", s.Privileges)
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
		for _, p := range t.Inherits {
			flags = append(flags, "inherits="+p.String())
		}
		if len(t.Options) > 0 {
			flags = append(flags, fmt.Sprintf("options=%q", t.Options))
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
			if col.Storage != "" {
				f = append(f, "storage="+col.Storage)
			}
			if col.Compression != "" {
				f = append(f, "compression="+col.Compression)
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
		for _, tr := range t.Triggers {
			line("    ", "trigger %s enabled=%s: %s", tr.Source, tr.Comment, model.QuoteIdent(tr.Name), tr.Enabled, tr.Definition)
		}
		for _, p := range t.Policies {
			line("    ", "policy %s permissive=%v for=%s to=%q using=%q check=%q", p.Source, p.Comment,
				model.QuoteIdent(p.Name), p.Permissive, p.Command, p.Roles, p.Using, p.WithCheck)
		}
		priv("    ", t.Privileges)
	}
	for _, n := range c.ViewNames() {
		v := c.Views[n]
		kind := "view"
		if v.Materialized {
			kind = "materialized view"
		}
		line("", "%s %s cols=%q options=%q", v.Source, v.Comment, kind, v.Name, v.Columns, v.Options)
		b.WriteString("    " + v.Query + "\n")
		cols := make([]string, 0, len(v.ColumnComments))
		for col := range v.ColumnComments {
			cols = append(cols, col)
		}
		sort.Strings(cols)
		for _, col := range cols {
			fmt.Fprintf(b, "    column %s comment=%q\n", model.QuoteIdent(col), v.ColumnComments[col])
		}
		for _, i := range v.Indexes {
			line("    ", "index %s unique=%v: %s", i.Source, i.Comment, model.QuoteIdent(i.Name), i.Unique, i.Definition)
		}
		priv("    ", v.Privileges)
	}
}

func seqOpts(o model.SequenceOptions) string {
	return fmt.Sprintf("%s start=%d inc=%d min=%d max=%d cache=%d cycle=%v", o.Type, o.Start, o.Increment, o.Min, o.Max, o.Cache, o.Cycle)
}
