// Package statecache keeps states as a scratch server read them back, on
// disk, so that a plan made again from the same schema files does not load
// them into a scratch database again: on a schema of thousands of tables,
// that load is most of a plan's time.
//
// An entry (Entry) holds the state and the statements it was read from. It
// is found by a key (Key) that covers everything the state read back
// depends on: the statements, the server and its extensions, the reader's
// options, and the pgshape build that reads them. A change to any of them
// makes another key. Entries share a family when only their statements
// differ: the latest entry of a family (Latest) is where a load of edited
// files starts, loading only what the edits touch. Entries not used for a
// while are removed (Cache.Put keeps the most recently used). The directory
// is $XDG_CACHE_HOME/pgshape by default (Default), ~/.cache/pgshape without
// it.
package statecache
