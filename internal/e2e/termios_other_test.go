//go:build !linux

package e2e

import "testing"

// checkLineMode reads the terminal's modes only on Linux; elsewhere it
// checks nothing.
func checkLineMode(*testing.T, *Term) {}
