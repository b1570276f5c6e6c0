package interop

import (
	"flag"
	"fmt"
	"net/http"
	"os"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/specgen/specgen/gen/coder"
)

// sdkCoverage maps each route of the generated handler to what calls it in
// these tests: codersdk's methods, or its request plumbing (Request) where
// v2.30.0 has no method for the operation.
var sdkCoverage = map[string]string{
	"POST /api/v2/organizations/{organization}/members/{user}/workspaces":     "Request (codersdk.CreateWorkspace posts to /users/{user}/workspaces)",
	"GET /api/v2/users/{user}/workspace/{workspacename}":                      "WorkspaceByOwnerAndName",
	"GET /api/v2/users/{user}/workspace/{workspacename}/builds/{buildnumber}": "WorkspaceBuildByUsernameAndWorkspaceNameAndBuildNumber",
	"POST /api/v2/users/{user}/workspaces":                                    "CreateUserWorkspace, CreateWorkspace",
	"GET /api/v2/workspacebuilds/{workspacebuild}":                            "WorkspaceBuild",
	"PATCH /api/v2/workspacebuilds/{workspacebuild}/cancel":                   "CancelWorkspaceBuild",
	"GET /api/v2/workspacebuilds/{workspacebuild}/logs":                       "WorkspaceBuildLogsAfter; Request for the JSON form (no SDK method)",
	"GET /api/v2/workspacebuilds/{workspacebuild}/parameters":                 "WorkspaceBuildParameters",
	"GET /api/v2/workspacebuilds/{workspacebuild}/resources":                  "Request (no SDK method: deprecated)",
	"GET /api/v2/workspacebuilds/{workspacebuild}/state":                      "WorkspaceBuildState",
	"GET /api/v2/workspacebuilds/{workspacebuild}/timings":                    "WorkspaceBuildTimings",
	"GET /api/v2/workspaces":                                                  "Workspaces",
	"GET /api/v2/workspaces/{workspace}":                                      "Workspace, DeletedWorkspace",
	"PATCH /api/v2/workspaces/{workspace}":                                    "UpdateWorkspace",
	"PUT /api/v2/workspaces/{workspace}/autostart":                            "UpdateWorkspaceAutostart",
	"PUT /api/v2/workspaces/{workspace}/autoupdates":                          "UpdateWorkspaceAutomaticUpdates",
	"GET /api/v2/workspaces/{workspace}/builds":                               "WorkspaceBuilds",
	"POST /api/v2/workspaces/{workspace}/builds":                              "CreateWorkspaceBuild",
	"PUT /api/v2/workspaces/{workspace}/dormant":                              "UpdateWorkspaceDormancy",
	"PUT /api/v2/workspaces/{workspace}/extend":                               "PutExtendWorkspace",
	"PUT /api/v2/workspaces/{workspace}/favorite":                             "FavoriteWorkspace",
	"DELETE /api/v2/workspaces/{workspace}/favorite":                          "UnfavoriteWorkspace",
	"GET /api/v2/workspaces/{workspace}/resolve-autostart":                    "ResolveAutostart",
	"GET /api/v2/workspaces/{workspace}/timings":                              "WorkspaceTimings",
	"PUT /api/v2/workspaces/{workspace}/ttl":                                  "UpdateWorkspaceTTL",
	"POST /api/v2/workspaces/{workspace}/usage":                               "PostWorkspaceUsage, PostWorkspaceUsageWithBody, UpdateWorkspaceUsage(WithBody)Context",
	"GET /api/v2/workspaces/{workspace}/watch":                                "WatchWorkspace",
}

// reached is the set of handler routes that requests reached, over all
// tests of the package.
var reached = struct {
	sync.Mutex
	patterns map[string]bool
}{patterns: map[string]bool{}}

// notePattern records the route the generated handler's ServeMux chose for
// r, which it stores in r.Pattern.
func notePattern(r *http.Request) {
	if r.Pattern == "" {
		return
	}
	reached.Lock()
	reached.patterns[r.Pattern] = true
	reached.Unlock()
}

// TestMain fails a full run (no -run filter) in which a route of the
// generated handler was not reached through Coder's SDK.
func TestMain(m *testing.M) {
	code := m.Run()
	if code == 0 && flag.Lookup("test.run").Value.String() == "" {
		if missing := uncovered(); len(missing) > 0 {
			fmt.Fprintf(os.Stderr, "FAIL: no test reached these routes through Coder's SDK:\n")
			for _, p := range missing {
				fmt.Fprintf(os.Stderr, "\t%s (%s)\n", p, sdkCoverage[p])
			}
			code = 1
		}
	}
	os.Exit(code)
}

func uncovered() []string {
	reached.Lock()
	defer reached.Unlock()
	var out []string
	for p := range sdkCoverage {
		if !reached.patterns[p] {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// TestCoverageListsEveryOperation keeps sdkCoverage honest: one entry per
// method of the generated Server, so a new operation must be added (and
// then reached). A WebSocket form (a method taking a *WebSocketSink) shares
// its operation's route.
func TestCoverageListsEveryOperation(t *testing.T) {
	server := reflect.TypeFor[coder.Server]()
	operations := 0
	for i := range server.NumMethod() {
		m := server.Method(i).Type
		last := m.In(m.NumIn() - 1)
		if last.Kind() != reflect.Pointer || !strings.HasPrefix(last.Elem().Name(), "WebSocketSink[") {
			operations++
		}
	}
	if got, want := len(sdkCoverage), operations; got != want {
		t.Errorf("sdkCoverage lists %d routes, the generated Server has %d operations", got, want)
	}
	var empty []string
	for p, how := range sdkCoverage {
		if how == "" {
			empty = append(empty, p)
		}
	}
	if len(empty) > 0 {
		t.Errorf("routes without a caller: %s", slices.Sorted(slices.Values(empty)))
	}
}
