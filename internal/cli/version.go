package cli

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

// Release builds set these with -ldflags, e.g.
//
//	-X github.com/crampcoach/cramp/internal/cli.Version=v0.1.0
//	-X github.com/crampcoach/cramp/internal/cli.Commit=abc1234
//	-X github.com/crampcoach/cramp/internal/cli.Date=2026-12-03T09:00:00Z
//
// Left empty, they come from what `go build` and `go install` stamp into
// the binary (runtime/debug.ReadBuildInfo).
var (
	Version string
	Commit  string
	Date    string
)

// buildInfo is what `cramp version` says about this binary.
type buildInfo struct {
	version  string // "v0.1.0", or "dev" for an untagged local build
	revision string // the VCS commit, "" when unknown
	time     string // when: the -X Date, else the commit's time
	built    bool   // time is the build's (-X Date), not the commit's
	modified bool   // built from a tree with uncommitted changes
	goVer    string
}

// readBuildInfo merges the -ldflags values over what the Go toolchain
// stamped (bi, ok from debug.ReadBuildInfo).
func readBuildInfo(bi *debug.BuildInfo, ok bool) buildInfo {
	info := buildInfo{version: "dev", goVer: runtime.Version()}
	if ok && bi != nil {
		if v := bi.Main.Version; v != "" && v != "(devel)" {
			info.version = v
		}
		if bi.GoVersion != "" {
			info.goVer = bi.GoVersion
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				info.revision = s.Value
			case "vcs.time":
				info.time = s.Value
			case "vcs.modified":
				info.modified = s.Value == "true"
			}
		}
	}
	if Version != "" {
		info.version = Version
	}
	if Commit != "" {
		info.revision, info.modified = Commit, false
	}
	if Date != "" {
		info.time, info.built = Date, true
	}
	return info
}

// String is the version text: the first line alone is enough for scripts
// ("cramp v0.1.0"); the rest says which source it came from.
func (b buildInfo) String() string {
	var s strings.Builder
	fmt.Fprintf(&s, "cramp %s\n", b.version)
	if b.revision != "" {
		fmt.Fprintf(&s, "revision: %s", b.revision)
		if b.modified {
			s.WriteString(" (with uncommitted changes)")
		}
		s.WriteString("\n")
	}
	if b.time != "" {
		what := "committed"
		if b.built {
			what = "built"
		}
		fmt.Fprintf(&s, "%s: %s\n", what, b.time)
	}
	fmt.Fprintf(&s, "go: %s %s/%s\n", b.goVer, runtime.GOOS, runtime.GOARCH)
	return s.String()
}

const versionUsage = `Usage: cramp version

The version of this binary, the source revision it was built from (and
whether that tree had uncommitted changes), when, and the Go toolchain.
"cramp --version" prints the same.
`

// runVersion is `cramp version` and `cramp --version`.
func runVersion(g *globals, args []string, io IO) int {
	fs := newFlagSet("cramp version", io.Stderr, versionUsage)
	g.register(fs)
	if code, done := parseNoArgs(fs, args, io); done {
		return code
	}
	bi, ok := debug.ReadBuildInfo()
	fmt.Fprint(io.Stdout, readBuildInfo(bi, ok))
	return ExitOK
}
