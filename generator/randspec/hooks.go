package randspec

// pathParam writes a path parameter in the document's format, filed as a
// reusable component some of the time.
func (g *gen) pathParam(name string) any {
	if g.f == Swagger20 {
		return g.maybeReuse(g.swaggerParam("path", name))
	}
	return g.maybeReuse(g.parameter("path", name))
}

// callbacks writes an operation's callbacks: requests the API sends to a
// URL the caller gave (OpenAPI 3), keyed by runtime expressions. specgen
// generates no code for them; they must not disturb what it does generate,
// and the schemas they use are generated all the same when named.
func (g *gen) callbacks(used map[string]bool) *obj {
	g.nested = true
	defer func() { g.nested = false }()
	cbs := &obj{}
	for range 1 + g.intn(2) {
		expr := pick(g, []string{"{$request.body#/callbackUrl}", "{$request.query.url}", "https://example.com/hook?id={$response.body#/id}"})
		item := &obj{}
		for _, m := range distinct(g, []string{"post", "put", "get"}, 1+g.intn(2)) {
			item.set(m, g.operation(m, nil, used))
		}
		cbs.set(pick(g, []string{"onEvent", "statusChanged", "Client", "on-data"}), o(expr, item))
	}
	return cbs
}

// webhooks writes OpenAPI 3.1's webhooks: operations the API calls, keyed
// by name instead of path, with the same operation ids pool.
func (g *gen) webhooks(used map[string]bool) *obj {
	g.nested = true
	defer func() { g.nested = false }()
	hooks := &obj{}
	for range 1 + g.intn(3) {
		item := o("post", g.operation("post", nil, used))
		if g.chance(0.2) {
			item.set("summary", "A webhook.")
		}
		hooks.set(pick(g, []string{"newThing", "thing-deleted", "Client", "ping", "pet"}), item)
	}
	return hooks
}
