package history

import "strconv"

// Count says n of a thing in words: "1 night", "3 nights", "0 nights".
// Only for words whose plural adds an s. The report, the commands and the
// screens all count with it, so they say the same.
func Count(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// Length says how long a cramp lasted (see Episode.Lasted) in words:
// "under 1 s" for one that eased within its first second, else as Minutes.
func Length(seconds int) string {
	if seconds <= 0 {
		return "under 1 s"
	}
	return Minutes(seconds)
}
