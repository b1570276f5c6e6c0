package want

import (
	"encoding/json"
	"testing"
)

// This file is hand-written. In an API description, a variant whose JSON
// type the type beside the union does not allow is kept: OpenAI's
// TranscriptionChunkingStrategy writes `type: object` beside oneOf
// ["auto", VadConfig], and its API takes "auto". Leaving the variant out
// (as a JSON Schema file's reading does) made "auto" impossible to send.

func TestVariantBesideTypeKept(t *testing.T) {
	var c ChunkingStrategy
	if err := json.Unmarshal([]byte(`"auto"`), &c); err != nil {
		t.Fatalf(`"auto": %v`, err)
	}
	if err := c.Validate(); err != nil {
		t.Fatalf(`"auto": Validate: %v`, err)
	}
	out, err := json.Marshal(c)
	if err != nil || string(out) != `"auto"` {
		t.Fatalf(`"auto" encodes as %s (%v)`, out, err)
	}
	if err := json.Unmarshal([]byte(`{"type": "server_vad", "threshold": 0.5}`), &c); err != nil {
		t.Fatalf("VadConfig: %v", err)
	}
	if _, ok := c.Value.(*VadConfig); !ok {
		t.Fatalf("VadConfig: holds %T", c.Value)
	}
	if err := json.Unmarshal([]byte(`"manual"`), &c); err == nil {
		if err := c.Validate(); err == nil {
			t.Fatal(`"manual": accepted, though the enum allows only "auto"`)
		}
	}
}
