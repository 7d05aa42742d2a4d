package keygroups

// Groups is a union-find of string keys: a key not seen yet is a group of
// its own.
type Groups struct {
	parent map[string]string
	list   map[string][]string // members, by root
}

// New returns empty groups.
func New() *Groups {
	return &Groups{parent: map[string]string{}, list: map[string][]string{}}
}

// Find returns the root of k's group: the same key for every member.
func (g *Groups) Find(k string) string {
	p, ok := g.parent[k]
	if !ok {
		g.parent[k] = k
		g.list[k] = []string{k}
		return k
	}
	if p == k {
		return k
	}
	root := g.Find(p)
	g.parent[k] = root
	return root
}

// Union puts the groups of a and b together.
func (g *Groups) Union(a, b string) {
	ra, rb := g.Find(a), g.Find(b)
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

// Members returns the keys of k's group.
func (g *Groups) Members(k string) []string { return g.list[g.Find(k)] }
