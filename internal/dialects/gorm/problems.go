package gorm

import (
	"fmt"
	"strings"

	"github.com/relcheck/relcheck/internal/model"
	"github.com/relcheck/relcheck/internal/spell"
)

// known holds every setting key gorm.io/gorm v1.31 reads (upper-cased), with
// the spelling its documentation uses.
var known = map[string]string{
	"COLUMN": "column", "TYPE": "type", "SERIALIZER": "serializer", "JSON": "json", "SIZE": "size",
	"PRIMARYKEY": "primaryKey", "PRIMARY_KEY": "primary_key", "UNIQUE": "unique", "DEFAULT": "default",
	"PRECISION": "precision", "SCALE": "scale", "NOT NULL": "not null", "NOTNULL": "notNull",
	"AUTOINCREMENT": "autoIncrement", "AUTOINCREMENTINCREMENT": "autoIncrementIncrement",
	"EMBEDDED": "embedded", "EMBEDDEDPREFIX": "embeddedPrefix", "AUTOCREATETIME": "autoCreateTime",
	"AUTOUPDATETIME": "autoUpdateTime", "INDEX": "index", "UNIQUEINDEX": "uniqueIndex", "CHECK": "check",
	"<-": "<-", "->": "->", "-": "-", "COMMENT": "comment", "FOREIGNKEY": "foreignKey",
	"REFERENCES": "references", "POLYMORPHIC": "polymorphic", "POLYMORPHICTYPE": "polymorphicType",
	"POLYMORPHICID": "polymorphicId", "POLYMORPHICVALUE": "polymorphicValue", "MANY2MANY": "many2many",
	"JOINFOREIGNKEY": "joinForeignKey", "JOINREFERENCES": "joinReferences", "CONSTRAINT": "constraint",
	"BELONGSTO": "belongsTo", "ZEROVALUE": "zeroValue",
}

// v1 maps GORM v1 keys, which v2 silently ignores, to their v2 spelling
// ("" when v2 has no tag for it).
var v1 = map[string]string{
	"FOREIGN_KEY": "foreignKey", "ASSOCIATION_FOREIGNKEY": "references", "ASSOCIATIONFOREIGNKEY": "references",
	"JOINTABLE_FOREIGNKEY": "joinForeignKey", "ASSOCIATION_JOINTABLE_FOREIGNKEY": "joinReferences",
	"UNIQUE_INDEX": "uniqueIndex", "AUTO_INCREMENT": "autoIncrement", "EMBEDDED_PREFIX": "embeddedPrefix",
	"NOT_NULL": "not null", "SAVE_ASSOCIATIONS": "", "ASSOCIATION_AUTOUPDATE": "", "ASSOCIATION_AUTOCREATE": "",
	"ASSOCIATION_SAVE_REFERENCE": "", "PRELOAD": "",
}

// relationKeys only mean something on a relation field.
var relationKeys = map[string]bool{
	"FOREIGNKEY": true, "REFERENCES": true, "POLYMORPHIC": true, "POLYMORPHICTYPE": true, "POLYMORPHICID": true,
	"POLYMORPHICVALUE": true, "MANY2MANY": true, "JOINFOREIGNKEY": true, "JOINREFERENCES": true, "CONSTRAINT": true,
	"BELONGSTO": true,
}

var actions = []string{"CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT", "NO ACTION"}

// problems records what GORM will silently ignore or paste verbatim into
// DDL in a field's gorm tag. relation says whether the field is a relation.
func (p *parser) problems(field string, pos model.Pos, tag *model.Tag, relation bool) {
	add := func(msg, detail string, start, end int, fix bool, repl string) {
		p.m.Problems = append(p.m.Problems, model.Problem{Field: field, Pos: pos, Tag: tag, Message: msg, Detail: detail,
			Start: start, End: end, Fix: fix, Replace: repl})
	}
	set := Settings(tag.Options)
	_, hasConstraint := set["CONSTRAINT"]
	topActions := 0
	for _, o := range tag.Options {
		if k := strings.ToUpper(o.Key); k == "ONDELETE" || k == "ONUPDATE" {
			topActions++
		}
	}
	for _, o := range tag.Options {
		key := strings.ToUpper(o.Key)
		ks, ke := keySpan(tag, o)
		switch {
		case key == "" && !o.HasValue:
			continue // empty segment: "a;;b" or a trailing ';'
		case key == "ONDELETE" || key == "ONUPDATE":
			msg := fmt.Sprintf("%s: %q is not a GORM setting on its own; write constraint:%s",
				field, o.Key, strings.TrimSpace(tag.Value[o.Start:o.End]))
			add(msg, "GORM ignores it and creates the foreign key without it.", o.Start, o.End, !hasConstraint && topActions == 1, "constraint:"+strings.TrimSpace(tag.Value[o.Start:o.End]))
		case known[key] != "":
			if relationKeys[key] && !relation {
				add(fmt.Sprintf("%s: %s only applies to a relation field; put it on the relation field", field, o.Key),
					fmt.Sprintf("%s is a column, so GORM ignores it.", field), ks, ke, false, "")
			}
			if key == "CONSTRAINT" {
				p.checkActions(field, pos, tag, o)
			}
			if key == "DEFAULT" && strings.EqualFold(strings.TrimSpace(o.Value), "null") && notNull(set) {
				add(fmt.Sprintf("%s: default:null on a not null column; remove default:null, or not null", field),
					"GORM leaves a zero value out of INSERT so that the database default applies, and that default, NULL, "+
						"fails the NOT NULL constraint.", o.Start, o.End, false, "")
			}
		default:
			if repl, ok := v1[key]; ok {
				if repl == "" {
					add(fmt.Sprintf("%s: %q is a GORM v1 setting that GORM v2 ignores; remove it", field, o.Key),
						"GORM v2 controls this with Select/Omit at the call.", ks, ke, false, "")
				} else {
					add(fmt.Sprintf("%s: %q is GORM v1 spelling that GORM v2 silently ignores; write %s", field, o.Key, repl), "", ks, ke, true, repl)
				}
				continue
			}
			if strings.Contains(key, ",") && !o.HasValue {
				// gorm:"user_id,notnull": Bun's or go-pg's grammar. GORM
				// splits settings at ';' only, so this is one unknown key.
				// Which column was meant is a guess: explain, no edit.
				p.commas = append(p.commas, commaTag{problem: len(p.m.Problems), field: field, words: strings.Split(o.Key, ",")})
				add(fmt.Sprintf("%s: %q is Bun/go-pg syntax GORM ignores; separate settings with ';'", field, o.Key),
					"GORM separates settings with ';' and takes this as one unknown key, so it silently ignores all of it. "+
						"Write GORM settings (column:, not null, primaryKey, ...) separated by ';'.",
					o.Start, o.End, false, "")
				continue
			}
			if i := strings.IndexByte(key, ' '); i > 0 && known[key[:i]] != "" && !o.HasValue {
				// "default null", "type varchar(10)": a space where GORM needs ':'.
				raw := tag.Value[ks:ke]
				j := strings.IndexByte(raw, ' ')
				repl := raw[:j] + ":" + strings.TrimLeft(raw[j:], " ")
				if key[:i] == "DEFAULT" && strings.EqualFold(strings.TrimSpace(raw[j:]), "null") {
					p.defaultNull(field, pos, tag, set, ks, ke)
					continue
				}
				add(fmt.Sprintf("%s: %q is not a setting, so GORM ignores it; write %s", field, o.Key, repl),
					"GORM splits key and value at ':'.", ks, ke, true, repl)
				continue
			}
			if key == "JSONB" && !o.HasValue {
				// Not "did you mean json?": json turns on GORM's JSON
				// serializer; a jsonb column is what was meant.
				_, typed := set["TYPE"]
				add(fmt.Sprintf("%s: %q is not a GORM setting; for a jsonb column write type:jsonb", field, o.Key),
					"GORM ignores it and migrates the column with its default type; json would instead turn on GORM's JSON serializer.",
					ks, ke, !typed, "type:jsonb")
				continue
			}
			if s := nearest(key); s != "" {
				add(fmt.Sprintf("%s: unknown GORM setting %q, which GORM silently ignores; did you mean %s?", field, o.Key, s), "", ks, ke, true, s)
			}
		}
	}
}

// defaultNull handles "default null" (a space, so no setting). On a
// nullable column it changes nothing: the column defaults to NULL anyway.
// On a not null column it contradicts the column, and default:null would
// do harm: GORM then leaves zero values out of INSERT and the database's
// NULL fails the constraint. So: explained, never rewritten.
func (p *parser) defaultNull(field string, pos model.Pos, tag *model.Tag, set map[string]string, start, end int) {
	_, pk := set["PRIMARYKEY"]
	_, pk2 := set["PRIMARY_KEY"]
	if !notNull(set) && !pk && !pk2 {
		return
	}
	p.m.Problems = append(p.m.Problems, model.Problem{Field: field, Pos: pos, Tag: tag, Start: start, End: end, Warning: true,
		Message: fmt.Sprintf("%s: \"default null\" is not a setting, and the column is NOT NULL; remove it", field),
		Detail: "GORM splits key and value at ':', so it ignores this, and a NOT NULL column could not default to NULL anyway " +
			"(default:null would make GORM leave zero values out of INSERT, and those inserts would fail the NOT NULL constraint)."})
}

func notNull(set map[string]string) bool {
	_, nn := set["NOT NULL"]
	_, nn2 := set["NOTNULL"]
	return nn || nn2
}

// checkActions validates the referential actions inside constraint:...,
// which GORM pastes into the DDL verbatim.
func (p *parser) checkActions(field string, pos model.Pos, tag *model.Tag, o model.Option) {
	if o.ValueStart < 0 {
		return
	}
	for _, a := range split(tag.Value[o.ValueStart:o.End], ',', o.ValueStart) {
		k := strings.ToUpper(a.Key)
		if (k != "ONDELETE" && k != "ONUPDATE") || a.ValueStart < 0 {
			continue
		}
		raw := tag.Value[a.ValueStart:a.End]
		val := strings.ToUpper(strings.Join(strings.Fields(raw), " "))
		ok := false
		for _, act := range actions {
			ok = ok || act == val
		}
		if ok {
			continue
		}
		msg := fmt.Sprintf("%s: %q is not a referential action", field, strings.TrimSpace(raw))
		detail := "GORM pastes it into the DDL as it is and the migration fails. The actions are CASCADE, SET NULL, SET DEFAULT, RESTRICT and NO ACTION."
		best, fix := "", false
		for _, act := range actions {
			if spell.Distance(val, act) <= 2 {
				best, fix = act, true
			}
		}
		if fix {
			msg += "; did you mean " + best + "?"
		}
		p.m.Problems = append(p.m.Problems, model.Problem{Field: field, Pos: pos, Tag: tag, Message: msg, Detail: detail,
			Start: a.ValueStart, End: a.End, Fix: fix, Replace: best})
	}
}

// keySpan is the byte span of an option's key as written.
func keySpan(tag *model.Tag, o model.Option) (int, int) {
	raw := tag.Value[o.Start:o.End]
	i := strings.Index(raw, o.Key)
	if i < 0 || o.Key == "" {
		return o.Start, o.End
	}
	return o.Start + i, o.Start + i + len(o.Key)
}

// nearest returns the documented spelling of the known key within two
// edits of key (ignoring case, '_' and '-'), when exactly one is.
func nearest(key string) string {
	norm := func(s string) string {
		return strings.NewReplacer("_", "", "-", "", " ", "").Replace(strings.ToUpper(s))
	}
	k := norm(key)
	if len(k) < 4 {
		return ""
	}
	best, n := "", 0
	seen := map[string]bool{}
	for kk, spelling := range known {
		nk := norm(kk)
		if len(nk) < 4 || seen[spelling] {
			continue
		}
		limit := 2
		if len(nk) < 7 {
			limit = 1
		}
		if spell.Distance(k, nk) <= limit {
			seen[spelling] = true
			best, n = spelling, n+1
		}
	}
	if n != 1 {
		return ""
	}
	return best
}
