// Package planner runs pgshape's core path: it reads the desired state (a schema
// directory), the current state (a live database, or the migrations directory replayed
// into a scratch database), loads the desired state into a shadow database to get
// PostgreSQL's canonical spelling, diffs, emits the plan, and rehearses it on a scratch
// copy of the current state before returning it. The CLI is a thin layer over it.
package planner
