INSERT INTO t VALUES ('ünïcödé', '日本語', 'Ελληνικά');
