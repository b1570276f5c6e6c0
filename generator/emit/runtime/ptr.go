package runtime

// Ptr returns a pointer to v, for setting optional fields: Ptr("dev").
func Ptr[T any](v T) *T {
	return &v
}
