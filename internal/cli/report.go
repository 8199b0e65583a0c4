package cli

// runReport is `cramp report`: a report for a doctor, to stdout.
func runReport(g *globals, args []string, io IO) int { return ExitFailure }
