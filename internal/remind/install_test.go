package remind_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crampcoach/cramp/internal/remind"
)

// On Linux: a timer at the time, on the days, starting a service that runs
// notify-send with the routine's line; both files marked as ours.
func TestLinuxPlan(t *testing.T) {
	home := t.TempDir()
	r := nightly(t, remind.Weekdays)
	p, err := remind.InstallPlan("linux", home, "", r)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Files) != 2 {
		t.Fatalf("%d files", len(p.Files))
	}
	svc, timer := p.Files[0], p.Files[1]
	if svc.Path != filepath.Join(home, ".config/systemd/user/cramp-bedtime.service") || timer.Path != filepath.Join(home, ".config/systemd/user/cramp-bedtime.timer") {
		t.Errorf("paths %s, %s", svc.Path, timer.Path)
	}
	if !strings.Contains(svc.Text, `ExecStart=notify-send --app-name=cramp "Bedtime stretch" "Nightly stretch, about 5 minutes: run cramp stretch --routine nightly"`) {
		t.Errorf("service:\n%s", svc.Text)
	}
	if !strings.Contains(timer.Text, "OnCalendar=Mon..Fri *-*-* 21:45:00") || !strings.Contains(timer.Text, "WantedBy=timers.target") {
		t.Errorf("timer:\n%s", timer.Text)
	}
	for _, f := range p.Files {
		if !strings.Contains(f.Text, remind.Marker) {
			t.Errorf("%s lacks the marker", f.Path)
		}
	}
	if p2, _ := remind.InstallPlan("linux", home, "/x/config", r); p2.Files[0].Path != "/x/config/systemd/user/cramp-bedtime.service" {
		t.Errorf("XDG_CONFIG_HOME not used: %s", p2.Files[0].Path)
	}
}

// On macOS: a launchd agent with a calendar interval a weekday, running
// osascript's display notification.
func TestDarwinPlan(t *testing.T) {
	p, err := remind.InstallPlan("darwin", "/Users/ada", "", nightly(t, remind.Weekdays))
	if err != nil {
		t.Fatal(err)
	}
	f := p.Files[0]
	if f.Path != "/Users/ada/Library/LaunchAgents/com.crampcoach.bedtime.plist" {
		t.Errorf("path %s", f.Path)
	}
	for _, want := range []string{"<string>/usr/bin/osascript</string>", "display notification &quot;Nightly stretch", "<key>Weekday</key><integer>5</integer>", "<key>Hour</key><integer>21</integer>", remind.Marker} {
		if !strings.Contains(f.Text, want) {
			t.Errorf("the plist lacks %q:\n%s", want, f.Text)
		}
	}
	if strings.Count(f.Text, "<key>Hour</key>") != 5 {
		t.Errorf("want five intervals for mon-fri")
	}
	if _, err := remind.InstallPlan("windows", "C:/", "", nightly(t, remind.Daily)); err == nil {
		t.Error("windows has a plan")
	}
}

// Write refuses, writing nothing, when any file in the way is not ours;
// Remove removes only ours and refuses the same way.
func TestWriteAndRemoveLeaveOthersFilesAlone(t *testing.T) {
	home := t.TempDir()
	p, _ := remind.InstallPlan("linux", home, "", nightly(t, remind.Daily))
	if err := p.Write(); err != nil {
		t.Fatal(err)
	}
	if err := p.Write(); err != nil {
		t.Fatalf("rewriting our own files: %v", err)
	}
	removed, err := p.Remove()
	if err != nil || len(removed) != 2 {
		t.Fatalf("remove: %v, %v", removed, err)
	}
	// Someone else's timer under the same name.
	os.MkdirAll(filepath.Dir(p.Files[1].Path), 0o755)
	os.WriteFile(p.Files[1].Path, []byte("[Timer]\nOnCalendar=daily\n"), 0o644)
	if err := p.Write(); !errors.Is(err, remind.ErrNotOurs) {
		t.Errorf("write over a foreign file: %v", err)
	}
	if _, err := os.Stat(p.Files[0].Path); err == nil {
		t.Error("the service was written although the timer was in the way")
	}
	if _, err := p.Remove(); !errors.Is(err, remind.ErrNotOurs) {
		t.Errorf("remove a foreign file: %v", err)
	}
	if b, _ := os.ReadFile(p.Files[1].Path); string(b) != "[Timer]\nOnCalendar=daily\n" {
		t.Error("the foreign file changed")
	}
}

// A routine title with a newline, quotes, % or $ stays one word of one
// ExecStart line.
func TestServiceQuotesTheContent(t *testing.T) {
	r := nightly(t, remind.Daily)
	r.Routine.Title = "Calf \"50%\"\n$HOME"
	p, _ := remind.InstallPlan("linux", t.TempDir(), "", r)
	var exec string
	for _, l := range strings.Split(p.Files[0].Text, "\n") {
		if strings.HasPrefix(l, "ExecStart=") {
			if exec != "" {
				t.Fatal("two ExecStart lines")
			}
			exec = l
		}
	}
	if !strings.Contains(exec, `"Calf \"50%%\" $$HOME, about 5 minutes`) {
		t.Errorf("ExecStart %q", exec)
	}
}
