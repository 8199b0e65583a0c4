package stretch

import "testing"

func TestAfterSideLowerCasesOnlyAWord(t *testing.T) {
	for in, want := range map[string]string{
		"Wall calf stretch":   "wall calf stretch",
		"Ankle circles":       "ankle circles",
		"ACL stretch":         "ACL stretch",
		"Étirement du mollet": "étirement du mollet",
		"X":                   "x",
		"":                    "",
	} {
		if got := afterSide(in); got != want {
			t.Errorf("afterSide(%q) = %q, want %q", in, got, want)
		}
	}
}
