package model

// Function is a function or a procedure. Overloads are told apart by their argument
// types: the catalog keys functions by Signature.
type Function struct {
	Name QName
	// Kind is "f" (function), "p" (procedure), "a" (aggregate) or "w" (window).
	Kind string
	// Arguments are the identity arguments as pg_get_function_identity_arguments
	// prints them: "a integer, b text".
	Arguments string
	// Result is the return type as pg_get_function_result prints it; empty for
	// procedures. A change of result type needs the function dropped and created.
	Result string
	// Definition is the whole CREATE OR REPLACE statement as pg_get_functiondef
	// prints it: language, volatility, strictness, security, SET clauses and body.
	Definition string
	Comment    string
	Privileges []Privilege
	Owner      string // empty when owners are not compared
	Source     Source
}

// Signature identifies a function among its overloads: "public.add(integer, integer)".
func (f *Function) Signature() string { return Signature(f.Name, f.Arguments) }

// Signature builds the key of a function from its name and identity arguments.
func Signature(name QName, arguments string) string {
	return name.String() + "(" + arguments + ")"
}

// FunctionID names a function by its name and identity arguments, as
// pg_get_function_identity_arguments prints them: Name.Name is "add(a integer, b
// integer)", unquoted. Dependency edges, changes and scope patterns name functions
// this way; the catalog keys them by Signature.
func FunctionID(name QName, arguments string) ObjectID {
	return ObjectID{Kind: KindFunction, Name: QName{Schema: name.Schema, Name: name.Name + "(" + arguments + ")"}}
}
