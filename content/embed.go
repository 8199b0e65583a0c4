// Package content holds the embedded content files: every instruction, timing
// and text the app shows. internal/content loads and validates them.
package content

import "embed"

// FS holds every content file shipped in the binary.
//
//go:embed *.yaml
var FS embed.FS
