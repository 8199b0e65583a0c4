package cli

import (
	"fmt"
	"os"

	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
)

const importUsage = `Usage: cramp import FILE.json [flags]

Adds to your journal the records of an export made with
"cramp report --format json" (on another computer, say). Only records whose
ids are new to this journal are added; the rest are skipped, so importing
the same file twice adds nothing the second time. A file that is not a
whole, readable export adds nothing at all and exits 2.

  cramp report --days 3650 --format json > cramp-export.json   (there)
  cramp import cramp-export.json                               (here)

Flags:
`

// runImport is `cramp import FILE.json`: an export's new records, all or
// nothing.
func runImport(g *globals, args []string, io IO) int {
	fs := newFlagSet("cramp import", io.Stderr, importUsage)
	g.register(fs)
	pos, code, done := parse(fs, args, io.Stdout)
	if done {
		return code
	}
	switch {
	case len(pos) == 0:
		return usageError(io, fs, "which file? Give the export to import")
	case len(pos) > 1:
		return usageError(io, fs, "unexpected argument %q", pos[1])
	}
	data, err := os.ReadFile(pos[0])
	if err != nil {
		fmt.Fprintf(io.Stderr, "cramp import: %v; nothing was added\n", err)
		return ExitUsage
	}
	exp, err := journal.ParseExport(data)
	if err != nil {
		fmt.Fprintf(io.Stderr, "cramp import: %s: %v; nothing was added\n", pos[0], err)
		return ExitUsage
	}
	j := journal.Open(journal.Dir(g.data, io.Getenv))
	res, err := j.Read()
	if err != nil {
		fmt.Fprintf(io.Stderr, "cramp import: %v; nothing was added\n", err)
		return ExitFailure
	}
	add, skipped := journal.NewRecords(res.Records, exp.Records)
	if err := j.AppendAll(add); err != nil {
		fmt.Fprintf(io.Stderr, "cramp import: %v; nothing was added\n", err)
		return ExitFailure
	}
	fmt.Fprintf(io.Stdout, "Added %s, skipped %s already in the journal (nights %s to %s of the export).\n",
		history.Count(len(add), "record"), history.Count(skipped, "record"), exp.FirstNight, exp.LastNight)
	return ExitOK
}
