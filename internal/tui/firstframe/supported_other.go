//go:build !unix

package firstframe

// supported: elsewhere (the Windows console) escape sequences need a console
// mode the program sets as it starts, so the program draws the first frame.
const supported = false
