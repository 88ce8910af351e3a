/**
 * What the redirect rule (lib/domain/views/redirect.ts) takes from the platform that Lua lacks: URLSearchParams
 * and encodeURIComponent. The rule is compiled to Lua for nginx's Lua module (scripts/compile-view-rules.mjs):
 * esbuild puts these in place of the globals (its `inject`), TypeScriptToLua compiles the whole to one file.
 *
 * Only for what nginx hands the rule: server/lua/view-redirect.ts lets nginx answer a URL only when it is plain
 * ASCII without a percent-encoded byte above 0x7F, so decoding never meets UTF-8 and every string here is ASCII.
 * For that input both are exactly the WHATWG ones (application/x-www-form-urlencoded; encodeURIComponent), and
 * anything else throws, so the server answers instead: tests/unit/lua-rule.test.ts runs the compiled Lua against
 * Node's own for generated queries.
 *
 * Plain loops over character codes: compiled to Lua, each is a `string.byte`.
 */

/** Letters, digits and `*-._`: what the form encoding leaves as it is. */
function isFormSafeCode(c: number): boolean {
  const alphanumeric = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return alphanumeric || c === 42 || c === 45 || c === 46 || c === 95;
}

export function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

const HEX = "0123456789ABCDEF";

/** `%XX` for an ASCII character code; a code above 0x7F is not this file's to encode. */
function percentEncoded(c: number): string {
  if (c > 0x7f) throw new RangeError("form-params: only ASCII is encoded here");
  return `%${HEX.charAt(Math.floor(c / 16))}${HEX.charAt(c % 16)}`;
}

/** WHATWG percent-decoding of a form name or value (`+` is a space; `%` without two hex digits stays). */
export function formDecode(text: string): string {
  if (text.indexOf("+") < 0 && text.indexOf("%") < 0) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 43) out += " ";
    else if (c === 37 && isHexDigit(text.charCodeAt(i + 1)) && isHexDigit(text.charCodeAt(i + 2))) {
      const byte = parseInt(text.slice(i + 1, i + 3), 16);
      if (byte > 0x7f) throw new RangeError("form-params: only ASCII is decoded here");
      out += String.fromCharCode(byte);
      i += 2;
    } else out += text.charAt(i);
  }
  return out;
}

/** The form serialisation of one name or value: a space as `+`, everything but letters, digits and `*-._` escaped. */
export function formEncode(text: string): string {
  let out = "";
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isFormSafeCode(c)) continue;
    out += text.slice(kept, i) + (c === 32 ? "+" : percentEncoded(c));
    kept = i + 1;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/**
 * encodeURIComponent for ASCII: letters, digits and `-_.!~*'()` stay, everything else is `%XX`. `this: unknown`:
 * the rule calls the global lib.dom declares, which compiled to Lua passes a context first.
 */
export function encodeURIComponent(this: unknown, text: string): string {
  let out = "";
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ! ' ( ) * - . _ ~ besides letters and digits
    if (isFormSafeCode(c) || c === 33 || c === 39 || c === 40 || c === 41 || c === 126) continue;
    out += text.slice(kept, i) + percentEncoded(c);
    kept = i + 1;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** The part of URLSearchParams the rule uses, over a list of [name, value] pairs. */
export class URLSearchParams {
  private list: [string, string][] = [];

  constructor(init?: string | Record<string, string>) {
    if (typeof init === "string") {
      const query = init.startsWith("?") ? init.slice(1) : init;
      const parts = query.split("&");
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") continue;
        const at = part.indexOf("=");
        this.list.push(
          at < 0 ? [formDecode(part), ""] : [formDecode(part.slice(0, at)), formDecode(part.slice(at + 1))],
        );
      }
    } else if (init !== undefined) {
      // Lua tables keep no key order: only a record of one key has one.
      const keys = Object.keys(init);
      if (keys.length > 1) throw new RangeError("form-params: a record of one key only");
      for (let i = 0; i < keys.length; i++) this.list.push([keys[i], init[keys[i]]]);
    }
  }

  get(name: string): string | null {
    for (let i = 0; i < this.list.length; i++) if (this.list[i][0] === name) return this.list[i][1];
    return null;
  }

  getAll(name: string): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.list.length; i++) if (this.list[i][0] === name) out.push(this.list[i][1]);
    return out;
  }

  // `this: unknown`: the rule's callbacks are typed by lib.dom, so compiled to Lua they take a context first.
  forEach(fn: (this: unknown, value: string, name: string, params: URLSearchParams) => void): void {
    const list = this.list.slice();
    for (let i = 0; i < list.length; i++) fn.call(undefined, list[i][1], list[i][0], this);
  }

  append(name: string, value: string): void {
    this.list.push([name, value]);
  }

  set(name: string, value: string): void {
    const kept: [string, string][] = [];
    let placed = false;
    for (let i = 0; i < this.list.length; i++) {
      if (this.list[i][0] !== name) kept.push(this.list[i]);
      else if (!placed) {
        kept.push([name, value]);
        placed = true;
      }
    }
    if (!placed) kept.push([name, value]);
    this.list = kept;
  }

  toString(): string {
    const out: string[] = [];
    for (let i = 0; i < this.list.length; i++)
      out.push(`${formEncode(this.list[i][0])}=${formEncode(this.list[i][1])}`);
    return out.join("&");
  }
}
