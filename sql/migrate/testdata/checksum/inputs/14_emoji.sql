COMMENT ON TABLE t IS '🐘 elephant 🚀';
