//go:build !unix

package content

import "os"

func openNoWait(path string) (*os.File, error) { return os.Open(path) }
