package journal

import (
	"os"
	"strings"
	"time"
)

// zoneName is the IANA name to record for a time taken in loc.
func zoneName(loc *time.Location) string {
	if loc == time.Local {
		return localZone(time.Local.String(), os.Readlink)
	}
	return loc.String()
}

// localZone turns the name Go gave time.Local into an IANA name. Go names the
// local zone after $TZ when TZ was set and loadable ("Europe/Berlin", or a
// file path for TZ=/path), "UTC" when TZ was empty or unloadable, and "Local"
// when it came from /etc/localtime (or on Windows).
func localZone(name string, readlink func(string) (string, error)) string {
	switch {
	case name == "Local":
		if z := zoneFromLink("/etc/localtime", readlink); z != "" {
			return z
		}
		return "Local"
	case strings.HasPrefix(name, "/"):
		if z := zoneFromPath(name); z != "" {
			return z
		}
		if z := zoneFromLink(name, readlink); z != "" {
			return z
		}
		return "Local"
	}
	return name
}

// zoneFromLink is the zone name in the target of the symlink at path, or "".
func zoneFromLink(path string, readlink func(string) (string, error)) string {
	target, err := readlink(path)
	if err != nil {
		return ""
	}
	return zoneFromPath(target)
}

// zoneFromPath is what follows ".../zoneinfo/" in a zone file's path, e.g.
// "Europe/Berlin" for "../usr/share/zoneinfo/Europe/Berlin" (Linux) or
// "/var/db/timezone/zoneinfo/Europe/Berlin" (macOS), or "" if there is none.
func zoneFromPath(p string) string {
	i := strings.LastIndex(p, "zoneinfo/")
	if i < 0 {
		return ""
	}
	z := p[i+len("zoneinfo/"):]
	// posix/ and right/ hold the same zones (right/ counting leap seconds).
	for _, dir := range []string{"posix/", "right/"} {
		z = strings.TrimPrefix(z, dir)
	}
	return z
}
