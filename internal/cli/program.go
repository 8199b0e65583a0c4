package cli

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/tui/app"
)

// runProgram runs the full-screen app until the person leaves or a signal
// arrives, then writes whatever the journal is still owed.
// loadRest, when not nil, loads the content relief does not need; the app
// calls it after the first frame.
func runProgram(s app.SessionOptions, appOpts app.Options, loadRest func() (*content.Set, string), noColor bool, io IO) int {
	_, statErr := os.Stat(s.Journal.Path())
	appOpts.FirstRun = errors.Is(statErr, os.ErrNotExist)
	appOpts.LoadRest = loadRest
	if f, ok := io.Stdout.(*os.File); ok {
		appOpts.Width, appOpts.Height, _ = term.GetSize(f.Fd())
	}
	root := app.New(app.NewSession(s), appOpts)

	progOpts := []tea.ProgramOption{tea.WithOutput(io.Stdout), tea.WithoutSignalHandler()}
	if io.Stdin != nil && io.Stdin != os.Stdin {
		progOpts = append(progOpts, tea.WithInput(io.Stdin))
	}
	if noColor {
		progOpts = append(progOpts, tea.WithColorProfile(colorprofile.Ascii))
	}
	p := tea.NewProgram(root, progOpts...)

	// SIGINT, SIGTERM and SIGHUP all end the run the same way: the terminal
	// is restored and the open episode is written as left.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(sigs)
	go func() {
		if _, ok := <-sigs; ok {
			p.Send(tea.InterruptMsg{})
		}
	}()

	final, err := p.Run()
	if m, ok := final.(app.Model); ok {
		if ferr := m.Finish(); ferr != nil {
			fmt.Fprintf(io.Stderr, "cramp: could not save the end of this episode: %v\n", ferr)
		}
	}
	switch {
	case errors.Is(err, tea.ErrInterrupted):
		return ExitInterrupted
	case err != nil:
		fmt.Fprintf(io.Stderr, "cramp: %v\n", err)
		return ExitFailure
	}
	return ExitOK
}
