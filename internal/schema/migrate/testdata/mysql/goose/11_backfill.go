package migrations

// A Go migration: relcheck cannot read it and says so.
