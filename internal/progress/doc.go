// Package progress follows the phases of a long command: how long each took
// (pgshape plan --timings) and, on a terminal, a status line that shows what
// runs now and how far it is.
//
// A Tracker is safe for concurrent use: the planner runs phases at the same
// time (the current state is read while the desired one loads). A nil
// *Tracker, and the nil *Phase it starts, do nothing, so code that reports
// progress needs no checks.
package progress
