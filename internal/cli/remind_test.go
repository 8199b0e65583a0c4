package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// remindHome is a temporary home for `cramp remind`, with the command
// runner recorded instead of run: no test touches the real home or
// systemd.
func remindHome(t *testing.T, goos string) (env map[string]string, home string, ran *[]string) {
	t.Helper()
	backfillAt(t, 2026, 12, 3, 10, 0)
	home = t.TempDir()
	oldOS, oldExec := remindGOOS, remindExec
	var cmds []string
	remindGOOS = goos
	remindExec = func(args []string) error { cmds = append(cmds, strings.Join(args, " ")); return nil }
	t.Cleanup(func() { remindGOOS, remindExec = oldOS, oldExec })
	t.Chdir(t.TempDir())
	return map[string]string{"HOME": home, "CRAMP_DATA_DIR": filepath.Join(home, "data")}, home, &cmds
}

func TestRemindWritesTheCalendarFile(t *testing.T) {
	env, _, _ := remindHome(t, "linux")
	code, out, errs := run(t, env, "remind", "--at", "21:45", "--days", "mon-fri")
	if code != ExitOK || !strings.Contains(out, "Wrote cramp-bedtime.ics") || !strings.Contains(out, "Monday to Friday") {
		t.Fatalf("exit %d: %q %s", code, out, errs)
	}
	b, err := os.ReadFile("cramp-bedtime.ics")
	if err != nil || !strings.Contains(string(b), "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR\r\n") {
		t.Fatalf("the file: %v\n%s", err, b)
	}
	_, printed, _ := run(t, env, "remind", "--at", "21:45", "--days", "mon-fri", "--stdout")
	if printed != string(b) {
		t.Error("--stdout differs from the file")
	}
	// Ours: written again. Someone else's file of that name: left alone.
	if code, _, _ := run(t, env, "remind", "--at", "22:00"); code != ExitOK {
		t.Errorf("rewriting our file: exit %d", code)
	}
	os.WriteFile("cramp-bedtime.ics", []byte("BEGIN:VCALENDAR\r\nPRODID:-//Other//EN\r\n"), 0o644)
	code, _, errs = run(t, env, "remind", "--at", "22:00")
	if b, _ := os.ReadFile("cramp-bedtime.ics"); code != ExitFailure || !strings.Contains(errs, "not written by cramp remind") || !strings.Contains(string(b), "Other") {
		t.Errorf("over a foreign file: exit %d, %q", code, errs)
	}
	for _, args := range [][]string{{"--at", "9pm"}, {}, {"--at", "21:45", "--days", "weekends"}, {"--at", "21:45", "--dry-run"}, {"--install", "--uninstall"}} {
		if code, _, _ := run(t, env, append([]string{"remind"}, args...)...); code != ExitUsage {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}

// --dry-run prints the files and commands and touches nothing.
func TestRemindInstallDryRun(t *testing.T) {
	for _, goos := range []string{"linux", "darwin"} {
		t.Run(goos, func(t *testing.T) {
			env, home, ran := remindHome(t, goos)
			code, out, errs := run(t, env, "remind", "--at", "21:45", "--install", "--dry-run")
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			want := map[string][]string{
				"linux":  {"Would write " + filepath.Join(home, ".config/systemd/user/cramp-bedtime.timer"), "OnCalendar=*-*-* 21:45:00", "notify-send", "Would run: systemctl --user enable --now cramp-bedtime.timer"},
				"darwin": {"Would write " + filepath.Join(home, "Library/LaunchAgents/com.crampcoach.bedtime.plist"), "osascript", "Would run: launchctl load -w"},
			}[goos]
			for _, w := range want {
				if !strings.Contains(out, w) {
					t.Errorf("the dry run lacks %q:\n%s", w, out)
				}
			}
			if len(*ran) != 0 {
				t.Errorf("a dry run ran %q", *ran)
			}
			entries, _ := os.ReadDir(home)
			if len(entries) != 0 {
				t.Errorf("a dry run wrote into home: %v", entries)
			}
			if _, err := os.Stat("cramp-bedtime.ics"); err == nil {
				t.Error("--install wrote the .ics too")
			}
		})
	}
}

// --install writes the unit files into (a temporary) home and starts the
// timer; --uninstall stops it and removes them; a foreign file stops both.
func TestRemindInstallAndUninstall(t *testing.T) {
	env, home, ran := remindHome(t, "linux")
	timer := filepath.Join(home, ".config/systemd/user/cramp-bedtime.timer")
	if code, _, errs := run(t, env, "remind", "--at", "21:45", "--install"); code != ExitOK {
		t.Fatalf("install: %s", errs)
	}
	if _, err := os.Stat(timer); err != nil {
		t.Fatal("no timer written")
	}
	if got := strings.Join(*ran, "; "); got != "systemctl --user daemon-reload; systemctl --user enable --now cramp-bedtime.timer" {
		t.Errorf("ran %q", got)
	}
	*ran = nil
	code, out, _ := run(t, env, "remind", "--uninstall", "--dry-run")
	if code != ExitOK || !strings.Contains(out, "Would remove "+timer) || len(*ran) != 0 {
		t.Errorf("uninstall dry run: %d %q %q", code, out, *ran)
	}
	if _, err := os.Stat(timer); err != nil {
		t.Fatal("the dry run removed the timer")
	}
	code, out, _ = run(t, env, "remind", "--uninstall")
	if _, err := os.Stat(timer); code != ExitOK || err == nil || !strings.Contains(out, "Removed "+timer) {
		t.Errorf("uninstall: exit %d, %q, timer still there: %v", code, out, err == nil)
	}
	if len(*ran) == 0 || !strings.Contains((*ran)[0], "disable --now cramp-bedtime.timer") {
		t.Errorf("uninstall ran %q", *ran)
	}

	os.WriteFile(timer, []byte("[Timer]\n"), 0o644)
	*ran = nil
	if code, _, errs := run(t, env, "remind", "--at", "21:45", "--install"); code != ExitFailure || !strings.Contains(errs, "not written by cramp remind") || len(*ran) != 0 {
		t.Errorf("install over a foreign timer: exit %d, %q, ran %q", code, errs, *ran)
	}
	if code, _, _ := run(t, env, "remind", "--uninstall"); code != ExitFailure || len(*ran) != 0 {
		t.Errorf("uninstall of a foreign timer: exit %d, ran %q", code, *ran)
	}
	if b, _ := os.ReadFile(timer); string(b) != "[Timer]\n" {
		t.Error("the foreign timer changed")
	}
}
