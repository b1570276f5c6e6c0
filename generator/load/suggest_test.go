package load

import "testing"

func TestClosestKey(t *testing.T) {
	keys := []string{"Workspace", "WorkspaceBuild", "User", "Users"}
	for word, want := range map[string]string{
		"Worksapce":      "Workspace",      // two letters swapped: 2 edits of 9
		"workspacebuild": "WorkspaceBuild", // case: 2 edits of 14
		"Usr":            "User",           // one letter short (Users: two)
		"Agent":          "",               // nothing near
		"Workspace2":     "Workspace",
		"X":              "",
	} {
		if got := closestKey(word, keys); got != want {
			t.Errorf("closestKey(%q) = %q, want %q", word, got, want)
		}
	}
}
