package parser

import (
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

// Domains, composite and range types load with the enums, early; each after the
// types (and functions) it is built from: a domain over an enum after the enum, a
// composite with a domain attribute after the domain.

func analyseCreateDomain(r *rawStmt, n *pg_query.CreateDomainStmt) ([]*stmt, error) {
	s := original(r, kindCreateDomain)
	q := listName(strs(n.Domainname))
	s.provide(refType, q, "")
	s.requireSchema(q.Schema)
	s.requireExprRefs(n.TypeName)
	s.requireExprRefs(n.CollClause)
	for _, c := range n.Constraints {
		s.requireExprRefs(c)
	}
	return []*stmt{s}, nil
}

// typeDeclared returns the source of the type (or table row type) named q, if any.
func (b *builder) typeDeclared(q model.QName) (model.Source, bool) {
	switch {
	case b.cat.Enums[q] != nil:
		return b.cat.Enums[q].Source, true
	case b.cat.Domains[q] != nil:
		return b.cat.Domains[q].Source, true
	case b.cat.Composites[q] != nil:
		return b.cat.Composites[q].Source, true
	case b.cat.Ranges[q] != nil:
		return b.cat.Ranges[q].Source, true
	case b.cat.Tables[q] != nil:
		return b.cat.Tables[q].Source, true
	case b.cat.Views[q] != nil:
		return b.cat.Views[q].Source, true
	}
	return model.Source{}, false
}

// newType checks that a type named q may be declared.
func (b *builder) newType(s *stmt, q model.QName) error {
	if src, ok := b.typeDeclared(q); ok {
		return b.duplicate(s, -1, "type "+q.String(), src)
	}
	return b.schemaExists(s, q.Schema, -1)
}

func (b *builder) applyCreateDomain(s *stmt, n *pg_query.CreateDomainStmt) error {
	q := listName(strs(n.Domainname))
	if err := b.newType(s, q); err != nil {
		return err
	}
	d := &model.Domain{Name: q, BaseType: formatType(n.TypeName), Source: s.source()}
	if n.CollClause != nil {
		d.Collation = b.collation(strs(n.CollClause.Collname))
	}
	for _, cn := range n.Constraints {
		if err := b.domainConstraint(s, d, cn.GetConstraint()); err != nil {
			return err
		}
	}
	b.cat.Domains[q] = d
	return nil
}

// domainConstraint applies a NOT NULL, NULL, DEFAULT or CHECK clause to a domain.
// An unnamed check is named <domain>_check, as PostgreSQL does.
func (b *builder) domainConstraint(s *stmt, d *model.Domain, c *pg_query.Constraint) error {
	var err error
	switch c.GetContype() {
	case pg_query.ConstrType_CONSTR_NOTNULL:
		d.NotNull = true
	case pg_query.ConstrType_CONSTR_NULL:
		d.NotNull = false
	case pg_query.ConstrType_CONSTR_DEFAULT:
		if d.Default, err = deparseExpr(c.RawExpr); err != nil {
			return s.errorAt(c.Location, "cannot read default: %v", err)
		}
	case pg_query.ConstrType_CONSTR_CHECK:
		expr, err := deparseExpr(c.RawExpr)
		if err != nil {
			return s.errorAt(c.Location, "cannot read check: %v", err)
		}
		name := c.Conname
		if name == "" {
			name = chooseName(d.Name.Name, "", "check", b.checkTaken(d.Name.Schema))
		}
		for _, old := range d.Constraints {
			if old.Name == name {
				return b.duplicate(s, c.Location, "constraint "+model.QuoteIdent(name)+" of domain "+d.Name.String(), old.Source)
			}
		}
		def := "CHECK (" + expr + ")"
		if c.SkipValidation {
			def += " NOT VALID"
		}
		d.Constraints = append(d.Constraints, &model.Constraint{
			Name: name, Kind: model.Check, Definition: def,
			Source: s.raw.file.source(s.raw.offset(c.Location)),
		})
		b.useConstraint(d.Name.Schema, name)
	default:
		return s.errorAt(c.GetLocation(), "%s constraints on domains are not supported", strings.TrimPrefix(c.GetContype().String(), "CONSTR_"))
	}
	return nil
}

func analyseAlterDomain(r *rawStmt, n *pg_query.AlterDomainStmt) ([]*stmt, error) {
	switch n.Subtype {
	case "C", "T", "O", "N":
	default:
		return nil, unsupported(r, "ALTER DOMAIN ... "+map[string]string{
			"X": "DROP CONSTRAINT", "V": "VALIDATE CONSTRAINT",
		}[n.Subtype])
	}
	s := original(r, kindAlterDomain)
	s.require(refType, listName(strs(n.TypeName)), "")
	s.requireExprRefs(n.Def)
	return []*stmt{s}, nil
}

func (b *builder) applyAlterDomain(s *stmt, n *pg_query.AlterDomainStmt) error {
	q := listName(strs(n.TypeName))
	d := b.cat.Domains[q]
	if d == nil {
		return s.errorAt(-1, "domain %s is not declared in the schema files", q)
	}
	switch n.Subtype {
	case "C":
		return b.domainConstraint(s, d, n.Def.GetConstraint())
	case "T":
		var err error
		if d.Default, err = deparseExpr(n.Def); err != nil {
			return s.errorAt(-1, "cannot read default: %v", err)
		}
	case "O":
		d.NotNull = true
	case "N":
		d.NotNull = false
	}
	return nil
}

func analyseCreateComposite(r *rawStmt, n *pg_query.CompositeTypeStmt) ([]*stmt, error) {
	s := original(r, kindCreateType)
	q := rangeVarName(n.Typevar)
	s.provide(refType, q, "")
	s.requireSchema(q.Schema)
	for _, c := range n.Coldeflist {
		s.requireExprRefs(c)
	}
	return []*stmt{s}, nil
}

func (b *builder) applyCreateComposite(s *stmt, n *pg_query.CompositeTypeStmt) error {
	q := rangeVarName(n.Typevar)
	if err := b.newType(s, q); err != nil {
		return err
	}
	t := &model.CompositeType{Name: q, Source: s.source()}
	for _, cn := range n.Coldeflist {
		cd := cn.GetColumnDef()
		if cd == nil {
			continue
		}
		a := &model.Column{Name: cd.Colname, Type: formatType(cd.TypeName), Source: s.raw.file.source(s.raw.offset(cd.Location))}
		if cd.CollClause != nil {
			a.Collation = b.collation(strs(cd.CollClause.Collname))
		}
		t.Attributes = append(t.Attributes, a)
	}
	b.cat.Composites[q] = t
	return nil
}

func analyseCreateRange(r *rawStmt, n *pg_query.CreateRangeStmt) ([]*stmt, error) {
	s := original(r, kindCreateType)
	q := listName(strs(n.TypeName))
	s.provide(refType, q, "")
	s.provide(refType, multirangeName(q, n), "")
	s.requireSchema(q.Schema)
	for _, p := range n.Params {
		d := p.GetDefElem()
		switch d.GetDefname() {
		case "subtype":
			s.requireExprRefs(d.Arg)
		case "canonical", "subtype_diff":
			s.require(refFunction, listName(defNames(d)), "")
		case "collation":
			s.require(refCollation, listName(defNames(d)), "")
		}
	}
	return []*stmt{s}, nil
}

// multirangeName is the multirange type's name: multirange_type_name, or the range's
// name with "range" replaced by "multirange" (or "_multirange" appended).
func multirangeName(q model.QName, n *pg_query.CreateRangeStmt) model.QName {
	if d := defElem(n.Params, "multirange_type_name"); d != nil {
		return listName(defNames(d))
	}
	if strings.Contains(q.Name, "range") {
		return model.QName{Schema: q.Schema, Name: strings.Replace(q.Name, "range", "multirange", 1)}
	}
	return model.QName{Schema: q.Schema, Name: truncateIdent(q.Name + "_multirange")}
}

func (b *builder) applyCreateRange(s *stmt, n *pg_query.CreateRangeStmt) error {
	q := listName(strs(n.TypeName))
	if err := b.newType(s, q); err != nil {
		return err
	}
	t := &model.RangeType{Name: q, MultirangeName: multirangeName(q, n).String(), Source: s.source()}
	for _, p := range n.Params {
		d := p.GetDefElem()
		names := defNames(d)
		switch d.GetDefname() {
		case "subtype":
			t.Subtype = formatType(d.Arg.GetTypeName())
		case "subtype_opclass":
			t.SubtypeOpClass = strings.Join(names, ".")
		case "collation":
			t.Collation = b.collation(names)
		case "canonical":
			t.Canonical = nameList(names)
		case "subtype_diff":
			t.SubtypeDiff = nameList(names)
		case "multirange_type_name":
		default:
			return s.errorAt(d.GetLocation(), "unknown range type option %s", d.GetDefname())
		}
	}
	if t.Subtype == "" {
		return s.errorAt(-1, "range type %s needs a subtype", q)
	}
	b.cat.Ranges[q] = t
	return nil
}

// defNames returns the name an option gives: a qualified name list, a type name
// (the grammar reads "subtype_diff = float8mi" as one) or a single word.
func defNames(d *pg_query.DefElem) []string {
	switch {
	case d.GetArg().GetList() != nil:
		return strs(d.Arg.GetList().Items)
	case d.GetArg().GetTypeName() != nil:
		return strs(d.Arg.GetTypeName().Names)
	case d.GetArg().GetString_() != nil:
		return []string{d.Arg.GetString_().Sval}
	}
	return nil
}

// nameList spells a name as written: qualified only when it was.
func nameList(names []string) string {
	if len(names) == 1 {
		return model.QuoteIdent(names[0])
	}
	return listName(names).String()
}
