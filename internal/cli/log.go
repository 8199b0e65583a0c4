package cli

// runLog is `cramp log`: adds a past episode to the journal.
func runLog(g *globals, args []string, io IO) int { return ExitFailure }
