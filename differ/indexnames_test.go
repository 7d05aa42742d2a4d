package differ

import "testing"

func TestGeneratedIndexName(t *testing.T) {
	long := "a_partition_with_a_name_long_enough_to_be_cut_by_postgresql_x"
	for _, tc := range []struct{ partition, definition, want string }{
		{"logs_2025", "CREATE INDEX i ON public.logs_2025 USING btree (at)", "logs_2025_at_idx"},
		{"t", "CREATE UNIQUE INDEX i ON s.t USING btree (a, b DESC) INCLUDE (c)", "t_a_b_c_idx"},
		{"t", "CREATE INDEX i ON public.t USING btree (lower(msg))", "t_lower_idx"},
		{"t", "CREATE INDEX i ON public.t USING btree (public.f(a), ((a + b)))", "t_f_expr_idx"},
		{"t", `CREATE INDEX i ON public.t USING btree ("Mixed Case" text_pattern_ops, "x""y")`, `t_Mixed Case_x"y_idx`},
		{"t", `CREATE INDEX i ON public.t USING btree (a COLLATE "C") WHERE (a > 0)`, "t_a_idx"},
		{long, "CREATE INDEX i ON public.t USING btree (some_column_name)", "a_partition_with_a_name_long_enough_to_be__some_column_name_idx"},
		// Both read off PostgreSQL 15.
		{long, `CREATE INDEX i ON public.t USING btree ("Mixed Case" text_pattern_ops)`, "a_partition_with_a_name_long_enough_to_be_cut_by_Mixed Case_idx"},
		{long, "CREATE INDEX i ON public.t USING btree (((a || 'x'::text)), upper(a), COALESCE(a, 'x'::text), ((a)::integer))", "a_partition_with_a_name_long_enough_t_expr_upper_coalesce_a_idx"},
		{"t", "not an index", ""},
	} {
		if got := generatedIndexName(tc.partition, tc.definition); got != tc.want {
			t.Errorf("generatedIndexName(%q, %q): got %q, want %q", tc.partition, tc.definition, got, tc.want)
		}
	}
}
