// Command cramp is Cramp Coach: a terminal coach for night-time foot and leg
// cramps. See README.md.
package main

import (
	"os"

	"github.com/crampcoach/cramp/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], cli.IO{
		Stdin:  os.Stdin,
		Stdout: os.Stdout,
		Stderr: os.Stderr,
		Getenv: os.Getenv,
	}))
}
