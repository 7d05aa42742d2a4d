// Package review renders a plan for the people and bots who judge it before it
// reaches a database. Package emitter writes the SQL; this package says what that
// SQL does.
//
// A Review gathers a plan's summary (objects added, changed and dropped;
// statements), its hazards with what to do about each (HazardAdvice) and, when
// the current state is a real database, how heavy each is on its table
// (HazardGrade), the locks the rehearsal saw each statement take, the SQL, and
// each object's definition before and after as a unified diff (DiffDefinitions
// of emitter.Define's definitions). It is rendered for a terminal (WriteText), a
// pull request comment (WriteMarkdown) and bots (WriteJSON, a stable, versioned
// shape); Write picks one of Formats by name.
//
// Whether a hazard is refused unless allowed comes from differ.HazardPolicy, as
// it does for the commands that refuse plans.
//
// Object diffs are also what drift reports and pgshape diff show per object;
// SuggestMigrationName names the migration that would make them.
package review
