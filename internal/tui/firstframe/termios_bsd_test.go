//go:build darwin || freebsd || netbsd || openbsd || dragonfly

package firstframe

import "golang.org/x/sys/unix"

const ioctlGetTermios = unix.TIOCGETA
