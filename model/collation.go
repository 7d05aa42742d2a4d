package model

// Collation is a collation made with CREATE COLLATION. Its version is not part of
// the model: PostgreSQL records whatever the provider library reports when the
// collation is made, so it says nothing about the declared schema.
type Collation struct {
	Name QName
	// Provider is "libc", "icu" or "builtin" (PostgreSQL 17).
	Provider string
	// Locale is the locale of an icu or builtin collation; empty for libc.
	Locale string
	// LcCollate and LcCtype are the locales of a libc collation; empty for others.
	LcCollate, LcCtype string
	// Deterministic is false for collations that compare strings equal whose bytes
	// differ (deterministic = false).
	Deterministic bool
	Comment       string
	Owner         string // empty when owners are not compared
	Source        Source
}
