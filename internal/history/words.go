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
