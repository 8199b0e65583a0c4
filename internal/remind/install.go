package remind

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Marker is in every file `cramp remind --install` writes. A file at one
// of its paths without it is someone else's: never overwritten or removed.
const Marker = "Written by cramp remind"

// File is one file an install writes.
type File struct {
	Path string
	Text string
}

// Plan is what --install writes and then runs, or --uninstall runs and
// then removes.
type Plan struct {
	Files    []File
	Commands [][]string
}

// The names the installed files go by.
const (
	systemdUnit  = "cramp-bedtime"
	launchdLabel = "com.crampcoach.bedtime"
)

// InstallPlan is the install for goos ("linux": a systemd user timer and
// the service it starts, which runs notify-send; "darwin": a launchd
// agent that runs osascript), with home the home folder and configHome
// XDG_CONFIG_HOME (empty: home/.config). Other systems have none.
func InstallPlan(goos, home, configHome string, r Reminder) (Plan, error) {
	switch goos {
	case "linux":
		if configHome == "" {
			configHome = filepath.Join(home, ".config")
		}
		dir := filepath.Join(configHome, "systemd", "user")
		return Plan{
			Files: []File{
				{Path: filepath.Join(dir, systemdUnit+".service"), Text: systemdService(r)},
				{Path: filepath.Join(dir, systemdUnit+".timer"), Text: systemdTimer(r)},
			},
			Commands: [][]string{
				{"systemctl", "--user", "daemon-reload"},
				{"systemctl", "--user", "enable", "--now", systemdUnit + ".timer"},
			},
		}, nil
	case "darwin":
		path := filepath.Join(home, "Library", "LaunchAgents", launchdLabel+".plist")
		return Plan{
			Files:    []File{{Path: path, Text: launchdPlist(r)}},
			Commands: [][]string{{"launchctl", "load", "-w", path}},
		}, nil
	}
	return Plan{}, fmt.Errorf("--install knows systemd (Linux) and launchd (macOS), not %s; import %s into your calendar instead", goos, FileName)
}

// UninstallPlan is what --uninstall stops and removes: the install's
// files, after the commands that stop them.
func UninstallPlan(goos, home, configHome string) (Plan, error) {
	p, err := InstallPlan(goos, home, configHome, Reminder{Days: Daily})
	if err != nil {
		return Plan{}, err
	}
	switch goos {
	case "linux":
		p.Commands = [][]string{
			{"systemctl", "--user", "disable", "--now", systemdUnit + ".timer"},
			{"systemctl", "--user", "daemon-reload"},
		}
	case "darwin":
		p.Commands = [][]string{{"launchctl", "unload", "-w", p.Files[0].Path}}
	}
	return p, nil
}

// ErrNotOurs is a file in the way that this app did not write.
var ErrNotOurs = errors.New("was not written by cramp remind; leaving it alone")

// Ours reports whether the file at path is absent (ok to write) or one
// this app wrote; an error says why not.
func Ours(path string) (exists bool, err error) {
	b, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return false, nil
	case err != nil:
		return true, err
	case !bytes.Contains(b, []byte(Marker)) && !bytes.Contains(b, []byte(ProdID)):
		return true, fmt.Errorf("%s %w", path, ErrNotOurs)
	}
	return true, nil
}

// Write writes the plan's files, after checking every one is absent or
// ours, so nothing is written unless all can be.
func (p Plan) Write() error {
	for _, f := range p.Files {
		if _, err := Ours(f.Path); err != nil {
			return err
		}
	}
	for _, f := range p.Files {
		if err := os.MkdirAll(filepath.Dir(f.Path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(f.Path, []byte(f.Text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Remove removes the plan's files that exist and are ours; it refuses,
// removing nothing, if any is not ours.
func (p Plan) Remove() (removed []string, err error) {
	var ours []string
	for _, f := range p.Files {
		exists, err := Ours(f.Path)
		if err != nil {
			return nil, err
		}
		if exists {
			ours = append(ours, f.Path)
		}
	}
	for _, path := range ours {
		if err := os.Remove(path); err != nil {
			return removed, err
		}
		removed = append(removed, path)
	}
	return removed, nil
}

func systemdService(r Reminder) string {
	return fmt.Sprintf(`# %s: the bedtime stretch reminder. Remove with cramp remind --uninstall.
[Unit]
Description=Cramp Coach bedtime stretch reminder

[Service]
Type=oneshot
ExecStart=notify-send --app-name=cramp %s %s
`, Marker, systemdQuote(r.Title()), systemdQuote(r.Body()))
}

func systemdTimer(r Reminder) string {
	days := "*-*-*"
	if r.Days == Weekdays {
		days = "Mon..Fri *-*-*"
	}
	return fmt.Sprintf(`# %s: the bedtime stretch reminder. Remove with cramp remind --uninstall.
[Unit]
Description=Cramp Coach bedtime stretch reminder at %02d:%02d

[Timer]
OnCalendar=%s %02d:%02d:00
Unit=%s.service

[Install]
WantedBy=timers.target
`, Marker, r.Hour, r.Minute, days, r.Hour, r.Minute, systemdUnit)
}

// systemdQuote quotes a word for ExecStart: double quotes, with \, " and
// the specifier % escaped.
func systemdQuote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "%", "%%", "$", "$$").Replace(s) + `"`
}

func launchdPlist(r Reminder) string {
	var when strings.Builder
	weekdays := []int{0}
	if r.Days == Weekdays {
		weekdays = []int{1, 2, 3, 4, 5}
	}
	for _, d := range weekdays {
		when.WriteString("\t\t<dict>\n")
		if d != 0 {
			fmt.Fprintf(&when, "\t\t\t<key>Weekday</key><integer>%d</integer>\n", d)
		}
		fmt.Fprintf(&when, "\t\t\t<key>Hour</key><integer>%d</integer>\n\t\t\t<key>Minute</key><integer>%d</integer>\n\t\t</dict>\n", r.Hour, r.Minute)
	}
	script := fmt.Sprintf("display notification %s with title %s", appleString(r.Body()), appleString(r.Title()))
	return fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<!-- %s: the bedtime stretch reminder. Remove with cramp remind --uninstall. -->
<plist version="1.0">
<dict>
	<key>Label</key><string>%s</string>
	<key>ProgramArguments</key>
	<array>
		<string>/usr/bin/osascript</string>
		<string>-e</string>
		<string>%s</string>
	</array>
	<key>StartCalendarInterval</key>
	<array>
%s	</array>
</dict>
</plist>
`, Marker, launchdLabel, xmlEscape(script), when.String())
}

// appleString is s as an AppleScript string literal.
func appleString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}
