package content

// checkRoutines checks routines.yaml's meaning.
func checkRoutines(d *doc, r *Routines, keys map[string]bool) {}

// checkChecklist checks checklist.yaml's meaning.
func checkChecklist(d *doc, c *Checklist, keys map[string]bool) {}
