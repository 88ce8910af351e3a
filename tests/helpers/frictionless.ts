/**
 * A Frictionless Data Package checker for the tests, in two parts:
 *  - the descriptor: Frictionless's own JSON Schema profiles (tests/fixtures/frictionless, draft-04) through ajv, the
 *    package against its `profile`, every resource against its own, every tabular resource's `schema` against Table
 *    Schema;
 *  - the data: every CSV row of a tabular resource read and cast by its Table Schema (v1: `missingValues`, the types
 *    this package uses, `required`, `unique`, `enum`, `minimum`, the primary key and foreign keys), throwing on the
 *    first violation with resource, row and field named.
 * It replaces datapackage-js, which is unmaintained and pulled in axios 0.21.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv-draft-04";
import addFormats from "ajv-formats";
import { parse } from "csv-parse/sync";

const PROFILES = ["data-package", "data-resource", "tabular-data-resource", "table-schema"] as const;
type Profile = (typeof PROFILES)[number];

let validators: Record<Profile, ValidateFunction> | undefined;

function profileValidators(): Record<Profile, ValidateFunction> {
  if (validators) return validators;
  // The profiles were not written for ajv's strict mode: keep it for unknown keywords (bar the profiles' own
  // annotations, declared below), but not for its stricter-than-the-spec type and `required` rules.
  const ajv = new Ajv({ allErrors: true, strictTypes: false, strictRequired: false, strictTuples: false });
  addFormats(ajv);
  ajv.addFormat("textarea", true); // an editor hint of the profiles, any string
  ajv.addVocabulary(["propertyOrder", "context", "options", "examples", "notes"]);
  const dir = join(import.meta.dirname, "..", "fixtures", "frictionless");
  validators = Object.fromEntries(
    PROFILES.map((p) => [p, ajv.compile(JSON.parse(readFileSync(join(dir, `${p}.json`), "utf8")) as object)]),
  ) as Record<Profile, ValidateFunction>;
  return validators;
}

function check(profile: string, value: unknown, where: string): string[] {
  const all = profileValidators();
  if (!(PROFILES as readonly string[]).includes(profile)) return [`${where}: unknown profile "${profile}"`];
  const validate = all[profile as Profile];
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => `${where}${e.instancePath} (${profile}): ${e.message}`);
}

interface TableField {
  name: string;
  type: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: unknown[]; minimum?: number };
}
interface TableSchema {
  fields: TableField[];
  primaryKey?: string | string[];
  foreignKeys?: Array<{ fields: string | string[]; reference: { resource: string; fields: string | string[] } }>;
  missingValues?: string[];
}
interface ResourceDescriptor {
  name: string;
  path: string;
  profile?: string;
  schema?: TableSchema;
}

/** Every error of the descriptor against the Frictionless profiles; [] when it is valid. */
export function descriptorErrors(descriptor: Record<string, unknown>): string[] {
  const errors = check(String(descriptor.profile ?? "data-package"), descriptor, "package");
  const resources = Array.isArray(descriptor.resources) ? (descriptor.resources as ResourceDescriptor[]) : [];
  resources.forEach((r, i) => {
    const where = `resources/${i} (${r.name})`;
    errors.push(...check(String(r.profile ?? "data-resource"), r, where));
    if (r.profile === "tabular-data-resource") errors.push(...check("table-schema", r.schema, `${where}/schema`));
  });
  return errors;
}

const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Table Schema v1 casting of one non-missing cell, or an Error naming what it is not. */
function cast(type: string, text: string): unknown {
  switch (type) {
    case "string":
      return text;
    case "integer":
      if (!/^[+-]?\d+$/.test(text)) throw new Error(`"${text}" is not an integer`);
      return Number(text);
    case "number":
      if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text)) throw new Error(`"${text}" is not a number`);
      return Number(text);
    case "boolean":
      if (["true", "True", "TRUE", "1"].includes(text)) return true;
      if (["false", "False", "FALSE", "0"].includes(text)) return false;
      throw new Error(`"${text}" is not a boolean`);
    case "array": {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new Error(`"${text}" is not a JSON array`);
      }
      if (!Array.isArray(value)) throw new Error(`"${text}" is not a JSON array`);
      return value;
    }
    default:
      throw new Error(`type "${type}" is not supported by this checker`);
  }
}

export type Row = Record<string, unknown>;

export class DataPackageReader {
  private readonly resources: ResourceDescriptor[];
  private readonly cache = new Map<string, Row[]>();

  constructor(
    readonly descriptor: Record<string, unknown>,
    private readonly baseDir: string,
  ) {
    this.resources = descriptor.resources as ResourceDescriptor[];
  }

  static load(file: string): DataPackageReader {
    return new DataPackageReader(JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>, dirname(file));
  }

  resourceNames(): string[] {
    return this.resources.map((r) => r.name);
  }

  isTabular(name: string): boolean {
    return this.resource(name).profile === "tabular-data-resource";
  }

  private resource(name: string): ResourceDescriptor {
    const r = this.resources.find((x) => x.name === name);
    if (!r) throw new Error(`no resource "${name}"`);
    return r;
  }

  /**
   * The rows of a tabular resource, keyed by field name and cast by its schema, with every constraint and the
   * primary key checked; with `relations`, every foreign key too.
   */
  read(name: string, opts: { relations?: boolean } = {}): Row[] {
    const rows = this.readChecked(name);
    if (opts.relations) this.checkRelations(name, rows);
    return rows;
  }

  private readChecked(name: string): Row[] {
    const hit = this.cache.get(name);
    if (hit) return hit;
    const r = this.resource(name);
    if (r.profile !== "tabular-data-resource" || !r.schema) throw new Error(`${name}: not a tabular data resource`);
    const schema = r.schema;
    const missing = schema.missingValues ?? [""];
    const records = parse(readFileSync(join(this.baseDir, r.path), "utf8"), { bom: true }) as string[][];
    const [header, ...body] = records;
    const names = schema.fields.map((f) => f.name);
    if (JSON.stringify(header) !== JSON.stringify(names)) {
      throw new Error(`${name}: header ${JSON.stringify(header)} is not the schema's ${JSON.stringify(names)}`);
    }
    const pk = list(schema.primaryKey);
    const rows = body.map((cells, i) => {
      if (cells.length !== names.length) throw new Error(`${name}, row ${i + 2}: ${cells.length} cells`);
      const row: Row = {};
      schema.fields.forEach((f, j) => {
        const where = `${name}, row ${i + 2}, field "${f.name}"`;
        const text = cells[j];
        let value: unknown = null;
        if (!missing.includes(text)) {
          try {
            value = cast(f.type, text);
          } catch (e) {
            throw new Error(`${where}: ${(e as Error).message}`);
          }
        }
        const c = f.constraints ?? {};
        if (value === null && (c.required || pk.includes(f.name))) throw new Error(`${where}: required`);
        if (value !== null && c.enum && !c.enum.includes(value)) throw new Error(`${where}: "${text}" not in enum`);
        if (typeof value === "number" && c.minimum !== undefined && value < c.minimum) {
          throw new Error(`${where}: ${value} is below the minimum ${c.minimum}`);
        }
        row[f.name] = value;
      });
      return row;
    });
    const uniques = [pk, ...schema.fields.filter((f) => f.constraints?.unique).map((f) => [f.name])];
    for (const key of uniques.filter((k) => k.length > 0)) {
      const seen = new Set<string>();
      rows.forEach((row, i) => {
        if (key.some((k) => row[k] === null)) return; // Table Schema: a unique key with a null is not compared
        const value = JSON.stringify(key.map((k) => row[k]));
        if (seen.has(value)) throw new Error(`${name}, row ${i + 2}: duplicate ${key.join("+")} ${value}`);
        seen.add(value);
      });
    }
    this.cache.set(name, rows);
    return rows;
  }

  private checkRelations(name: string, rows: Row[]): void {
    for (const fk of this.resource(name).schema?.foreignKeys ?? []) {
      const fields = list(fk.fields);
      const target = fk.reference.resource === "" ? name : fk.reference.resource;
      const refFields = list(fk.reference.fields);
      const known = new Set(this.readChecked(target).map((r) => JSON.stringify(refFields.map((k) => r[k]))));
      rows.forEach((row, i) => {
        if (fields.every((k) => row[k] === null)) return;
        const value = JSON.stringify(fields.map((k) => row[k]));
        if (!known.has(value)) {
          throw new Error(`${name}, row ${i + 2}: ${fields.join("+")} ${value} is not a ${target} ${refFields}`);
        }
      });
    }
  }
}
