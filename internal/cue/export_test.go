package cue

// FindOn is Find as it runs on goos, for the tests of other systems' defaults.
var FindOn = find
