package schema

import "strings"

// KeyVerdict is what a database does with a foreign key between columns
// of two types, as the oracle (oracle/schemadb) observed it.
type KeyVerdict int

const (
	KeyUnknown   KeyVerdict = iota // relcheck does not know the types
	KeyOK                          // the database compares them and accepts the constraint
	KeyNoCompare                   // PostgreSQL: no = operator, no constraint
	KeyRefused                     // MariaDB: errno 150, the constraint is incorrectly formed
	KeyMisses                      // SQLite: a join misses keys that look equal ('1' and 1)
)

// KeyTypes judges a foreign key from a column of type child to a column
// of type parent in dialect.
func KeyTypes(dialect, child, parent string) KeyVerdict {
	switch dialect {
	case "postgres":
		cf, pf := TypeFamily(dialect, child), TypeFamily(dialect, parent)
		if cf == "" || pf == "" {
			return KeyUnknown
		}
		if Comparable(cf, pf) {
			return KeyOK
		}
		return KeyNoCompare
	case "mysql":
		return mysqlKeyTypes(child, parent)
	case "sqlite":
		ca, pa := Affinity(child), Affinity(parent)
		blob := func(a string) bool { return a == "BLOB" }
		if ca == "TEXT" && blob(pa) || blob(ca) && pa == "TEXT" {
			return KeyMisses
		}
		return KeyOK
	}
	return KeyUnknown
}

// mysqlKeyTypes follows what MariaDB accepted: integers of one size and
// sign, CHAR with VARCHAR, DECIMAL with DECIMAL, one float type, UUID
// with UUID; any two different ones of these are refused. Other types
// (TEXT, BINARY, dates) are not judged. Character sets are not in the
// schema: columns of different ones are refused too, and relcheck
// cannot tell.
func mysqlKeyTypes(child, parent string) KeyVerdict {
	c, p := mysqlKeyClass(child), mysqlKeyClass(parent)
	switch {
	case c == "" || p == "":
		return KeyUnknown
	case c == p:
		return KeyOK
	}
	return KeyRefused
}

func mysqlKeyClass(typ string) string {
	t := strings.Join(strings.Fields(strings.ToLower(typ)), " ")
	base, unsigned := strings.CutSuffix(t, " unsigned")
	switch base {
	case "tinyint", "smallint", "mediumint", "int", "bigint":
		if unsigned {
			return base + " unsigned"
		}
		return base
	case "char", "varchar":
		if !unsigned {
			return "string"
		}
	case "decimal", "float", "double", "uuid":
		if !unsigned {
			return base
		}
	}
	return ""
}

// Affinity is the type affinity SQLite gives a declared column type
// (https://sqlite.org/datatype3.html, section 3.1): INTEGER, TEXT, BLOB
// (also no type at all), REAL or NUMERIC.
func Affinity(typ string) string {
	t := strings.ToUpper(typ)
	switch {
	case strings.Contains(t, "INT"):
		return "INTEGER"
	case strings.Contains(t, "CHAR"), strings.Contains(t, "CLOB"), strings.Contains(t, "TEXT"):
		return "TEXT"
	case strings.Contains(t, "BLOB"), strings.TrimSpace(t) == "":
		return "BLOB"
	case strings.Contains(t, "REAL"), strings.Contains(t, "FLOA"), strings.Contains(t, "DOUB"):
		return "REAL"
	}
	return "NUMERIC"
}

// MySQLJoinConverts reports whether MariaDB joins a number column with
// a string column of these types by reading the string as a number, so
// '1abc' matches 1.
func MySQLJoinConverts(a, b string) bool {
	ca, cb := mysqlKeyClass(a), mysqlKeyClass(b)
	num := func(c string) bool { return c != "" && c != "string" && c != "uuid" }
	return num(ca) && cb == "string" || ca == "string" && num(cb)
}
