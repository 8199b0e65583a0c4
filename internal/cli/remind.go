package cli

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/crampcoach/cramp/internal/remind"
)

const remindUsage = `Usage: cramp remind --at HH:MM [--days daily|mon-fri] [--stdout | --install [--dry-run]]
       cramp remind --uninstall [--dry-run]

A bedtime stretch reminder.

  cramp remind --at 21:45                 write cramp-bedtime.ics here: import it
                                          into any calendar or phone
  cramp remind --at 21:45 --stdout        print it instead
  cramp remind --at 21:45 --install       a desktop notification every evening:
                                          a systemd user timer (Linux, notify-send)
                                          or a launchd agent (macOS, osascript)
  cramp remind --uninstall                remove it again
  --dry-run                               print the files it would write, and the
                                          commands it would run, and do nothing

Nothing outside the .ics is touched without --install or --uninstall, and no
file that cramp remind did not write is overwritten or removed.

Flags:
`

// The system and the command runner --install uses; tests set them.
var (
	remindGOOS = runtime.GOOS
	remindExec = func(args []string) error {
		out, err := exec.Command(args[0], args[1:]...).CombinedOutput()
		if err != nil {
			return fmt.Errorf("%s: %v %s", strings.Join(args, " "), err, strings.TrimSpace(string(out)))
		}
		return nil
	}
)

// runRemind is `cramp remind`: the bedtime reminder.
func runRemind(g *globals, args []string, io IO) int {
	fs := newFlagSet("cramp remind", io.Stderr, remindUsage)
	g.register(fs)
	at := fs.String("at", "", "when, HH:MM on a 24-hour clock")
	daysFlag := fs.String("days", remind.Daily, "daily or mon-fri")
	routineID := fs.String("routine", "", "the routine it names (default: the default routine)")
	stdout := fs.Bool("stdout", false, "print the calendar file instead of writing it")
	install := fs.Bool("install", false, "install a desktop notification (systemd user timer or launchd agent)")
	uninstall := fs.Bool("uninstall", false, "remove what --install installed")
	dry := fs.Bool("dry-run", false, "with --install or --uninstall: print what would be written and run, do nothing")
	pos, code, done := parse(fs, args, io.Stdout)
	if done {
		return code
	}
	switch {
	case len(pos) > 0:
		return usageError(io, fs, "unexpected argument %q", pos[0])
	case *install && *uninstall:
		return usageError(io, fs, "--install or --uninstall, not both")
	case *stdout && (*install || *uninstall):
		return usageError(io, fs, "--stdout prints the calendar file; it takes no --install or --uninstall")
	case *dry && !*install && !*uninstall:
		return usageError(io, fs, "--dry-run goes with --install or --uninstall")
	case !*uninstall && *at == "":
		return usageError(io, fs, "when? Give --at, like --at 21:45")
	}
	home, configHome := io.Getenv("HOME"), io.Getenv("XDG_CONFIG_HOME")
	if *uninstall {
		plan, err := remind.UninstallPlan(remindGOOS, home, configHome)
		if err != nil {
			fmt.Fprintf(io.Stderr, "cramp remind: %v\n", err)
			return ExitUsage
		}
		return uninstallReminder(plan, *dry, io)
	}

	var r remind.Reminder
	var err error
	if r.Hour, r.Minute, err = remind.ParseAt(*at); err != nil {
		return usageError(io, fs, "%v", err)
	}
	if r.Days, err = remind.ParseDays(*daysFlag); err != nil {
		return usageError(io, fs, "%v", err)
	}
	set, ok := g.loadAll(io)
	if !ok {
		return ExitFailure
	}
	id := *routineID
	if id == "" {
		id = set.Routines.Default
	}
	if r.Routine, ok = set.Routines.Routine(id); !ok {
		fmt.Fprintf(io.Stderr, "cramp remind: unknown routine %q\n", id)
		return ExitUsage
	}
	r.Minutes = remind.RoutineMinutes(set, r.Routine)

	if *install {
		plan, err := remind.InstallPlan(remindGOOS, home, configHome, r)
		if err != nil {
			fmt.Fprintf(io.Stderr, "cramp remind: %v\n", err)
			return ExitUsage
		}
		return installReminder(plan, *dry, io)
	}
	now := checkClock.Now()
	ics := remind.ICS(r, now, now)
	if *stdout {
		io.Stdout.Write(ics)
		return ExitOK
	}
	path := filepath.Join(".", remind.FileName)
	if _, err := remind.Ours(path); err != nil {
		fmt.Fprintf(io.Stderr, "cramp remind: %v\n", err)
		return ExitFailure
	}
	if err := os.WriteFile(path, ics, 0o644); err != nil {
		fmt.Fprintf(io.Stderr, "cramp remind: %v\n", err)
		return ExitFailure
	}
	fmt.Fprintf(io.Stdout, "Wrote %s: %s at %02d:%02d, %s. Import it into your calendar or phone.\n", remind.FileName, r.Title(), r.Hour, r.Minute, daysWords(r.Days))
	return ExitOK
}

func daysWords(d string) string {
	if d == remind.Weekdays {
		return "Monday to Friday"
	}
	return "every day"
}

func installReminder(plan remind.Plan, dry bool, io IO) int {
	if dry {
		for _, f := range plan.Files {
			fmt.Fprintf(io.Stdout, "Would write %s:\n%s\n", f.Path, f.Text)
		}
		for _, c := range plan.Commands {
			fmt.Fprintf(io.Stdout, "Would run: %s\n", strings.Join(c, " "))
		}
		return ExitOK
	}
	if err := plan.Write(); err != nil {
		fmt.Fprintf(io.Stderr, "cramp remind: %v; nothing was installed\n", err)
		return ExitFailure
	}
	for _, f := range plan.Files {
		fmt.Fprintf(io.Stdout, "Wrote %s\n", f.Path)
	}
	for _, c := range plan.Commands {
		if err := remindExec(c); err != nil {
			fmt.Fprintf(io.Stderr, "cramp remind: the files are written, but %v\n", err)
			return ExitFailure
		}
		fmt.Fprintf(io.Stdout, "Ran: %s\n", strings.Join(c, " "))
	}
	return ExitOK
}

func uninstallReminder(plan remind.Plan, dry bool, io IO) int {
	// Refuse before stopping anything if a file in the way is not ours.
	for _, f := range plan.Files {
		if _, err := remind.Ours(f.Path); err != nil {
			fmt.Fprintf(io.Stderr, "cramp remind: %v; nothing was removed\n", err)
			return ExitFailure
		}
	}
	if dry {
		for _, c := range plan.Commands {
			fmt.Fprintf(io.Stdout, "Would run: %s\n", strings.Join(c, " "))
		}
		for _, f := range plan.Files {
			if exists, _ := remind.Ours(f.Path); exists {
				fmt.Fprintf(io.Stdout, "Would remove %s\n", f.Path)
			}
		}
		return ExitOK
	}
	for _, c := range plan.Commands {
		if err := remindExec(c); err != nil {
			// Not installed, or no systemd: the files still go.
			fmt.Fprintf(io.Stderr, "cramp remind: %v\n", err)
		}
	}
	removed, err := plan.Remove()
	for _, p := range removed {
		fmt.Fprintf(io.Stdout, "Removed %s\n", p)
	}
	if err != nil {
		fmt.Fprintf(io.Stderr, "cramp remind: %v\n", err)
		return ExitFailure
	}
	if len(removed) == 0 {
		fmt.Fprintln(io.Stdout, "No reminder was installed; nothing to remove.")
	}
	return ExitOK
}
