//go:build !linux

package pgtest

// memoryDir is "" where no RAM-backed directory is known: the server lives in
// the temp directory.
func memoryDir() string { return "" }
