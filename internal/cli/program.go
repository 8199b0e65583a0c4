package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/sanitize"
	"github.com/crampcoach/cramp/internal/tui/app"
	"github.com/crampcoach/cramp/internal/tui/firstframe"
)

// runProgram runs the full-screen app until the person leaves or a signal
// arrives, then writes whatever the journal is still owed.
// loadRest, when not nil, loads the content relief does not need; the app
// calls it after the first frame.
func runProgram(s app.SessionOptions, appOpts app.Options, loadRest func() (*content.Set, string), noColor bool, io IO) int {
	// Finding the colour profile may read the terminfo database and, in
	// tmux, run "tmux info": milliseconds that need not delay the model.
	profile := colorProfile(io.Stdout, noColor)
	_, statErr := os.Stat(s.Journal.Path())
	appOpts.FirstRun = errors.Is(statErr, os.ErrNotExist)
	appOpts.LoadRest = loadRest
	appOpts.NoColor = noColor
	if f, ok := io.Stdout.(*os.File); ok {
		appOpts.Width, appOpts.Height, _ = term.GetSize(f.Fd())
	}
	var root tea.Model = app.New(app.NewSession(s), appOpts)
	if appOpts.Lines {
		lines := app.NewLines(app.NewSession(s), appOpts)
		if err := lines.WriteFirst(io.Stdout); err != nil {
			fmt.Fprintf(io.Stderr, "cramp: %v\n", err)
			return ExitFailure
		}
		root = lines
	}

	// SIGINT, SIGTERM and SIGHUP all end the run the same way: the terminal
	// is restored and the open episode is written as left. Listening starts
	// before the first frame is painted: a signal that comes before the
	// program runs waits for it, and the program ends at once.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(sigs)

	progOpts := []tea.ProgramOption{tea.WithOutput(io.Stdout), tea.WithoutSignalHandler()}
	if io.Stdin != nil && io.Stdin != os.Stdin {
		progOpts = append(progOpts, tea.WithInput(io.Stdin))
	}
	// One colour profile for the painted frame and the program's.
	progOpts = append(progOpts, tea.WithColorProfile(profile()))

	// The first frame goes on screen now, not at the program's first
	// renderer tick (see firstframe). The accessible player writes its own.
	var painted *firstframe.Screen
	if !appOpts.Lines {
		in, _ := io.Stdin.(*os.File)
		out, _ := io.Stdout.(*os.File)
		painted = firstframe.Paint(in, out, root.View(), profile())
	}
	if painted != nil {
		progOpts = append(progOpts, tea.WithOutput(painted.Output()))
	}
	p := tea.NewProgram(root, progOpts...)
	go func() {
		if _, ok := <-sigs; ok {
			p.Send(tea.InterruptMsg{})
		}
	}()

	final, err := p.Run()
	painted.Restore()
	unsaved := ""
	if m, ok := final.(interface{ Finish() error }); ok {
		unsaved = saveAtExit(m.Finish, s.Journal, exitWait)
		if unsaved != "" {
			fmt.Fprintln(io.Stderr, "cramp:", unsaved)
		}
	}
	switch {
	case errors.Is(err, tea.ErrInterrupted):
		return ExitInterrupted
	case err != nil:
		fmt.Fprintf(io.Stderr, "cramp: %v\n", err)
		return ExitFailure
	case unsaved != "":
		return ExitFailure
	}
	return ExitOK
}

// colorProfile starts finding the colour profile for out, as Bubble Tea
// would (colorprofile.Detect on the process's environment), and returns
// what waits for it; Ascii when colour is off.
func colorProfile(out io.Writer, noColor bool) func() colorprofile.Profile {
	if noColor {
		return func() colorprofile.Profile { return colorprofile.Ascii }
	}
	done := make(chan colorprofile.Profile, 1)
	go func() { done <- colorprofile.Detect(out, os.Environ()) }()
	return sync.OnceValue(func() colorprofile.Profile { return <-done })
}

// exitWait is the longest the app waits at exit for the journal: a disk or
// another process's lock may hold a write for good, and the person must get
// their terminal back.
var exitWait = 2 * time.Second

// saveAtExit runs finish (which writes what the journal is owed) for at most
// wait, and returns "" when everything was saved, else a message that says
// which records were not and why.
func saveAtExit(finish func() error, j *journal.Journal, wait time.Duration) string {
	done := make(chan error, 1)
	go func() { done <- finish() }()
	timer := time.NewTimer(wait)
	defer timer.Stop()
	var why string
	select {
	case err := <-done:
		if err == nil {
			return ""
		}
		why = err.Error()
	case <-timer.C:
		why = fmt.Sprintf("the journal was still busy after %s (another program may hold it)", wait)
	}
	lost := j.Pending()
	if len(lost) == 0 { // finished just now
		return ""
	}
	names := make([]string, len(lost))
	for i, r := range lost {
		names[i] = r.Type + " at " + r.Time.Format("2006-01-02 15:04:05")
	}
	return fmt.Sprintf("%d record(s) were not saved to %s: %s; %s",
		len(lost), j.Path(), strings.Join(names, ", "), sanitize.Text(why))
}
