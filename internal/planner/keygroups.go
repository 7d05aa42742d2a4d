package planner

// keyGroups is a union-find of keys.
type keyGroups struct {
	parent map[string]string
	list   map[string][]string // members, by root
}

func newKeyGroups() *keyGroups {
	return &keyGroups{parent: map[string]string{}, list: map[string][]string{}}
}

func (g *keyGroups) find(k string) string {
	p, ok := g.parent[k]
	if !ok {
		g.parent[k] = k
		g.list[k] = []string{k}
		return k
	}
	if p == k {
		return k
	}
	root := g.find(p)
	g.parent[k] = root
	return root
}

func (g *keyGroups) union(a, b string) {
	ra, rb := g.find(a), g.find(b)
	if ra == rb {
		return
	}
	if len(g.list[ra]) < len(g.list[rb]) {
		ra, rb = rb, ra
	}
	g.parent[rb] = ra
	g.list[ra] = append(g.list[ra], g.list[rb]...)
	delete(g.list, rb)
}

func (g *keyGroups) members(root string) []string { return g.list[g.find(root)] }
