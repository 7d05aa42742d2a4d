// Package synthetic makes catalogs of any size for the benchmarks of the
// phases that run without a server (diff, emit): the same catalogs for both,
// so that their numbers add up to a plan's.
package synthetic
