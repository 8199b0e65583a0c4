//go:build unix

package firstframe

// supported: on Unix terminals the program's own start changes nothing
// that Paint has not already done.
const supported = true
