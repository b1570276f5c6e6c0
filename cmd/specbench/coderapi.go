package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"

	"github.com/getkin/kin-openapi/openapi2"
	"github.com/getkin/kin-openapi/openapi2conv"
	"github.com/getkin/kin-openapi/openapi3"
)

// convertSwagger converts a Swagger 2.0 file to OpenAPI 3.0 with kin-openapi's
// openapi2conv, the same conversion specgen runs in process, so the peers
// (which read only 3.x) get the document specgen sees.
func convertSwagger(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc2 openapi2.T
	if err := json.Unmarshal(data, &doc2); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	doc3, err := openapi2conv.ToV3(&doc2)
	if err != nil {
		return nil, fmt.Errorf("%s: convert to OpenAPI 3: %w", path, err)
	}
	return json.MarshalIndent(doc3, "", "  ")
}

// kinLoad is the practical floor of generation: what kin-openapi alone needs
// to read the same file and validate it, with the options specgen uses
// (Swagger 2.0 converted in process, examples and defaults not validated).
// It runs as its own process (specbench kinload FILE), so that its wall time
// and max RSS compare with specgen's whole process.
func kinLoad(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var head struct {
		Swagger string `json:"swagger"`
	}
	json.Unmarshal(data, &head)
	var doc *openapi3.T
	if head.Swagger != "" {
		var doc2 openapi2.T
		if err := json.Unmarshal(data, &doc2); err != nil {
			return err
		}
		if doc, err = openapi2conv.ToV3(&doc2); err != nil {
			return err
		}
	} else {
		abs, _ := filepath.Abs(path)
		loader := openapi3.NewLoader()
		loader.IsExternalRefsAllowed = true
		if doc, err = loader.LoadFromDataWithPath(data, &url.URL{Path: abs}); err != nil {
			return err
		}
	}
	verr := doc.Validate(context.Background(), openapi3.DisableExamplesValidation(), openapi3.DisableSchemaDefaultsValidation())
	// Validation problems are what specgen reports as warnings; the floor is
	// the work of finding them, not their absence.
	if verr != nil {
		fmt.Fprintf(os.Stderr, "kinload: %d validation problem(s) (reported, as specgen does)\n", countProblems(verr))
	}
	return nil
}

func countProblems(err error) int {
	if me, ok := err.(openapi3.MultiError); ok {
		n := 0
		for _, e := range me {
			n += countProblems(e)
		}
		return n
	}
	return 1
}
