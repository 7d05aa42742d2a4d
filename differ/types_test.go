package differ

import "testing"

func TestClassifyTypeChange(t *testing.T) {
	for _, tc := range []struct {
		from, to string
		want     conversion
	}{
		{"integer", "integer", noRewrite},
		{"integer", "bigint", rewrite},
		{"bigint", "integer", unknown},
		{"character varying(10)", "character varying(50)", noRewrite},
		{"character varying(50)", "character varying(10)", conversion{rewrites: true, lossy: true}},
		{"character varying(10)", "text", noRewrite},
		{"character varying(10)", "character varying", noRewrite},
		{"text", "character varying(10)", conversion{rewrites: true, lossy: true}},
		{"integer", "text", rewrite},
		{"numeric(10,2)", "numeric(12,2)", noRewrite},
		{"numeric(10,2)", "numeric(12,4)", rewrite},
		{"numeric(10,2)", "numeric(8,2)", conversion{rewrites: true, lossy: true}},
		{"numeric(10,2)", "numeric", noRewrite},
		{"timestamp(3) without time zone", "timestamp(6) without time zone", noRewrite},
		{"timestamp(6) without time zone", "timestamp(0) without time zone", conversion{rewrites: true, lossy: true}},
		{"timestamp without time zone", "timestamp with time zone", rewrite},
		{"integer[]", "bigint[]", rewrite},
		{"integer[]", "integer", unknown},
		{"text", "integer", unknown},
		{"cidr", "inet", noRewrite},
	} {
		if got := classifyTypeChange(tc.from, tc.to); got != tc.want {
			t.Errorf("%s → %s: got %+v, want %+v", tc.from, tc.to, got, tc.want)
		}
	}
}
