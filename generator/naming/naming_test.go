package naming

import "testing"

func TestExported(t *testing.T) {
	cases := []struct{ in, want string }{
		{"workspace_id", "WorkspaceID"},
		{"id", "ID"},
		{"ID", "ID"},
		{"Id", "ID"},
		{"ttl_ms", "TTLMs"},
		{"template_version_preset_id", "TemplateVersionPresetID"},
		{"api_version", "APIVersion"},
		{"REQUIRED_TEMPLATE_VARIABLES", "RequiredTemplateVariables"},
		{"slim-window", "SlimWindow"},
		{"non-blocking", "NonBlocking"},
		{"NullUUID", "NullUUID"},
		{"WorkspaceBuild", "WorkspaceBuild"},
		{"getWorkspaceByID", "GetWorkspaceByID"},
		{"HTTPServer", "HTTPServer"},
		{"failing_agents", "FailingAgents"},
		{"available_workers", "AvailableWorkers"},
		{"derp_region", "DERPRegion"},
		{"operating_system", "OperatingSystem"},
		{"os", "OS"},
		{"user_ids", "UserIDs"},
		{"oauth2", "Oauth2"},
		{"v2Beta", "V2Beta"},
		{"2fa", "X2fa"},
		{"123", "X123"},
		{"", ""},
		{"--", ""},
		{"has_ai_task", "HasAITask"},
		{"héllo wörld", "HélloWörld"},
		{"名前", "X名前"},
		{"troubleshooting_url", "TroubleshootingURL"},
		{"urls", "URLs"},
	}
	for _, c := range cases {
		if got := Exported(c.in); got != c.want {
			t.Errorf("Exported(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestUnexported(t *testing.T) {
	cases := []struct{ in, want string }{
		{"workspace_id", "workspaceID"},
		{"Workspace", "workspace"},
		{"type", "type_"},
		{"string", "string_"},
		{"ID", "id"},
		{"URLPath", "urlPath"},
		{"2fa", "v2fa"},
		{"", "v"},
		{"include_deleted", "includeDeleted"},
	}
	for _, c := range cases {
		if got := Unexported(c.in); got != c.want {
			t.Errorf("Unexported(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestEnumValue(t *testing.T) {
	cases := []struct{ in, want string }{
		{"", "Empty"},
		{"slim-window", "SlimWindow"},
		{"non-blocking", "NonBlocking"},
		{"REQUIRED_TEMPLATE_VARIABLES", "RequiredTemplateVariables"},
		{"ssh_connection", "SSHConnection"},
		{"1", "1"},
		{"-1", "Minus1"},
		{"+", "Plus"},
		{">=", "GtEq"},
		{"-", "Minus"},
		{"\u2603", "U2603"},
	}
	for _, c := range cases {
		if got := EnumValue(c.in); got != c.want {
			t.Errorf("EnumValue(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestEnumValueSigned(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Etc/GMT-1", "EtcGmtMinus1"},
		{"Etc/GMT+10", "EtcGmtPlus10"},
		{"-name", "MinusName"},
		{"+name", "PlusName"},
		{"slim-window", "SlimWindow"}, // a hyphen between words is no sign
		{"-1", "Minus1"},
		{"-", "Minus"},
	}
	for _, c := range cases {
		if got := EnumValueSigned(c.in); got != c.want {
			t.Errorf("EnumValueSigned(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestScope(t *testing.T) {
	s := NewScope("Client")
	for _, c := range []struct {
		want, got string
		renamed   bool
	}{
		{"Workspace", "Workspace", false},
		{"Workspace", "Workspace2", true},
		{"Client", "Client2", true},
		{"Workspace", "Workspace3", true},
	} {
		got, renamed := s.Claim(c.want)
		if got != c.got || renamed != c.renamed {
			t.Errorf("Claim(%q) = %q, %v; want %q, %v", c.want, got, renamed, c.got, c.renamed)
		}
	}
}
