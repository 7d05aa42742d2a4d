// Package keygroups groups keys that belong together (union-find): the
// objects one statement changes together, for loading part of a schema's
// files (planner) and for loading them on several sessions (shadow).
package keygroups
